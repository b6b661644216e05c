"""Residents who use no mouse: every public form filled and sent with Tab, typing, Space and Enter alone.

No click anywhere here. Each field the person tabs to must show where the focus is: its computed outline or
shadow when focused must be visible and differ from the same element's look without focus.
"""

import re

import pytest
from django.utils import translation
from playwright.sync_api import expect

from participation.models import Proposal, SignupState, WorkshopSignup
from tests.browser.conftest import LANGUAGES
from tests.browser.journeys import DEMO, navigates, path_of

pytestmark = pytest.mark.browser

FOCUS_LOOK = """(element) => {
    const style = getComputedStyle(element);
    return {
        outline: style.outlineStyle === "none" || parseFloat(style.outlineWidth) === 0
            ? "none" : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
        shadow: style.boxShadow,
    };
}"""
IS_FOCUSED = "(selector) => !!document.activeElement && document.activeElement.matches(selector)"


def tab_to(page, selector, limit=80):
    """Press Tab until `selector` has the focus, and check that the focus can be seen there."""
    target = page.locator(selector).first
    unfocused = target.evaluate(FOCUS_LOOK)
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(IS_FOCUSED, selector):
            break
    else:
        raise AssertionError(f"{selector} never got the focus in {limit} presses of Tab")
    focused = page.evaluate(f"({FOCUS_LOOK})(document.activeElement)")
    assert focused["outline"] != "none" or focused["shadow"] != "none", f"{selector}: no focus indicator"
    assert focused != unfocused, f"{selector} looks the same with and without the focus: {focused}"


def type_into(page, selector, text):
    tab_to(page, selector)
    page.keyboard.type(text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_skip_link_is_the_first_stop_and_takes_the_keyboard_to_the_main_content(page, language):
    page.goto(f"/{language}/")
    page.keyboard.press("Tab")

    skip_link = page.locator("a.skip-link")
    expect(skip_link).to_be_focused()
    box = skip_link.bounding_box()
    viewport = page.viewport_size
    assert box and box["width"] > 0 and 0 <= box["y"] < viewport["height"], "the focused skip link is on screen"

    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()
    assert page.url.endswith("#main")
    # The next Tab goes on from the main content, not back through the header.
    page.keyboard.press("Tab")
    assert page.evaluate("() => !!document.activeElement.closest('main')")


@pytest.mark.parametrize("language", LANGUAGES)
def test_resident_sends_a_proposal_with_the_keyboard_alone(page, language, unique):
    page.goto(DEMO[language]["proposal"])

    type_into(page, "#id_title", f"Keyboard idea {unique}")
    type_into(page, "#id_description", f"An idea typed without a mouse, for a quieter city centre ({unique}).")
    tab_to(page, "input[name=theme]")
    page.keyboard.press("Space")
    type_into(page, "#id_email", f"keys-{unique}@example.fi")
    tab_to(page, "#id_contact_consent")
    page.keyboard.press("Space")
    tab_to(page, "form.proposal-form button[type=submit]")
    navigates(page, lambda: page.keyboard.press("Enter"))

    expect(page.locator(".proposal-reference__number")).to_be_visible()
    proposal = Proposal.objects.get(title=f"Keyboard idea {unique}")
    assert proposal.language == language
    assert proposal.contact_consent
    assert proposal.email == f"keys-{unique}@example.fi"


@pytest.mark.parametrize("language", LANGUAGES)
def test_resident_signs_up_and_cancels_with_the_keyboard_alone(page, language, unique, sent_emails):
    email = f"keys-{unique}@example.fi"
    page.goto(DEMO[language]["workshop"])

    type_into(page, "#id_name", f"Keyboard {unique}")
    type_into(page, "#id_email", email)
    tab_to(page, "input[name=stakeholder_group]")
    page.keyboard.press("Space")
    tab_to(page, "input[name=needs]")
    page.keyboard.press("Space")
    # A need is told only with the consent that covers it.
    tab_to(page, "#id_health_consent")
    page.keyboard.press("Space")
    tab_to(page, ".signup-form button[type=submit]")
    navigates(page, lambda: page.keyboard.press("Enter"))

    expect(page.locator(".signup-outcome")).to_be_visible()
    signup = WorkshopSignup.objects.get(email=email)
    assert signup.state == SignupState.CONFIRMED
    assert signup.language == language
    assert signup.needs, "the ticked need was sent"

    # The e-mailed link, then the cancel button, by keyboard.
    (message,) = [message for message in sent_emails if message.to == [email]]
    link = re.search(r"https?://\S+/workshop-signup/\S+/", message.body).group()
    page.goto(link)
    tab_to(page, ".cancel-box button[type=submit]")
    navigates(page, lambda: page.keyboard.press("Enter"))

    with translation.override(language):
        expect(page.locator("main h1")).to_have_text(translation.gettext("Your sign-up has been cancelled"))
    signup.refresh_from_db()
    assert signup.state == SignupState.CANCELLED


@pytest.mark.parametrize("language", LANGUAGES)
def test_resident_searches_with_the_keyboard_alone(page, language):
    query = {"fi": "kokeilu", "sv": "försök", "en": "experiment"}[language]
    page.goto(f"/{language}/")

    type_into(page, "#site-search-q", query)
    navigates(page, lambda: page.keyboard.press("Enter"))

    assert path_of(page).startswith(DEMO[language]["search"])
    expect(page.locator("#search-page-q")).to_have_value(query)
    results = page.locator(".search-results > li")
    assert results.count() > 0
    # From the results, the keyboard reaches the first hit and opens it.
    first_title = results.first.locator("a").inner_text().strip()
    tab_to(page, ".search-results > li:first-child a")
    navigates(page, lambda: page.keyboard.press("Enter"))
    expect(page.locator("main h1")).to_have_text(first_title)
