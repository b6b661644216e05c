"""A resident reads the portal in a real browser: languages, the experiment catalog and an experiment."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import LANGUAGES
from tests.browser.journeys import DEMO, OTHER_LANGUAGE, alternate_href, first_number, navigates, path_of

pytestmark = pytest.mark.browser


def switch_language(page, language):
    navigates(page, page.locator(f'.language-switcher a[hreflang="{language}"]').click)


@pytest.mark.parametrize("language", LANGUAGES)
def test_resident_switches_language_browses_and_filters_the_catalog_and_reads_an_experiment(page, language):
    other = OTHER_LANGUAGE[language]

    # The front page, then the same front page in another language and back again.
    page.goto(f"/{language}/")
    switch_language(page, other)
    assert path_of(page) == f"/{other}/"
    assert page.locator("html").get_attribute("lang") == other
    switch_language(page, language)
    assert path_of(page) == f"/{language}/"

    # The main menu leads to the experiment catalog.
    navigates(page, page.locator(f'.site-nav a[href="{DEMO[language]["catalog"]}"]').click)
    assert path_of(page) == DEMO[language]["catalog"]
    everything = first_number(page.locator("#results-heading").inner_text())
    assert everything >= page.locator(".catalog-results > li").count() > 0

    # Switching language on the catalog lands on the catalog in that language, and back.
    catalog_elsewhere = alternate_href(page, other)
    switch_language(page, other)
    assert path_of(page) == catalog_elsewhere
    assert page.locator("html").get_attribute("lang") == other
    switch_language(page, language)
    assert path_of(page) == DEMO[language]["catalog"]

    # Only the completed experiments: fewer of them, every card saying so.
    page.locator('input[name="status"][value="completed"]').check()
    navigates(page, page.locator(".catalog-filters button[type=submit]").click)
    assert "status=completed" in page.url
    completed = first_number(page.locator("#results-heading").inner_text())
    assert 0 < completed < everything
    cards = page.locator(".catalog-results .experiment-card")
    assert 0 < cards.count() <= completed
    for index in range(cards.count()):
        expect(cards.nth(index).locator(".experiment-status")).to_have_class(re.compile("experiment-status--completed"))
    expect(page.locator('input[name="status"][value="completed"]')).to_be_checked()

    # Reading one of them: its own page, with the facts in the reader's language.
    title_link = cards.first.locator(".experiment-card__title a")
    title = title_link.inner_text().strip()
    navigates(page, title_link.click)
    expect(page.locator("main h1")).to_have_text(title)
    assert page.locator("html").get_attribute("lang") == language
    expect(page.locator(".experiment-facts")).to_be_visible()
    expect(page.locator(".experiment-lead-status .experiment-status--completed")).to_be_visible()
    assert page.locator(".prose").inner_text().strip(), "the experiment has a body to read"

    # And the same experiment in the other language.
    experiment_elsewhere = alternate_href(page, other)
    switch_language(page, other)
    assert path_of(page) == experiment_elsewhere
    expect(page.locator(".experiment-lead-status .experiment-status--completed")).to_be_visible()
