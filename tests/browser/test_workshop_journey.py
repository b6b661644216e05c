"""A resident signs up for a workshop in a real browser, gets the e-mail, and gives the seat back through it."""

import re

import pytest
from django.utils import translation
from playwright.sync_api import expect

from participation.models import SignupState, WorkshopSignup
from tests.browser.conftest import LANGUAGES
from tests.browser.journeys import DEMO, navigates, path_of, seats_left

pytestmark = pytest.mark.browser


def personal_link(message):
    links = re.findall(r"https?://\S+/workshop-signup/\S+/", message.body)
    assert len(links) == 1, message.body
    return links[0]


@pytest.mark.parametrize("language", LANGUAGES)
def test_resident_signs_up_gets_the_email_in_their_language_and_cancels_through_its_link(
    page, language, unique, sent_emails, base_url
):
    email = f"participant-{unique}@example.fi"
    page.goto(DEMO[language]["workshop"])
    workshop_title = page.locator("main h1").inner_text().strip()
    seats_before = seats_left(page)
    # The form offers to write in the language the page is read in.
    expect(page.locator(f'input[name="language"][value="{language}"]')).to_be_checked()

    page.locator("#id_name").fill(f"Participant {unique}")
    page.locator("#id_email").fill(email)
    page.locator('input[name="stakeholder_group"][value="resident"]').check()
    page.locator('input[name="needs"][value="induction_loop"]').check()
    # A need is told only with the consent that covers it.
    page.locator("#id_health_consent").check()
    navigates(page, page.locator(".signup-form button[type=submit]").click)

    expect(page.locator(".signup-outcome")).to_be_visible()
    signup = WorkshopSignup.objects.get(email=email)
    assert signup.state == SignupState.CONFIRMED
    assert signup.language == language

    # The confirmation e-mail: to this person, in this language, naming the workshop, with a calendar file.
    confirmations = [message for message in sent_emails if message.to == [email]]
    assert len(confirmations) == 1
    confirmation = confirmations[0]
    with translation.override(language):
        assert translation.gettext("Thank you for signing up. You have a seat in the workshop:") in confirmation.body
    assert workshop_title in confirmation.body
    workshop_slug = DEMO[language]["workshop"].rstrip("/").rpartition("/")[2]
    assert [name for name, _content, _type in confirmation.attachments] == [f"{workshop_slug}.ics"]

    # The workshop page counts the seat as taken.
    page.goto(DEMO[language]["workshop"])
    assert seats_left(page) == seats_before - 1

    # The personal link opens the sign-up on this server, in the person's language.
    link = personal_link(confirmation)
    assert link.startswith(base_url + f"/{language}/")
    page.goto(link)
    assert page.locator("html").get_attribute("lang") == language
    expect(page.locator("main")).to_contain_text(email)
    navigates(page, page.locator(".cancel-box button[type=submit]").click)

    with translation.override(language):
        expect(page.locator("main h1")).to_have_text(translation.gettext("Your sign-up has been cancelled"))
    signup.refresh_from_db()
    assert signup.state == SignupState.CANCELLED
    assert len([message for message in sent_emails if message.to == [email]]) == 2, "the cancellation is confirmed"

    # The seat is free again, and the old link no longer cancels anything.
    page.goto(DEMO[language]["workshop"])
    assert path_of(page) == DEMO[language]["workshop"]
    assert seats_left(page) == seats_before
    response = page.goto(link)
    assert response.status == 410
