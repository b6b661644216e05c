"""Workshops placed under a think tank before workshops named one get that think tank from the data migration."""

from importlib import import_module

import pytest
from django.apps import apps

from experiments.demo import add_think_tank, add_vocabulary
from experiments.demo.pages import THINK_TANK_INDEX, THINK_TANKS
from experiments.demo.vocabularies import THEMES
from experiments.models import Theme, ThinkTankIndexPage
from home.demo_support import add_translated_page, translations_of
from participation.models import WorkshopIndexPage, WorkshopPage
from tests.participation.workshops.support import INDEX_CONTENT, make_workshop

pytestmark = pytest.mark.django_db

migration = import_module("participation.migrations.0005_workshop_think_tank_from_tree")


def test_every_language_version_under_a_think_tank_gets_the_finnish_think_tank(home):
    index = add_translated_page(home, ThinkTankIndexPage, THINK_TANK_INDEX)
    think_tank = add_think_tank(index, THINK_TANKS[0], add_vocabulary(Theme, THEMES, "theme"))
    listing = add_translated_page(home, WorkshopIndexPage, INDEX_CONTENT)
    # As they were before the link existed: placed in the tree, naming nobody.
    under_think_tank = make_workshop(think_tank, slug="hautomossa")
    under_listing = make_workshop(listing, slug="listalla")
    assert not WorkshopPage.objects.filter(think_tank__isnull=False).exists()

    migration.think_tanks_from_tree(apps, None)

    for version in translations_of(under_think_tank).values():
        version.refresh_from_db()
        # The Swedish workshop sits under the Swedish think tank, yet names the Finnish one, as the sync would.
        assert version.think_tank_id == think_tank.pk
        # What the editor opens names it too.
        assert version.get_latest_revision_as_object().think_tank_id == think_tank.pk
    for version in translations_of(under_listing).values():
        version.refresh_from_db()
        assert version.think_tank_id is None
    # The workshop under the Swedish think tank is now found from every language version of it.
    swedish_think_tank = translations_of(think_tank)["sv"]
    assert WorkshopPage.objects.filter(locale_id=swedish_think_tank.locale_id).run_by(swedish_think_tank).count() == 1
