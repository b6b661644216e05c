"""A designer reviews the living style guide in a real browser: the components, in the city's typeface, pass axe."""

import pytest

from tests.browser.checks import axe_unavailable_reason, describe_violations, run_axe, skip_unless
from tests.browser.conftest import LANGUAGES

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_style_guide_shows_every_component_and_passes_axe(page, language):
    response = page.goto(f"/{language}/style-guide/")

    assert response.status == 200
    assert response.headers["x-robots-tag"] == "noindex"
    main = page.locator("main")
    for component in (".wordmark", ".experiment-status", ".theme-chip", ".experiment-card", ".experiment-facts"):
        assert main.locator(component).count() >= 1, component
    assert main.locator(".experiment-timeline li").count() >= 1
    assert main.locator(".alert").count() == 4
    # The invalid field says so to assistive technology, through its message.
    email = main.locator("input[type=email]")
    assert email.get_attribute("aria-invalid") == "true"
    assert main.locator(f"#{email.get_attribute('aria-describedby')}").is_visible()
    skip_unless(axe_unavailable_reason())
    violations = run_axe(page)
    assert not violations, "\n".join(describe_violations("style guide", page.url, violations))


def test_pages_are_set_in_the_portals_own_typeface_from_its_own_server(page):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto("/fi/style-guide/")
    page.evaluate("document.fonts.ready")

    assert page.evaluate("document.fonts.check('700 1rem \"Source Sans 3\"')")
    assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith('"Source Sans 3"')
    fonts = [url for url in requested if url.endswith(".woff2")]
    assert fonts and all(url.startswith(page.url.split("/fi/")[0]) for url in fonts)


def test_a_theme_chip_on_a_card_opens_the_catalog_filtered_by_that_theme(page):
    page.goto("/fi/style-guide/")
    chip = page.locator(".experiment-card .theme-chip").first
    name = chip.inner_text()

    chip.click()

    assert "theme=" in page.url
    checked = page.locator(".catalog-filters input[name=theme]:checked")
    assert checked.count() == 1
    assert page.locator(f"label[for='{checked.get_attribute('id')}']").inner_text().strip() == name
