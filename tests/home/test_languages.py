"""A resident reads the portal in Finnish, Swedish or English and moves between the language versions."""

import re

import pytest

pytestmark = pytest.mark.django_db


def alternates(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html))


def test_bare_address_redirects_to_finnish_by_default(client, home):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/fi/"


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("sv-FI,sv;q=0.9,fi;q=0.5", "/sv/"), ("en-GB,en;q=0.9", "/en/"), ("fi-FI,fi", "/fi/"), ("de-DE", "/fi/")],
)
def test_bare_address_follows_the_browsers_preferred_language(client, home, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response["Location"] == expected


@pytest.mark.parametrize(
    ("path", "language", "title"),
    [("/fi/", "fi", "Tulevaisuuden Vaasa"), ("/sv/", "sv", "Framtidens Vasa"), ("/en/", "en", "Future Vaasa")],
)
def test_each_home_page_speaks_its_own_language(client, home, path, language, title):
    response = client.get(path)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert f"<h1>{title}</h1>" in html
    assert alternates(html) == {
        "fi": "http://testserver/fi/",
        "sv": "http://testserver/sv/",
        "en": "http://testserver/en/",
        "x-default": "http://testserver/fi/",
    }


def test_switcher_leads_to_the_same_page_in_swedish(client, translated_page):
    html = client.get("/fi/ajatushautomo/").content.decode()
    assert '<a href="/sv/tankesmedja/" hreflang="sv">Svenska</a>' in html
    assert '<a href="/en/think-tank/" hreflang="en">English</a>' in html
    response = client.get("/sv/tankesmedja/")
    assert '<html lang="sv">' in response.content.decode()
    assert "<h1>Tankesmedja</h1>" in response.content.decode()


def test_switcher_says_plainly_when_a_page_has_no_translation(client, locales, translated_page):
    translated_page.get_translation(locales["en"]).unpublish()
    html = client.get("/fi/ajatushautomo/").content.decode()
    assert "/en/think-tank/" not in html
    assert "this page is not available in this language" in html
    assert 'hreflang="en"' not in "".join(re.findall(r"<link[^>]+>", html))


def test_a_page_asked_for_under_another_language_goes_to_its_own_address(client, home, translated_page):
    response = client.get("/sv/ajatushautomo/")
    # Routing under /sv/ finds only Swedish pages; the Finnish slug is not one of them.
    assert response.status_code == 404
