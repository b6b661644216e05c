"""An editor chooses the home page's key figures from what the site counts; figures typed earlier become chosen ones.

The home app knows none of the programme's records: the apps above register their figures, and the home page shows
them in the reader's language, the number and its words in agreement.
"""

import importlib
import json
import re

import pytest
from django.apps import apps
from django.utils import translation

from home.blocks import CountedFigureBlock
from home.demo_support import stream, update_translated_page
from home.figures import counted_figure
from home.models import HomePage

pytestmark = pytest.mark.django_db

conversion = importlib.import_module("home.migrations.0006_key_figures_counted_where_they_match")

KEY_FIGURE = re.compile(
    r'<span class="key-figure__value">([^<]+)</span> <span class="key-figure__label">([^<]+)</span>'
)
TEXTS = {
    "fi": {"title": "Tulevaisuuden Vaasa", "slug": "koti", "hero_text": "Kehitämme Vaasaa yhdessä."},
    "sv": {"title": "Framtidens Vasa", "slug": "hem", "hero_text": "Vi utvecklar Vasa tillsammans."},
    "en": {"title": "Future Vaasa", "slug": "home", "hero_text": "We develop Vaasa together."},
}
# The figures the home page typed before, in each language, and the counted figure each one now is.
TYPED = {
    "fi": [
        ("noin 40", "kokeilua vuosina 2018–2019"),
        ("166", "osallistujaa kokeilujalostamossa"),
        ("3", "kieltä: suomi, ruotsi ja englanti"),
        ("12", "vuotta kaupunkistrategiaa"),
    ],
    "sv": [
        ("omkring 40", "försök åren 2018–2019"),
        ("166", "deltagare i försöksverkstaden"),
        ("3", "språk: finska, svenska och engelska"),
        ("12", "år av stadsstrategi"),
    ],
    "en": [
        ("about 40", "experiments in 2018–2019"),
        ("166", "participants in the experiment refinery"),
        ("3", "languages: Finnish, Swedish and English"),
        ("12", "years of the city strategy"),
    ],
}
CHOSEN = ["experiments", "workshop_participants", "languages", None]


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_typed_figures_whose_words_say_what_a_counted_figure_counts_become_that_figure(language):
    assert [conversion.matching_figure(label) for _value, label in TYPED[language]] == CHOSEN


def typed_stream(language):
    return stream("home-figures", [("figure", {"value": value, "label": label}) for value, label in TYPED[language]])


def test_the_migration_converts_the_live_home_pages_and_their_drafts_and_keeps_what_it_cannot_match(home):
    update_translated_page(home, {code: {**texts, "key_figures": typed_stream(code)} for code, texts in TEXTS.items()})
    ids = [block.id for block in HomePage.objects.get(pk=home.pk).key_figures]

    conversion.forwards(apps, None)

    for page in HomePage.objects.all():
        blocks = list(page.key_figures)
        assert [block.block_type for block in blocks] == ["counted", "counted", "counted", "figure"]
        assert [block.value.get("figure") for block in blocks[:3]] == CHOSEN[:3]
        assert [block.id for block in blocks] == ids  # the same blocks, so translations still pair with them
        draft = json.loads(page.latest_revision.content["key_figures"])
        assert [block["type"] for block in draft] == ["counted", "counted", "counted", "figure"]

    conversion.backwards(apps, None)

    swedish = HomePage.objects.get(locale__language_code="sv")
    assert [(block.value["value"], block.value["label"]) for block in swedish.key_figures][2:] == [
        ("3", "språk på webbplatsen"),
        ("12", "år av stadsstrategi"),
    ]


def test_editors_choose_among_the_figures_every_app_registered():
    keys = [key for key, _name in CountedFigureBlock().child_blocks["figure"].field.choices]
    for key in ("experiments", "think_tanks", "experiment_participants", "workshop_participants", "ideas_received"):
        assert key in keys
    assert "languages" in keys


@pytest.mark.parametrize(
    ("language", "shown"),
    [("fi", "3 kieltä sivustolla"), ("sv", "3 språk på webbplatsen"), ("en", "3 languages on this site")],
)
def test_a_counted_figure_is_a_number_and_words_in_the_readers_language(client, home, language, shown):
    blocks = stream("home-figures", [("counted", {"figure": "languages"})])
    update_translated_page(home, {code: {**texts, "key_figures": blocks} for code, texts in TEXTS.items()})

    html = client.get(f"/{language}/").content.decode()

    assert [f"{value} {label}" for value, label in KEY_FIGURE.findall(html)] == [shown]
    with translation.override(language):
        assert counted_figure("no-longer-offered", home.locale) is None
