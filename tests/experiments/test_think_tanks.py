"""A resident finds what a think tank is about, who takes part, and everything that came out of it."""

import pytest
from wagtail import hooks

from experiments.models.think_tanks import THINK_TANK_SECTIONS_HOOK
from tests.factories import (
    ExperimentIndexPageFactory,
    ExperimentPageFactory,
    ThemeFactory,
    ThinkTankIndexPageFactory,
    ThinkTankPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def think_tank(site):
    index = ThinkTankIndexPageFactory(parent=site.root_page)
    think_tank = ThinkTankPageFactory(
        parent=index,
        title="Intergalaktinen ajatushautomo",
        slug="intergalaktinen",
        purpose="Opiskelijat ja kaupunki ideoivat yhdessä.",
        participant_groups=["councillors", "students"],
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


def test_other_apps_can_add_their_own_lists_such_as_workshops(client, think_tank):
    def workshops(page, request):
        return {"heading": "Tulevat työpajat", "pages": [page]} if page.slug == "intergalaktinen" else None

    with hooks.register_temporarily(THINK_TANK_SECTIONS_HOOK, workshops):
        html = client.get("/fi/ajatushautomot/intergalaktinen/").content.decode()
        other = client.get("/fi/ajatushautomot/naapurusto/").content.decode()
    assert '<h2 id="related-section-1">Tulevat työpajat</h2>' in html
    assert "Tulevat työpajat" not in other


def test_think_tank_list_shows_every_think_tank(client, think_tank):
    html = client.get("/fi/ajatushautomot/").content.decode()
    assert 'href="/fi/ajatushautomot/intergalaktinen/"' in html
    assert 'href="/fi/ajatushautomot/naapurusto/"' in html
