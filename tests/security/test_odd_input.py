"""Someone sends what no form ever would: the site answers with a client error, never a server error."""

from urllib.parse import urlencode

import pytest
from django.test import Client

from participation.models import Proposal, WorkshopSignup
from tests.participation.workshops.support import form_data
from tests.security.test_security_headers import assert_security_headers

pytestmark = pytest.mark.django_db

UTF7_FORM = "application/x-www-form-urlencoded; charset=utf-7"


def without_raising():
    """A browser's view of the site: errors come back as responses, as they would from gunicorn."""
    client = Client(raise_request_exception=False, enforce_csrf_checks=True)
    client.get("/fi/ehdota/")  # the CSRF cookie, as a visitor who has seen the form holds it
    assert client.cookies["csrftoken"].value
    return client


def test_a_nul_in_the_search_words_is_refused_with_a_client_error(client, home):
    response = client.get("/en/search/", {"q": "a\x00"})
    assert response.status_code == 400
    assert_security_headers(response)
    assert client.get("/en/search/", {"q": "a"}).status_code == 200


@pytest.mark.parametrize("subpath", ["", "csv/", "json/", "feed/"])
def test_catalog_filters_with_digits_from_other_scripts_are_dropped(client, experiment, subpath):
    for name in ("theme", "goal"):
        for digit in ("²", "①", "٣", "𝟙", "9" * 30):
            response = client.get(f"/en/experiments/{subpath}", {name: digit})
            assert response.status_code == 200
            # Only unknown values: the experiment is listed as it is without the filter.
            assert "Runsor Express commuter bus" in response.content.decode()


@pytest.mark.parametrize("path", ["/fi/ehdota/", "/fi/tyopajat/kiertotalous/", "/en/no-such-page/"])
def test_a_form_sent_in_another_character_set_gets_a_bad_request_page_with_the_headers(form_page, workshop, path):
    client = without_raising()
    data = "title=Otsikko&description=Kuvaus&email=a%40example.com"
    response = client.post(path, data, content_type=UTF7_FORM)
    assert response.status_code == 400
    assert_security_headers(response)
    assert "Pyyntöä ei voitu käsitellä" in response.content.decode()
    assert not Proposal.objects.exists() and not WorkshopSignup.objects.exists()


@pytest.mark.parametrize("path", ["/nowhere/", "/documents/0/nothing.pdf"])
def test_an_unknown_address_posted_in_another_character_set_gets_no_server_error(form_page, path):
    response = without_raising().post(path, "a=1", content_type=UTF7_FORM)
    assert response.status_code < 500
    assert_security_headers(response)


def test_a_form_sent_in_utf_8_with_its_charset_named_still_works(client, workshop, django_capture_on_commit_callbacks):
    body = urlencode(form_data(workshop), doseq=True)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/fi/tyopajat/kiertotalous/", body, content_type="application/x-www-form-urlencoded; charset=UTF-8"
        )
    assert response.status_code == 200
    assert WorkshopSignup.objects.count() == 1
