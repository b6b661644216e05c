"""A resident narrows the experiment catalog down with filters, words and sorting, and bookmarks the result."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail_factories import ImageFactory

from experiments.choices import Status
from tests.factories import (
    ExperimentIndexPageFactory,
    ExperimentPageFactory,
    StrategyGoalFactory,
    ThemeFactory,
    ThinkTankIndexPageFactory,
    ThinkTankPageFactory,
)

pytestmark = pytest.mark.django_db

CATALOG = "/fi/kokeilut/"
CARD_TITLE = re.compile(r'<h3 class="experiment-card__title"><a href="[^"]+">([^<]+)</a></h3>')


@pytest.fixture
def programme(site):
    home = site.root_page
    catalog = ExperimentIndexPageFactory(parent=home)
    mobility, culture = ThemeFactory(name="Liikkuminen"), ThemeFactory(name="Kaupunkikulttuuri")
    wellbeing = StrategyGoalFactory(name="Asukkaiden hyvinvointi")
    think_tanks = ThinkTankIndexPageFactory(parent=home)
    commuting = ThinkTankPageFactory(parent=think_tanks, title="Työmatkat", slug="tyomatkat")
    students = ThinkTankPageFactory(parent=think_tanks, title="Juurru Vaasaan", slug="juurru")

    def experiment(title, status, starts_on, **kwargs):
        ends_on = starts_on + datetime.timedelta(days=90) if status in ("completed", "discontinued") else None
        return ExperimentPageFactory(
            parent=catalog, title=title, status=status, starts_on=starts_on, ends_on=ends_on, **kwargs
        )

    # Created in this order, so "newest first" lists them the other way round.
    bikes = experiment("Kaupunkipyörät", Status.COMPLETED, datetime.date(2018, 5, 14), themes=[mobility])
    stage = experiment(
        "Avoin lava torilla",
        Status.COMPLETED,
        datetime.date(2019, 6, 7),
        themes=[culture],
        goals=[wellbeing],
        think_tank=students,
    )
    bus = experiment(
        "Runsor Express -työmatkabussi",
        Status.RUNNING,
        datetime.date(2019, 9, 2),
        themes=[mobility],
        think_tank=commuting,
        summary="Vuoroihin ajoitettu bussi Runsoriin.",
    )
    idea = ExperimentPageFactory(parent=catalog, title="Tyhjien tilojen kartta", status=Status.IDEA, starts_on=None)
    return {
        "catalog": catalog,
        "themes": {"mobility": mobility, "culture": culture},
        "goal": wellbeing,
        "think_tanks": {"commuting": commuting, "students": students},
        "experiments": {"bikes": bikes, "stage": stage, "bus": bus, "idea": idea},
    }


def titles(client, params=None):
    response = client.get(CATALOG, params or {})
    assert response.status_code == 200
    return CARD_TITLE.findall(response.content.decode())


def test_without_filters_the_catalog_lists_everything_newest_first(client, programme):
    assert titles(client) == [
        "Tyhjien tilojen kartta",
        "Runsor Express -työmatkabussi",
        "Avoin lava torilla",
        "Kaupunkipyörät",
    ]


def test_sorting_by_start_date_lists_the_earliest_first_and_undated_last(client, programme):
    assert titles(client, {"sort": "start"}) == [
        "Kaupunkipyörät",
        "Avoin lava torilla",
        "Runsor Express -työmatkabussi",
        "Tyhjien tilojen kartta",
    ]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"status": "completed"}, {"Kaupunkipyörät", "Avoin lava torilla"}),
        ({"status": ["completed", "idea"]}, {"Kaupunkipyörät", "Avoin lava torilla", "Tyhjien tilojen kartta"}),
        ({"year": "2019"}, {"Avoin lava torilla", "Runsor Express -työmatkabussi"}),
        ({"q": "bussi"}, {"Runsor Express -työmatkabussi"}),
    ],
)
def test_each_plain_filter_narrows_the_list(client, programme, params, expected):
    assert set(titles(client, params)) == expected


def test_theme_goal_and_think_tank_filters_use_the_choices_of_the_page(client, programme):
    themes, think_tanks = programme["themes"], programme["think_tanks"]
    assert set(titles(client, {"theme": themes["mobility"].pk})) == {"Kaupunkipyörät", "Runsor Express -työmatkabussi"}
    assert set(titles(client, {"theme": [themes["mobility"].pk, themes["culture"].pk]})) == {
        "Kaupunkipyörät",
        "Runsor Express -työmatkabussi",
        "Avoin lava torilla",
    }
    assert titles(client, {"goal": programme["goal"].pk}) == ["Avoin lava torilla"]
    assert titles(client, {"think_tank": think_tanks["commuting"].pk}) == ["Runsor Express -työmatkabussi"]


def test_filters_combine_so_each_group_narrows_the_others(client, programme):
    mobility = programme["themes"]["mobility"].pk
    assert titles(client, {"theme": mobility, "status": "completed"}) == ["Kaupunkipyörät"]
    assert titles(client, {"theme": mobility, "year": "2019", "q": "bussi"}) == ["Runsor Express -työmatkabussi"]
    assert titles(client, {"theme": mobility, "think_tank": programme["think_tanks"]["students"].pk}) == []


def test_count_and_chosen_filters_are_shown_back(client, programme):
    html = client.get(CATALOG, {"status": "completed", "q": "lava"}).content.decode()
    assert "1 kokeilu" in html
    assert 'value="completed" class="form-check-input" id="id_status_3" checked' in html
    assert 'name="q" value="lava"' in html
    assert "<legend" in html and "<fieldset" in html


def test_no_match_shows_a_clear_empty_state_with_a_way_back(client, programme):
    html = client.get(CATALOG, {"status": "discontinued"}).content.decode()
    assert "0 kokeilua" in html
    assert "Valintoja vastaavia kokeiluja ei löytynyt." in html
    assert f'<a href="{CATALOG}">Näytä kaikki kokeilut</a>' in html


def test_an_outdated_bookmark_drops_only_what_no_longer_exists(client, programme):
    mobility = programme["themes"]["mobility"].pk
    params = {"theme": [mobility, "99999", "x"], "year": "nineteen", "status": ["running", "bogus"]}
    assert titles(client, params) == ["Runsor Express -työmatkabussi"]
    assert len(titles(client, {"page": "999", "sort": "nonsense", "think_tank": "0"})) == 4


def test_pages_of_results_keep_the_filters(client, programme):
    for number in range(14):
        ExperimentPageFactory(
            parent=programme["catalog"],
            title=f"Korttelijuhla {number}",
            status=Status.COMPLETED,
            ends_on=datetime.date(2019, 12, 31),
        )
    html = client.get(CATALOG, {"status": "completed"}).content.decode()
    assert "16 kokeilua" in html
    assert 'href="?status=completed&amp;page=2"' in html
    assert len(titles(client, {"status": "completed", "page": 2})) == 4


def catalog_queries(client):
    """Return how many queries the catalog's first page takes once renditions and fragments exist."""
    # The first request draws the renditions and creates the site's settings (which starts a new content version);
    # the second fills the cached navigation and footer.
    client.get(CATALOG)
    client.get(CATALOG)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(CATALOG)
    assert response.status_code == 200
    return len(queries)


def test_catalog_queries_do_not_grow_with_the_number_of_experiments(client, site):
    catalog = ExperimentIndexPageFactory(parent=site.root_page)
    themes = [ThemeFactory(), ThemeFactory()]
    think_tank = ThinkTankPageFactory(parent=ThinkTankIndexPageFactory(parent=site.root_page))

    def add(count):
        for _ in range(count):
            ExperimentPageFactory(
                parent=catalog, image=ImageFactory(), image_alt="Kuvitus", themes=themes, think_tank=think_tank
            )

    add(10)
    with_ten = catalog_queries(client)
    add(190)
    with_two_hundred = catalog_queries(client)
    assert with_ten == with_two_hundred
    assert with_two_hundred <= 30
