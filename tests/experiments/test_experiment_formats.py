"""A resident reads an experiment's dates and figures the way their language writes them; downloads stay ISO.

Finnish and Swedish group digits with a no-break space (19 614, so the figure never breaks across lines) and
write dates 2.9.2019; English writes 19,614 and 2 September 2019. CSV and JSON keep 2019-09-02 and 19614 for
programs, in every language.
"""

import csv
import datetime
import io
import json
import re

import pytest

from experiments.models import ExperimentPage

pytestmark = pytest.mark.django_db

PAGES = {
    "fi": "/fi/kokeilut/runsor-express/",
    "sv": "/sv/forsok/runsor-express-sv/",
    "en": "/en/experiments/runsor-express-en/",
}
EXPECTED = {
    "fi": {
        "when": '<time datetime="2019-09-02">2.9.2019</time>–<time datetime="2020-05-31">31.5.2020</time>',
        "timeline": '<time datetime="2019-06-10">10.6.2019</time>',
        "participants": "<dd>19\xa0614</dd>",
        "budget": "48\xa0000 €",
    },
    "sv": {
        "when": '<time datetime="2019-09-02">2.9.2019</time>–<time datetime="2020-05-31">31.5.2020</time>',
        "timeline": '<time datetime="2019-06-10">10.6.2019</time>',
        "participants": "<dd>19\xa0614</dd>",
        "budget": "48\xa0000 €",
    },
    "en": {
        "when": (
            '<time datetime="2019-09-02">2 September 2019</time> – <time datetime="2020-05-31">31 May 2020</time>'
        ),
        "timeline": '<time datetime="2019-06-10">10 June 2019</time>',
        "participants": "<dd>19,614</dd>",
        "budget": "48,000 €",
    },
}


@pytest.fixture
def long_experiment(experiment):
    # Dates and figures are synchronised facts: every language version holds the same ones.
    ExperimentPage.objects.filter(translation_key=experiment.translation_key).update(
        ends_on=datetime.date(2020, 5, 31), participants=19614
    )
    return experiment


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_experiment_page_writes_its_dates_and_figures_in_the_readers_language(client, long_experiment, language):
    html = client.get(PAGES[language]).content.decode()
    for what, expected in EXPECTED[language].items():
        assert expected in html, what


def test_downloads_keep_iso_dates_and_bare_numbers_whatever_the_language(client, long_experiment):
    for catalog in ("/fi/kokeilut/", "/sv/forsok/", "/en/experiments/"):
        [row] = csv.DictReader(io.StringIO(client.get(f"{catalog}csv/").content.decode("utf-8-sig")))
        assert (row["starts_on"], row["ends_on"], row["participants"], row["budget_eur"]) == (
            "2019-09-02",
            "2020-05-31",
            "19614",
            "48000",
        )
        [item] = json.loads(client.get(f"{catalog}json/").content)["experiments"]
        assert (item["starts_on"], item["ends_on"], item["participants"], item["budget_eur"]) == (
            "2019-09-02",
            "2020-05-31",
            19614,
            48000,
        )


def test_chart_coordinates_stay_machine_numbers_in_finnish(client, long_experiment, impact_page):
    html = client.get("/fi/vaikuttavuus/").content.decode()
    start = html.index('<svg class="bar-chart"')
    svg = html[start : html.index("</svg>", start)]
    coordinates = re.findall(r' (?:x|y|width|height|viewBox)="([^"]*)"', svg)
    assert coordinates
    # A decimal comma or a grouping space would move or hide the bars.
    assert all(re.fullmatch(r"[0-9. ]+", value) and "\xa0" not in value for value in coordinates), coordinates
