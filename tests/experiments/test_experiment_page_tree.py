"""An editor builds the think-tank and experiment pages only where they belong in the page tree."""

from wagtail.test.utils import WagtailPageTestCase

from experiments.models import (
    ExperimentIndexPage,
    ExperimentPage,
    ImpactPage,
    ThinkTankIndexPage,
    ThinkTankPage,
)
from home.models import HomePage, StandardPage
from participation.models import WorkshopPage


class EditorPlacesPagesTests(WagtailPageTestCase):
    def test_catalog_think_tank_list_and_impact_page_go_under_the_home_page(self):
        for model in (ExperimentIndexPage, ThinkTankIndexPage, ImpactPage):
            with self.subTest(model=model.__name__):
                self.assertCanCreateAt(HomePage, model)
                self.assertCanNotCreateAt(StandardPage, model)

    def test_experiments_go_only_into_the_catalog(self):
        self.assertAllowedParentPageTypes(ExperimentPage, {ExperimentIndexPage})
        self.assertAllowedSubpageTypes(ExperimentIndexPage, {ExperimentPage})
        self.assertAllowedSubpageTypes(ExperimentPage, set())

    def test_think_tanks_go_only_into_the_think_tank_list(self):
        self.assertAllowedParentPageTypes(ThinkTankPage, {ThinkTankIndexPage})
        self.assertAllowedSubpageTypes(ThinkTankIndexPage, {ThinkTankPage})
        # A think tank holds its own workshops.
        self.assertAllowedSubpageTypes(ThinkTankPage, {WorkshopPage})
        self.assertCanCreateAt(ThinkTankPage, WorkshopPage)

    def test_impact_page_has_no_subpages(self):
        self.assertAllowedSubpageTypes(ImpactPage, set())

    def test_one_catalog_one_think_tank_list_and_one_impact_page_per_language(self):
        for model in (ExperimentIndexPage, ThinkTankIndexPage, ImpactPage):
            with self.subTest(model=model.__name__):
                self.assertEqual(model.max_count_per_parent, 1)
