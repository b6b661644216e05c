"""An auditor checks that every kind of response tells the browser to keep the site's pages to themselves.

Each response is parsed, not searched: the policy must hold directive by directive, on public pages, on forms
shown again with errors, on errors and on the admin's login page.
"""

import pytest
from django.test import Client

from tests.participation.proposals.conftest import valid_submission
from tests.participation.workshops.support import form_data

PUBLIC_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
}


def policy_of(response):
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        assert name not in directives, f"{name} twice in {header}"
        directives[name] = sources
    return directives


def assert_security_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    permissions = dict(item.split("=") for item in response["Permissions-Policy"].split(", "))
    assert permissions["camera"] == permissions["microphone"] == permissions["geolocation"] == "()"


def assert_public_page_headers(response):
    assert_security_headers(response)
    assert policy_of(response) == PUBLIC_POLICY
    # A page cache may keep public pages whole: a nonce in them would be replayed to every reader.
    assert "nonce-" not in response["Content-Security-Policy"]


@pytest.mark.parametrize("path", ["/fi/", "/sv/", "/en/"])
def test_the_home_page_in_each_language_carries_the_strict_policy(client, home, path):
    response = client.get(path)

    assert response.status_code == 200
    assert_public_page_headers(response)


def test_a_reader_of_the_catalog_and_an_experiment_gets_the_same_policy(client, experiment):
    catalog = client.get("/fi/kokeilut/")
    page = client.get(experiment.url)

    assert catalog.status_code == page.status_code == 200
    assert_public_page_headers(catalog)
    assert_public_page_headers(page)


def test_the_proposal_form_is_protected_when_shown_and_when_shown_again_with_errors(client, form_page):
    shown = client.get("/fi/ehdota/")
    with_errors = client.post("/fi/ehdota/", valid_submission(title="", description=""))

    assert shown.status_code == 200
    assert with_errors.status_code == 200 and "error" in with_errors.content.decode().lower()
    assert_public_page_headers(shown)
    assert_public_page_headers(with_errors)


def test_the_workshop_signup_form_is_protected_when_shown_and_when_shown_again_with_errors(client, workshop):
    shown = client.get("/fi/tyopajat/kiertotalous/")
    with_errors = client.post("/fi/tyopajat/kiertotalous/", form_data(workshop, email="not an address"))

    assert shown.status_code == 200
    assert with_errors.status_code == 200 and "error" in with_errors.content.decode().lower()
    assert_public_page_headers(shown)
    assert_public_page_headers(with_errors)


def test_a_missing_page_and_the_search_page_carry_the_policy(client, home):
    missing = client.get("/fi/ei-ole-olemassa/")
    search = client.get("/fi/search/?q=vaasa")

    assert missing.status_code == 404
    assert search.status_code == 200
    assert_public_page_headers(missing)
    assert_public_page_headers(search)


def test_machine_readable_files_carry_the_headers_too(client, home):
    for path in ("/robots.txt", "/sitemap.xml"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert_public_page_headers(response)


def test_the_admin_login_page_cannot_be_framed_and_runs_no_inline_script(client, db):
    response = client.get("/admin/login/", headers={"accept-language": "fi"})
    policy = policy_of(response)

    assert response.status_code == 200
    assert_security_headers(response)
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["default-src"] == ["'self'"]
    # Wagtail's admin writes style attributes; styles are the one thing let inline there.
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.urls("tests.operations.outage_urls")
def test_the_outage_page_carries_the_headers(db):
    response = Client(raise_request_exception=False).get("/page/", headers={"accept-language": "fi"})

    assert response.status_code == 503
    assert_public_page_headers(response)
