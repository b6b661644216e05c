"""The sign-up form answers everyone the same way; what happened goes to the address, and a form sent twice counts once."""

import re
from datetime import timedelta

import pytest
from django.db import OperationalError
from django.utils import timezone

from participation.models import SignupState, WorkshopSignup
from tests.participation.workshops.support import form_data, make_workshop

pytestmark = pytest.mark.django_db

PAGE = "/en/workshops/kiertotalous-en/"
NEUTRAL = {
    "fi": "Olemme vastaanottaneet ilmoittautumisesi.",
    "sv": "Vi har tagit emot din anmälan.",
    "en": "We have received your sign-up.",
}


def answer(response):
    """The part of the page that speaks of the sign-up."""
    return re.search(r'<div class="signup-outcome".*?</div>', response.content.decode(), re.S).group(0)


def post(client, capture, path, data):
    with capture(execute=True):
        return client.post(path, data)


def test_new_existing_waitlisted_and_pending_sign_ups_all_get_the_same_answer(
    client, workshop, workshop_index, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    answers = {
        "confirmed": post(client, capture, PAGE, form_data(workshop, email="a@example.com", language="en")),
        "existing": post(client, capture, PAGE, form_data(workshop, email="A@example.com ", language="en")),
    }
    for number in range(2):
        post(client, capture, PAGE, form_data(workshop, email=f"seat{number}@example.com"))
    answers["waitlisted"] = post(client, capture, PAGE, form_data(workshop, email="late@example.com"))
    moderated = make_workshop(workshop_index, slug="hyvaksytaan", requires_approval=True)
    answers["pending"] = post(
        client, capture, "/en/workshops/hyvaksytaan-en/", form_data(moderated, email="p@example.com")
    )

    assert WorkshopSignup.objects.get(email="late@example.com").state == SignupState.WAITLISTED
    assert WorkshopSignup.objects.get(email="p@example.com").state == SignupState.PENDING
    assert {response.status_code for response in answers.values()} == {200}
    assert len({answer(response) for response in answers.values()}) == 1
    assert NEUTRAL["en"] in answer(answers["existing"])


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_answer_is_in_the_language_of_the_page(client, workshop, language):
    paths = {"fi": "/fi/tyopajat/kiertotalous/", "sv": "/sv/workshoppar/kiertotalous-sv/", "en": PAGE}
    response = client.post(paths[language], form_data(workshop, language=language))
    assert NEUTRAL[language] in answer(response)


def test_an_address_typed_again_and_again_gets_its_link_at_most_once_an_hour(
    client, workshop, mailoutbox, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    post(client, capture, PAGE, form_data(workshop, language="en"))
    for _ in range(3):
        post(client, capture, PAGE, form_data(workshop, name="Someone Else"))
    reminders = [message for message in mailoutbox if "Your sign-up link" in message.subject]
    assert len(reminders) == 1
    assert WorkshopSignup.objects.count() == 1

    # An hour later the person may really have lost the link: it goes out again, once.
    WorkshopSignup.objects.update(link_resent_at=timezone.now() - timedelta(hours=1, seconds=1))
    post(client, capture, PAGE, form_data(workshop))
    post(client, capture, PAGE, form_data(workshop))
    reminders = [message for message in mailoutbox if "Your sign-up link" in message.subject]
    assert len(reminders) == 2


def test_the_same_form_sent_twice_is_one_sign_up_with_one_e_mail_and_the_same_answer(
    client, workshop, mailoutbox, django_capture_on_commit_callbacks
):
    data = form_data(workshop, language="en")
    first = post(client, django_capture_on_commit_callbacks, PAGE, data)
    again = post(client, django_capture_on_commit_callbacks, PAGE, data)

    assert answer(first) == answer(again)
    assert WorkshopSignup.objects.count() == 1
    assert len(mailoutbox) == 1


def test_an_error_after_the_sign_up_is_saved_still_says_it_was_received(client, workshop, monkeypatch):
    def lost_connection(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    # The thank-you page's menus read the database, which has just gone away.
    monkeypatch.setattr("participation.workshops.views.render", lost_connection)
    response = client.post(PAGE, form_data(workshop, language="en"), headers={"accept-language": "en"})
    html = response.content.decode()

    assert response.status_code == 200
    assert "what you sent has been saved" in html and "Please check your e-mail" in html
    assert "nothing was saved" not in html
    assert WorkshopSignup.objects.count() == 1
