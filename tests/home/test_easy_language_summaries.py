"""A reader who needs easy language finds a short summary first on a think tank, experiment or workshop page.

The summary is written in each language by hand, so each language version shows its own, under a heading in
its own language; a page without one shows nothing of it. In the catalog, a reader can ask for only the
experiments that have one.
"""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from experiments.models import ExperimentPage
from home.demo_support import add_translated_page, translations_of
from participation.models import WorkshopIndexPage, WorkshopPage
from tests.factories import (
    ExperimentIndexPageFactory,
    ExperimentPageFactory,
    ThinkTankIndexPageFactory,
    ThinkTankPageFactory,
    publish_catalog,
)
from tests.participation.workshops.support import INDEX_CONTENT, workshop_content, workshop_facts

pytestmark = pytest.mark.django_db

HEADINGS = {"fi": "Selkokielellä", "sv": "På lättläst svenska", "en": "In easy language"}

EASY_TEXTS = {
    "fi": "Kaupunki kokeili uutta bussia.\nBussi kulki Runsoriin.",
    "sv": "Staden prövade en ny buss.\nBussen körde till Runsor.",
    "en": "The city tried a new bus.\nThe bus went to Runsor.",
}


def experiment_texts(easy=True):
    texts = {
        "fi": ("Runsor Express", "runsor-express", "Työmatkabussi Runsoriin.", "Suora bussi jättää auton kotiin."),
        "sv": ("Runsor Express", "runsor-express-sv", "Pendelbuss till Runsor.", "En direkt buss lämnar bilen hemma."),
        "en": (
            "Runsor Express",
            "runsor-express-en",
            "A commuter bus to Runsor.",
            "A direct bus leaves the car at home.",
        ),
    }
    return {
        code: {
            "title": title,
            "slug": slug,
            "summary": summary,
            "hypothesis": hypothesis,
            **({"easy_language_summary": EASY_TEXTS[code]} if easy else {}),
        }
        for code, (title, slug, summary, hypothesis) in texts.items()
    }


@pytest.fixture
def experiment(home):
    return add_translated_page(publish_catalog(home), ExperimentPage, experiment_texts())


def page_html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_an_experiment_shows_its_easy_language_summary_first_under_a_heading_in_its_language(
    client, experiment, language
):
    page = translations_of(experiment)[language]
    html = page_html(client, page)

    section = re.search(r'<section class="easy-language-summary" lang="([a-z]+)"[^>]*>(.*?)</section>', html, re.S)
    assert section is not None
    assert section.group(1) == language
    assert f'<h2 id="easy-language-heading" class="h4">{HEADINGS[language]}</h2>' in section.group(2)
    first_sentence, second_sentence = EASY_TEXTS[language].split("\n")
    assert f"<p>{first_sentence}<br>{second_sentence}</p>" in section.group(2)
    # First after the page's title and lead, before the standard text.
    assert html.index("<h1>") < html.index("easy-language-summary") < html.index(page.hypothesis)


def test_an_experiment_without_a_summary_in_easy_language_shows_no_such_section(client, home):
    page = add_translated_page(publish_catalog(home), ExperimentPage, experiment_texts(easy=False))
    for translation in translations_of(page).values():
        html = page_html(client, translation)
        assert "easy-language-summary" not in html
        assert HEADINGS[translation.locale.language_code] not in html


def test_the_summary_is_escaped_like_any_other_text(client, site):
    catalog = ExperimentIndexPageFactory(parent=site.root_page)
    page = ExperimentPageFactory(parent=catalog, easy_language_summary='Bussi <script>alert("x")</script> kulkee.')
    html = page_html(client, page)
    assert "<script>alert" not in html
    assert "Bussi &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; kulkee." in html


def test_a_think_tank_shows_its_summary_in_easy_language(client, site):
    index = ThinkTankIndexPageFactory(parent=site.root_page)
    think_tank = ThinkTankPageFactory(
        parent=index, easy_language_summary="Ajatushautomossa asukkaat keksivät kokeiluja."
    )
    html = page_html(client, think_tank)
    assert "Selkokielellä" in html
    assert "Ajatushautomossa asukkaat keksivät kokeiluja." in html


def test_a_workshop_shows_its_summary_in_easy_language_in_swedish_too(client, home):
    index = add_translated_page(home, WorkshopIndexPage, INDEX_CONTENT)
    content = workshop_content()
    content["fi"]["easy_language_summary"] = "Työpajassa keksitään, miten tavaroita voi korjata."
    content["sv"]["easy_language_summary"] = "På workshoppen hittar vi på hur man kan laga saker."
    content["en"]["easy_language_summary"] = "At the workshop we think of ways to mend things."
    workshop = add_translated_page(index, WorkshopPage, content, facts=workshop_facts())
    swedish = page_html(client, translations_of(workshop)["sv"])
    assert "På lättläst svenska" in swedish
    assert "På workshoppen hittar vi på hur man kan laga saker." in swedish


CARD_TITLE = re.compile(r'<h3 class="experiment-card__title"><a href="[^"]+">([^<]+)</a></h3>')


def catalog_titles(client, params=None):
    response = client.get("/fi/kokeilut/", params or {})
    assert response.status_code == 200
    return CARD_TITLE.findall(response.content.decode())


def test_the_catalog_can_show_only_experiments_with_a_summary_in_easy_language(client, site):
    catalog = ExperimentIndexPageFactory(parent=site.root_page)
    ExperimentPageFactory(parent=catalog, title="Kaupunkipyörät", starts_on=datetime.date(2018, 5, 14))
    ExperimentPageFactory(
        parent=catalog,
        title="Runsor Express",
        starts_on=datetime.date(2019, 9, 2),
        easy_language_summary="Bussi kulki Runsoriin.",
    )

    assert sorted(catalog_titles(client)) == ["Kaupunkipyörät", "Runsor Express"]
    assert catalog_titles(client, {"easy_language": "on"}) == ["Runsor Express"]

    html = client.get("/fi/kokeilut/", {"easy_language": "on"}).content.decode()
    # The choice is shown back, tied to its label, and the way back to everything is offered.
    assert re.search(r'<input type="checkbox" name="easy_language"[^>]*id="id_easy_language"[^>]*checked', html)
    assert '<label for="id_easy_language" class="form-check-label">' in html
    assert '<a href="/fi/kokeilut/">Tyhjennä valinnat</a>' in html


def filtered_catalog_queries(client):
    params = {"easy_language": "on"}
    client.get("/fi/kokeilut/", params)
    client.get("/fi/kokeilut/", params)
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/fi/kokeilut/", params)
    assert response.status_code == 200
    return len(queries)


def test_the_easy_language_filter_costs_the_same_queries_however_many_experiments(client, site):
    catalog = ExperimentIndexPageFactory(parent=site.root_page)

    def add(count):
        for number in range(count):
            ExperimentPageFactory(parent=catalog, easy_language_summary="Lyhyt teksti." if number % 2 else "")

    add(6)
    with_six = filtered_catalog_queries(client)
    add(60)
    assert filtered_catalog_queries(client) == with_six
