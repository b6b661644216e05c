"""Saved means saved: a form sent twice is one idea, and an error after the save never says it was not saved."""

import logging

import pytest
from django.core import mail
from django.db import OperationalError
from django.test import Client

from participation.models import Proposal
from participation.proposals import services as proposal_services

from .conftest import FORM_URLS

pytestmark = pytest.mark.django_db


def test_sending_the_same_form_again_gives_the_same_thanks_and_no_second_idea(
    client, form_page, moderator, submission, django_capture_on_commit_callbacks
):
    # The person double-clicks, or the browser sends the form again after an answer got lost on the way.
    data = submission(title="Penkkejä torille")
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(FORM_URLS["fi"], data)
        again = client.post(FORM_URLS["fi"], data)

    assert first.status_code == again.status_code == 302
    assert again["Location"] == first["Location"]
    assert Proposal.objects.count() == 1
    # The moderators hear of it once.
    assert len(mail.outbox) == 1
    thanks = client.get(again["Location"]).content.decode()
    assert Proposal.objects.get().reference in thanks


def test_two_forms_with_the_same_text_are_two_ideas(client, form_page, submission):
    client.post(FORM_URLS["fi"], submission(title="Penkkejä torille"))
    client.post(FORM_URLS["fi"], submission(title="Penkkejä torille"))
    assert Proposal.objects.count() == 2


def test_an_error_after_the_save_still_thanks_the_person_and_is_logged(
    client, form_page, submission, monkeypatch, caplog
):
    def lost_connection(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr("participation.proposals.views.thanks_url", lost_connection)
    with caplog.at_level(logging.ERROR, logger="home.saving"):
        response = client.post(FORM_URLS["en"], submission(), headers={"accept-language": "en"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "what you sent has been saved" in html and "nothing was saved" not in html
    assert Proposal.objects.get().reference in html
    assert "no-store" in response["Cache-Control"]
    assert "Saved a proposal, then failed to answer (OperationalError)" in caplog.text


def test_an_outage_on_the_way_out_after_the_save_still_answers_with_the_thanks(form_page, submission, settings):
    settings.MIDDLEWARE = ["tests.operations.outage_urls.SessionStoreDownMiddleware", *settings.MIDDLEWARE]
    response = Client(raise_request_exception=False).post(FORM_URLS["fi"], submission())

    assert response.status_code == 302
    assert "/thanks/" in response["Location"]
    assert Proposal.objects.count() == 1


class FreshConnection:
    """The test's own transaction stands in for the new connection on which the service looks again."""

    in_atomic_block = False

    def close(self):
        pass


@pytest.fixture
def looks_again_on_a_fresh_connection(monkeypatch):
    monkeypatch.setattr("home.saving.connections", {"default": FreshConnection()})


def test_a_connection_lost_as_the_save_commits_is_answered_by_looking_again(
    form_page, submission, monkeypatch, looks_again_on_a_fresh_connection
):
    # The commit reached the database, but its acknowledgement did not reach the app server.
    store = proposal_services._store_proposal

    def commit_then_lose_the_connection(fields):
        store(fields)
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(proposal_services, "_store_proposal", commit_then_lose_the_connection)
    response = Client().post(FORM_URLS["fi"], submission())

    assert response.status_code == 302 and "/thanks/" in response["Location"]
    assert Proposal.objects.count() == 1


def test_a_connection_lost_before_the_commit_says_nothing_was_saved(
    form_page, submission, monkeypatch, looks_again_on_a_fresh_connection
):
    def lose_the_connection(fields):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(proposal_services, "_store_proposal", lose_the_connection)
    response = Client().post(FORM_URLS["fi"], submission(), headers={"accept-language": "en"})

    assert response.status_code == 503
    assert "nothing was saved" in response.content.decode()
    assert Proposal.objects.count() == 0
