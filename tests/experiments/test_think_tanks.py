"""A resident finds what a think tank is about, who takes part, and everything that came out of it."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from experiments.demo import add_think_tank, add_vocabulary
from experiments.demo.pages import THINK_TANK_INDEX, THINK_TANKS
from experiments.demo.vocabularies import THEMES
from experiments.models import Theme, ThinkTankIndexPage
from home.demo_support import add_translated_page
from participation.models import WorkshopIndexPage
from tests.factories import (
    ExperimentIndexPageFactory,
    ExperimentPageFactory,
    ThemeFactory,
    ThinkTankIndexPageFactory,
    ThinkTankPageFactory,
)
from tests.participation.workshops.support import INDEX_CONTENT, make_workshop

pytestmark = pytest.mark.django_db


@pytest.fixture
def think_tank(site):
    index = ThinkTankIndexPageFactory(parent=site.root_page)
    think_tank = ThinkTankPageFactory(
        parent=index,
        title="Intergalaktinen ajatushautomo",
        slug="intergalaktinen",
        purpose="Opiskelijat ja kaupunki ideoivat yhdessä.",
        participant_groups=["councillor", "student"],
        meeting_frequency="monthly",
        meeting_details="Kerran kuussa kampuksella.",
        contact_email="intergalaktinen@example.fi",
    )
    ThinkTankPageFactory(parent=index, title="Hyvä naapurusto", slug="naapurusto")
    catalog = ExperimentIndexPageFactory(parent=site.root_page)
    ExperimentPageFactory(parent=catalog, title="Korjauskahvila", think_tank=think_tank, themes=[ThemeFactory()])
    ExperimentPageFactory(parent=catalog, title="Kaupunkipyörät")
    return think_tank


def test_think_tank_page_tells_who_takes_part_and_how_it_meets(client, think_tank):
    html = client.get("/fi/ajatushautomot/intergalaktinen/").content.decode()
    # The groups follow the vocabulary's order, whatever order the editor ticked them in.
    assert html.index("Opiskelijat") < html.index("Valtuutetut")
    assert "Kerran kuussa" in html and "Kerran kuussa kampuksella." in html
    assert 'href="mailto:intergalaktinen@example.fi"' in html


def test_think_tank_page_lists_only_its_own_experiments(client, think_tank):
    html = client.get("/fi/ajatushautomot/intergalaktinen/").content.decode()
    assert "Korjauskahvila" in html
    assert "Kaupunkipyörät" not in html


THINK_TANK_PATHS = {
    "fi": "/fi/ajatushautomot/intergalaktinen-ajatushautomo/",
    "sv": "/sv/tankesmedjor/intergalaktiska-tankesmedjan/",
    "en": "/en/think-tanks/intergalactic-think-tank/",
}
WORKSHOP_HEADINGS = {
    "fi": ("Ajatushautomon tulevat työpajat", "Ajatushautomon menneet työpajat"),
    "sv": ("Tankesmedjans kommande workshoppar", "Tankesmedjans tidigare workshoppar"),
    "en": ("Coming workshops of this think tank", "Past workshops of this think tank"),
}
WORKSHOP_TITLES = {
    "fi": "Kiertotalouden työpaja",
    "sv": "Workshop om cirkulär ekonomi",
    "en": "Circular economy workshop",
}


@pytest.fixture
def intergalactic(home):
    index = add_translated_page(home, ThinkTankIndexPage, THINK_TANK_INDEX)
    return add_think_tank(index, THINK_TANKS[0], add_vocabulary(Theme, THEMES, "theme"))


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_think_tank_page_lists_its_upcoming_and_past_workshops_in_its_language(client, home, intergalactic, language):
    # One workshop sits under the think tank, one under the listing: both name the think tank, both are its own.
    listing = add_translated_page(home, WorkshopIndexPage, INDEX_CONTENT)
    make_workshop(intergalactic, slug="kiertotalous", think_tank=intergalactic)
    past = timezone.now() - timedelta(days=30)
    make_workshop(listing, slug="mennyt", starts_at=past, ends_at=past + timedelta(hours=2), think_tank=intergalactic)
    make_workshop(listing, slug="muiden")  # another think tank's, or none: not listed here
    html = client.get(THINK_TANK_PATHS[language]).content.decode()
    coming, past_heading = WORKSHOP_HEADINGS[language]
    upcoming_part, _, past_part = html.partition(past_heading)
    assert coming in upcoming_part
    assert WORKSHOP_TITLES[language] in upcoming_part and WORKSHOP_TITLES[language] in past_part
    assert html.count('class="page-card workshop-card"') == 2
    assert "muiden" not in html


def test_think_tank_page_without_workshops_says_none_is_coming(client, intergalactic):
    html = client.get(THINK_TANK_PATHS["fi"]).content.decode()
    assert "Ajatushautomolla ei ole tulossa työpajoja juuri nyt." in html
    assert 'class="page-card workshop-card"' not in html


def test_think_tank_page_costs_the_same_queries_for_few_or_many_workshops(client, home, intergalactic):
    listing = add_translated_page(home, WorkshopIndexPage, INDEX_CONTENT)

    def queries():
        # Every measurement renders the page from nothing: neither the page cache nor the menus' caches answer.
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            assert client.get(THINK_TANK_PATHS["sv"]).status_code == 200
        return len(captured)

    def add_workshops(numbers):
        for number in numbers:
            days = number if number % 2 else -number
            starts = timezone.now() + timedelta(days=days)
            make_workshop(
                intergalactic if number % 3 else listing,
                slug=f"paja-{number}",
                starts_at=starts,
                ends_at=starts + timedelta(hours=2),
                think_tank=intergalactic,
            )

    add_workshops(range(1, 3))
    queries()  # the first request also creates the site's settings
    few = queries()
    add_workshops(range(3, 21))
    many = queries()
    assert few == many


def test_think_tank_list_shows_every_think_tank(client, think_tank):
    html = client.get("/fi/ajatushautomot/").content.decode()
    assert 'href="/fi/ajatushautomot/intergalaktinen/"' in html
    assert 'href="/fi/ajatushautomot/naapurusto/"' in html
