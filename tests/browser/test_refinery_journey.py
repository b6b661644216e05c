"""A resident follows one idea through the refinery in a real browser: from the idea board to the experiment the
idea became, and on to the workshop where its users are heard, in each language."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import LANGUAGES
from tests.browser.journeys import navigates

pytestmark = pytest.mark.browser

BOARD = {"fi": "/fi/ideataulu/", "sv": "/sv/idetavlan/", "en": "/en/idea-board/"}
RUNSOR_IDEA = "R4NX-8PTA"


def open_idea_from_board(page, language):
    """Page through the idea board until the idea's card appears, and open it as a resident would."""
    page.goto(BOARD[language])
    for _ in range(20):
        link = page.locator(f'main a[href$="/{RUNSOR_IDEA}/"]')
        if link.count():
            navigates(page, link.first.click)
            return
        navigates(page, page.locator('a[rel="next"]').first.click)
    pytest.fail(f"{RUNSOR_IDEA} is not on the idea board")


@pytest.mark.parametrize("language", LANGUAGES)
def test_resident_follows_the_commuter_bus_idea_to_its_experiment_and_workshop(page, language):
    open_idea_from_board(page, language)
    assert page.locator("html").get_attribute("lang") == language
    # The idea is shown as its author wrote it, in Finnish, and marked so.
    expect(page.locator('main h1[lang="fi"], main h1 [lang="fi"]')).to_have_count(1)

    # Its timeline starts with the idea and leads to the experiment it became.
    timeline = page.locator("ol.lineage")
    expect(timeline.locator(".lineage-step--idea_received")).to_have_count(1)
    experiment_link = timeline.locator('.lineage-step[class*="lineage-step--experiment"] a').first
    navigates(page, experiment_link.click)
    expect(page.locator("main h1")).to_contain_text("Runsor Express")
    assert page.locator("html").get_attribute("lang") == language

    # The experiment's one timeline names the idea and the feedback workshop, in the reader's language.
    timeline = page.locator("ol.lineage")
    expect(page.locator("ol.lineage")).to_have_count(1)
    expect(timeline.locator(".lineage-step--idea_received")).to_have_count(1)
    workshop_link = timeline.locator(".lineage-step--workshop a").first
    navigates(page, workshop_link.click)
    expect(page.locator("main h1")).to_contain_text("Runsor Express")
    assert page.locator("html").get_attribute("lang") == language
    assert f"/{language}/" in page.url

    # The workshop says what it works on and links back to the experiment.
    expect(page.locator('main a:has-text("Runsor Express")').first).to_be_visible()
