"""A resident whose request meets a database outage gets a clear page in their language, not a stack trace."""

import pytest
from django.test import Client

pytestmark = [pytest.mark.urls("tests.operations.outage_urls")]


def test_a_form_sent_during_an_outage_says_nothing_was_saved_and_to_try_again_in_finnish_first(client):
    response = client.post("/form/", {"title": "Penkki puistoon"}, headers={"accept-language": "fi"})
    html = response.content.decode()

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    assert html.index('lang="fi"') < html.index('lang="sv"') < html.index('lang="en"')
    assert "<h1>Yritä hetken kuluttua uudelleen</h1>" in html
    assert "joten mitään ei tallennettu" in html
    assert "<h2>Försök igen om en stund</h2>" in html
    assert "<h2>Please try again in a moment</h2>" in html
    assert "nothing was saved" in html
    assert "OperationalError" not in html and "resident@example.fi" not in html and "5432" not in html


def test_a_swedish_reader_sees_swedish_first_when_a_page_cannot_be_shown(client):
    response = client.get("/page/", headers={"accept-language": "sv-FI,sv"})
    html = response.content.decode()

    assert response.status_code == 503
    assert '<html lang="sv">' in html
    assert "<h1>Försök igen om en stund</h1>" in html
    assert "reload the page" in html
    assert "nothing was saved" not in html


def test_an_outage_met_outside_the_view_gets_the_same_page(settings):
    settings.MIDDLEWARE = ["tests.operations.outage_urls.SessionStoreDownMiddleware", *settings.MIDDLEWARE]
    response = Client(raise_request_exception=False).post("/fine/", headers={"accept-language": "en"})

    assert response.status_code == 503
    assert "<h1>Please try again in a moment</h1>" in response.content.decode()


def test_other_errors_still_get_the_ordinary_error_page():
    response = Client(raise_request_exception=False).get("/broken/")

    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()


def test_a_form_whose_save_cannot_be_confirmed_is_not_said_to_be_unsaved(client):
    response = client.post("/form-unknown/", {"title": "Penkki puistoon"}, headers={"accept-language": "fi"})
    html = response.content.decode()

    assert response.status_code == 503
    assert "nothing was saved" not in html and "mitään ei tallennettu" not in html
    assert "Tilapäinen häiriö esti selvittämästä, tallentuivatko lähettämäsi tiedot." in html
    assert "if it was saved already, it will not be saved twice" in html
    assert "ingenting sparades" not in html


def test_when_the_database_cannot_be_asked_again_the_outcome_is_unknown(monkeypatch):
    from django.db import OperationalError

    from home.saving import SaveOutcomeUnknown, look_again
    from tests.participation.proposals.test_proposal_saved import FreshConnection

    monkeypatch.setattr("home.saving.connections", {"default": FreshConnection()})

    def unreachable():
        raise OperationalError("connection refused")

    with pytest.raises(SaveOutcomeUnknown):
        look_again(unreachable)
    assert look_again(lambda: "found") == "found"


@pytest.mark.django_db
def test_inside_an_unfinished_transaction_nothing_is_looked_for():
    from home.saving import look_again

    # The outer transaction has not committed, so nothing of it is saved, whatever a lookup would see.
    assert look_again(lambda: "found") is None
