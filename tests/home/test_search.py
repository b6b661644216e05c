"""A resident searches the site and finds pages in the language they are reading."""

import pytest

pytestmark = pytest.mark.django_db


def test_a_swedish_word_finds_the_swedish_page_only_under_the_swedish_search(client, translated_page):
    swedish = client.get("/sv/search/", {"q": "tankesmedjorna"}).content.decode()
    assert '<a class="fw-bold" href="/sv/tankesmedja/">Tankesmedja</a>' in swedish

    finnish = client.get("/fi/search/", {"q": "tankesmedjorna"}).content.decode()
    assert "/sv/tankesmedja/" not in finnish
    assert "Mitään ei löytynyt" in finnish


def test_a_finnish_word_finds_the_finnish_page(client, translated_page):
    html = client.get("/fi/search/", {"q": "ajatushautomoissa"}).content.decode()
    assert '<a class="fw-bold" href="/fi/ajatushautomo/">Ajatushautomo</a>' in html
    assert "/en/think-tank/" not in html


def test_an_empty_search_shows_the_form_without_results(client, home):
    response = client.get("/en/search/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<input type="search" id="search-page-q" name="q" value=""' in html
    assert "result" not in html.split('id="main"')[1]


def test_what_was_searched_for_is_shown_escaped(client, home):
    html = client.get("/en/search/", {"q": '<script>alert("x")</script>'}).content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_the_search_page_links_to_itself_in_the_other_languages(client, home):
    html = client.get("/fi/search/", {"q": "kokeilu"}).content.decode()
    assert 'href="/sv/search/?q=kokeilu" hreflang="sv"' in html
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/search/?q=kokeilu">' in html
