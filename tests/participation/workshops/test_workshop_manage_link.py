"""A person opens the personal link from their e-mail: looking never cancels, and only they can cancel."""

import re
from datetime import timedelta

import pytest
from django.core import signing
from django.utils import timezone

from participation.models import SignupState, WorkshopSignup
from participation.workshops.services import signup_create
from participation.workshops.tokens import SALT, make_token, manage_path
from tests.participation.workshops.support import make_workshop, signup_kwargs

pytestmark = pytest.mark.django_db


def link_from(message):
    return re.search(r"http://testserver(/\w\w/workshop-signup/[^\s]+/)", message.body).group(1)


def test_the_link_shows_the_signup_and_a_get_never_cancels(
    client, workshop, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        signup = signup_create(workshop=workshop, **signup_kwargs(language="sv")).signup
    path = link_from(mailoutbox[0])
    assert path.startswith("/sv/")
    for _ in range(3):  # a link scanner, a preview, the person
        response = client.get(path)
        assert response.status_code == 200
    html = response.content.decode()
    assert "Du har en plats" in html
    assert "Avboka min anmälan" in html
    assert "no-store" in response["Cache-Control"]
    signup.refresh_from_db()
    assert signup.state == SignupState.CONFIRMED


def test_cancelling_by_post_gives_the_seat_to_the_first_on_the_waitlist(
    client, workshop_index, mailoutbox, django_capture_on_commit_callbacks
):
    small = make_workshop(workshop_index, slug="pieni", capacity=1)
    with django_capture_on_commit_callbacks(execute=True):
        first = signup_create(workshop=small, **signup_kwargs(email="first@example.com")).signup
        second = signup_create(workshop=small, **signup_kwargs(email="second@example.com", language="en")).signup
        third = signup_create(workshop=small, **signup_kwargs(email="third@example.com")).signup
    assert [first.state, second.state, third.state] == ["confirmed", "waitlisted", "waitlisted"]

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(manage_path(first))
    assert response.status_code == 200
    assert "Ilmoittautumisesi on peruttu" in response.content.decode()
    states = dict(WorkshopSignup.objects.values_list("email", "state"))
    assert states == {
        "first@example.com": "cancelled",
        "second@example.com": "confirmed",
        "third@example.com": "waitlisted",
    }
    promoted = [m for m in mailoutbox if m.to == ["second@example.com"]][-1]
    assert promoted.subject.startswith("A seat opened and it is yours")
    assert promoted.attachments[0][0] == "pieni-en.ics"


def test_the_link_stops_working_once_cancelled(client, workshop):
    signup = signup_create(workshop=workshop, **signup_kwargs(language="en")).signup
    path = manage_path(signup)
    client.post(path)
    response = client.get(path)
    assert response.status_code == 410
    assert "This sign-up has been cancelled" in response.content.decode()
    assert client.post(path).status_code == 410


@pytest.mark.parametrize(
    ("language", "heading"),
    [("fi", "Tämä linkki ei toimi"), ("sv", "Den här länken fungerar inte"), ("en", "This link does not work")],
)
def test_a_tampered_or_guessed_link_gets_a_clear_page(client, workshop, language, heading):
    signup = signup_create(workshop=workshop, **signup_kwargs()).signup
    token = make_token(signup)
    for bad in (
        token[:-2] + "xx",
        "1",
        signing.dumps("0" * 32, salt=SALT),
        signing.dumps(signup.public_id.hex, salt="x"),
    ):
        response = client.get(f"/{language}/workshop-signup/{bad}/")
        assert response.status_code == 404
        assert heading in response.content.decode()


def test_an_expired_link_says_so(client, workshop, settings):
    signup = signup_create(workshop=workshop, **signup_kwargs(language="en")).signup
    path = manage_path(signup)
    settings.WORKSHOP_MANAGE_LINK_MAX_AGE_DAYS = -1
    response = client.get(path)
    assert response.status_code == 410
    assert "This link has expired" in response.content.decode()
    signup.refresh_from_db()
    assert signup.state == SignupState.CONFIRMED


def test_after_the_workshop_the_link_only_says_it_is_over(client, workshop):
    signup = signup_create(workshop=workshop, **signup_kwargs(language="en")).signup
    workshop.starts_at = timezone.now() - timedelta(days=2)
    workshop.ends_at = timezone.now() - timedelta(days=2) + timedelta(hours=2)
    workshop.save()
    response = client.post(manage_path(signup))
    assert response.status_code == 410
    assert "The workshop is over" in response.content.decode()
    signup.refresh_from_db()
    assert signup.state == SignupState.CONFIRMED


def test_links_carry_no_sequential_ids(workshop):
    signup = signup_create(workshop=workshop, **signup_kwargs()).signup
    token = make_token(signup)
    assert f"/{signup.pk}/" not in manage_path(signup)
    assert signup.public_id.hex in signing.loads(token, salt=SALT)
