"""A resident finds what a think tank is about, who takes part, and everything that came out of it."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Locale

from experiments.demo import add_think_tank, add_vocabulary
from experiments.demo.pages import THINK_TANK_INDEX, THINK_TANKS
from experiments.demo.vocabularies import THEMES
from experiments.models import Theme, ThinkTankIndexPage
from home.demo_support import add_translated_page
from tests.factories import (
    ExperimentIndexPageFactory,
    ExperimentPageFactory,
    ThemeFactory,
    ThinkTankIndexPageFactory,
    ThinkTankPageFactory,
)
from tests.participation.workshops.support import make_workshop

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


def test_think_tank_page_lists_its_coming_workshops_in_its_language(client, home):
    index = add_translated_page(home, ThinkTankIndexPage, THINK_TANK_INDEX)
    think_tank = add_think_tank(index, THINK_TANKS[0], add_vocabulary(Theme, THEMES, "theme"))
    make_workshop(think_tank, slug="kiertotalous")
    past = timezone.now() - timedelta(days=30)
    make_workshop(think_tank, slug="mennyt", starts_at=past, ends_at=past + timedelta(hours=2))
    finnish = client.get(think_tank.url).content.decode()
    assert "Ajatushautomon tulevat työpajat" in finnish
    assert "Kiertotalouden työpaja" in finnish
    assert finnish.count('class="page-card workshop-card"') == 1  # the past one is not "coming"
    swedish = client.get(think_tank.get_translation(Locale.objects.get(language_code="sv")).url).content.decode()
    assert "Workshop om cirkulär ekonomi" in swedish


def test_think_tank_list_shows_every_think_tank(client, think_tank):
    html = client.get("/fi/ajatushautomot/").content.decode()
    assert 'href="/fi/ajatushautomot/intergalaktinen/"' in html
    assert 'href="/fi/ajatushautomot/naapurusto/"' in html
