"""Software posing as a resident is thanked like one and stored nowhere; a flood gets a clear, translated 429."""

import time

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import translation

from participation.models import Proposal
from participation.spam import HONEYPOT_FIELD, TIMESTAMP_FIELD, signed_render_time

from .conftest import FORM_URLS

pytestmark = pytest.mark.django_db


def assert_thanked_but_not_stored(client, response):
    assert response.status_code == 302
    assert "/thanks/" in response["Location"]
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    # A reference like anyone else's, so nothing tells the sender their message went nowhere.
    assert 'class="proposal-reference__number"' in thanks.content.decode()
    assert Proposal.objects.count() == 0
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("case", "overrides"),
    [
        # Stamps are made when the test runs, not when it is collected.
        ("honeypot filled in", lambda: {HONEYPOT_FIELD: "https://spam.example/"}),
        ("sent a second after rendering", lambda: {TIMESTAMP_FIELD: signed_render_time("proposal")}),
        ("timestamp of another form", lambda: {TIMESTAMP_FIELD: signed_render_time("signup", time.time() - 60)}),
        (
            "tampered timestamp",
            lambda: {TIMESTAMP_FIELD: signed_render_time("proposal", time.time() - 60)[:-4] + "AAAA"},
        ),
        ("no timestamp at all", lambda: {TIMESTAMP_FIELD: ""}),
        ("rendered two days ago", lambda: {TIMESTAMP_FIELD: signed_render_time("proposal", time.time() - 2 * 86400)}),
    ],
)
def test_automated_submissions_are_discarded_silently(
    client, form_page, moderator, submission, django_capture_on_commit_callbacks, case, overrides
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(FORM_URLS["fi"], submission(email="bot@example.com", **overrides()))
    assert_thanked_but_not_stored(client, response)


def test_the_form_a_person_reads_carries_a_signed_stamp_and_an_unreachable_honeypot(client, form_page):
    html = client.get(FORM_URLS["fi"]).content.decode()
    assert 'type="hidden" name="rendered_at" value="' in html
    assert 'class="hp-field"  aria-hidden="true"' in html
    assert 'name="hp_ref_code" autocomplete="off" tabindex="-1"' in html


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@override_settings(PARTICIPATION_PROPOSAL_RATE_LIMIT="3/h")
def test_a_flood_from_one_address_gets_a_translated_429(client, form_pages, submission, language):
    for _ in range(3):
        assert client.post(FORM_URLS[language], submission(), REMOTE_ADDR="192.0.2.7").status_code == 302

    response = client.post(FORM_URLS[language], submission(), REMOTE_ADDR="192.0.2.7")

    assert response.status_code == 429
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    with translation.override(language):
        assert translation.gettext("Too many submissions") in html
    assert Proposal.objects.count() == 3
    # Someone else on another connection is not held back.
    assert client.post(FORM_URLS[language], submission(), REMOTE_ADDR="192.0.2.8").status_code == 302


@override_settings(PARTICIPATION_PROPOSAL_RATE_LIMIT="1/h", PARTICIPATION_RATE_LIMITS_ENABLED=False)
def test_a_benchmark_can_lift_the_limit(client, form_page, submission):
    for _ in range(3):
        assert client.post(FORM_URLS["fi"], submission()).status_code == 302


@override_settings(PARTICIPATION_MIN_FILL_SECONDS=0)
def test_a_demo_can_lift_the_minimum_fill_time(client, form_page, submission):
    client.post(FORM_URLS["fi"], submission(**{TIMESTAMP_FIELD: signed_render_time("proposal")}))
    assert Proposal.objects.count() == 1


@pytest.mark.parametrize("field", ["title", "description", "district", "name"])
@pytest.mark.parametrize("text", ["Idea\x00 with NUL", "Bell\x07 idea here", "Escape\x1b[31m red idea"])
def test_control_characters_are_a_form_error_not_a_server_error(client, form_page, submission, field, text):
    response = client.post(FORM_URLS["fi"], submission(**{field: text + " " * 20 + "pitkä kuvaus ideasta"}))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="error-summary"' in html
    assert f'href="#id_{field}"' in html
    assert Proposal.objects.count() == 0


def test_the_ip_address_is_never_stored(client, form_page, submission):
    client.post(FORM_URLS["fi"], submission(), REMOTE_ADDR="198.51.100.23")
    proposal = Proposal.objects.values().get()
    assert not any("198.51.100.23" in str(value) for value in proposal.values())
    assert not any("ip" in name.split("_") for name in proposal)
