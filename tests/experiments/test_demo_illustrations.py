"""Every demo experiment and think tank shows its own drawing, described in the reader's language."""

import re

import pytest
from wagtail.models import Locale

from experiments import demo
from experiments.demo.images import ILLUSTRATIONS, draw_illustration
from experiments.demo.pages import THINK_TANKS
from experiments.demo.pictograms import COLOURS
from experiments.models import ExperimentPage, ThinkTankPage

LANGUAGES = ("fi", "sv", "en")


def test_each_experiment_and_think_tank_has_a_drawing_of_its_own_described_in_three_languages():
    assert set(ILLUSTRATIONS["experiments"]) == {data["key"] for data in demo.all_experiments()}
    assert set(ILLUSTRATIONS["think_tanks"]) == {data["key"] for data in THINK_TANKS}
    drawings = [draw_illustration(kind, key) for kind in ILLUSTRATIONS for key in ILLUSTRATIONS[kind]]
    assert len(set(drawings)) == len(drawings)
    for scenes in ILLUSTRATIONS.values():
        for key, scene in scenes.items():
            texts = [scene["alt"][language] for language in LANGUAGES]
            assert all(len(text) > 30 for text in texts), key
            assert len(set(texts)) == 3, key
    all_alt = [scene["alt"]["fi"] for scenes in ILLUSTRATIONS.values() for scene in scenes.values()]
    assert len(set(all_alt)) == len(all_alt)


def test_the_drawings_are_small_svg_in_the_design_systems_colours():
    allowed = {value.lower() for value in COLOURS.values()}
    for kind, scenes in ILLUSTRATIONS.items():
        for key in scenes:
            drawing = draw_illustration(kind, key).decode()
            assert drawing.startswith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 960 540"')
            assert len(drawing) < 8000, key
            assert set(re.findall(r"#[0-9a-fA-F]{6}", drawing.lower())) <= allowed, key


@pytest.mark.usefixtures("demo_content")
@pytest.mark.django_db
class TestLoadedDemo:
    def test_no_picture_stands_for_two_subjects(self):
        finnish = Locale.objects.get(language_code="fi")
        image_ids = [
            *ExperimentPage.objects.filter(locale=finnish).values_list("image_id", flat=True),
            *ThinkTankPage.objects.filter(locale=finnish).values_list("image_id", flat=True),
        ]
        assert None not in image_ids
        assert len(set(image_ids)) == len(image_ids)

    def test_every_language_version_describes_its_picture_in_its_own_language(self):
        for model in (ExperimentPage, ThinkTankPage):
            for page in model.objects.select_related("locale", "image"):
                assert page.image.is_svg(), page.title
                translations = {
                    other.locale.language_code: other.image_alt
                    for other in model.objects.filter(translation_key=page.translation_key).select_related("locale")
                }
                assert set(translations) == set(LANGUAGES)
                assert len(set(translations.values())) == 3, page.title

    def test_a_resident_sees_the_runsor_bus_drawn_and_described_in_swedish(self, client):
        page = ExperimentPage.objects.get(locale__language_code="sv", title__contains="Runsor")
        html = client.get(page.url).content.decode()
        figure = re.search(r'<img[^>]*class="figure-img illustration"[^>]*>', html).group(0)
        assert ".svg" in figure
        assert 'alt="Teckning av en pendelbuss på väg till industriområdet i Runsor' in figure

    def test_think_tanks_show_their_drawings_in_the_listing_and_on_their_page(self, client):
        think_tank = ThinkTankPage.objects.get(locale__language_code="fi", slug__startswith="intergalakt")
        listing = client.get(think_tank.get_parent().url).content.decode()
        assert (
            listing.count('class="experiment-card__image"')
            == ThinkTankPage.objects.filter(locale__language_code="fi").count()
        )
        page = client.get(think_tank.url).content.decode()
        assert 'alt="Piirroskuva tähtitaivaalla kiertävästä planeetasta' in page

    def test_a_theme_chip_leads_to_the_catalog_filtered_by_that_theme(self, client):
        page = ExperimentPage.objects.get(locale__language_code="sv", title__contains="Runsor")
        html = client.get(page.url).content.decode()
        chip = re.search(r'<a class="theme-chip" href="([^"]+)">([^<]+)</a>', html)
        address, name = chip.groups()
        catalog = client.get(address.replace("&amp;", "&")).content.decode()
        assert re.search(rf'<input[^>]*value="{address.rsplit("=", 1)[1]}"[^>]*checked', catalog)
        assert name in catalog
        assert "Runsor Express" in catalog
