"""The design system keeps its promises: readable colour pairs, one self-hosted typeface, and a style guide page."""

import re
from pathlib import Path

import pytest

from portal.design import PAIRS, contrast_ratio, contrast_table

ROOT = Path(__file__).resolve().parent.parent
DESIGN_CSS = ROOT / "portal/static/css/design.css"


def test_contrast_is_computed_as_wcag_does():
    assert contrast_ratio("#000000", "#ffffff") == 21
    assert contrast_ratio("#767676", "#ffffff") == 4.54
    assert contrast_ratio("#ffffff", "#ffffff") == 1


def test_every_colour_pair_reaches_what_its_use_needs():
    too_weak = [(pair.foreground, pair.background, pair.ratio) for pair in PAIRS if pair.ratio < pair.required]
    assert not too_weak
    assert all(pair.ratio >= 7 for pair in PAIRS if pair.use == "body text")


def test_the_pairs_use_the_values_the_stylesheet_declares():
    css = DESIGN_CSS.read_text()
    tokens = dict(re.findall(r"(--fv-[a-z-]+):\s*(#[0-9a-f]{6});", css))
    for pair in PAIRS:
        for name, value in ((pair.foreground, pair.foreground_hex), (pair.background, pair.background_hex)):
            if name.startswith("--fv-"):
                assert tokens[name] == value, name
            else:
                assert value in css, name


def test_the_design_document_carries_the_computed_figures():
    assert contrast_table() in (ROOT / "docs/design.md").read_text()


def test_the_typeface_is_served_from_the_site_with_its_licence():
    css = DESIGN_CSS.read_text()
    fonts = re.findall(r'url\("\.\./fonts/([^"]+)"\)', css)
    assert fonts
    for name in fonts:
        assert (ROOT / "portal/static/fonts" / name).stat().st_size < 40_000
    assert "SIL OPEN FONT LICENSE" in (ROOT / "portal/static/fonts/OFL.txt").read_text().upper()
    assert "http" not in css


@pytest.mark.django_db
def test_the_style_guide_opens_in_finnish_with_finnish_figures_and_is_not_indexed(client, home):
    response = client.get("/fi/style-guide/")

    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
    html = response.content.decode()
    assert '<meta name="robots" content="noindex">' in html
    assert "<h1>Tyyliopas</h1>" in html
    assert "15,85 : 1" in html
