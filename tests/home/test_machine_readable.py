"""Search engines find every published page in every language, with its translations."""

import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def test_the_sitemap_lists_each_published_page_with_its_language_alternates(client, translated_page, locales):
    translated_page.get_translation(locales["en"]).unpublish()
    response = client.get("/sitemap.xml")
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own sitemap)
    entries = {
        url.find("s:loc", NS).text: {link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)}
        for url in root.findall("s:url", NS)
    }
    assert set(entries) == {
        "http://testserver/fi/",
        "http://testserver/sv/",
        "http://testserver/en/",
        "http://testserver/fi/ajatushautomo/",
        "http://testserver/sv/tankesmedja/",
    }
    assert entries["http://testserver/sv/tankesmedja/"] == {
        "fi": "http://testserver/fi/ajatushautomo/",
        "sv": "http://testserver/sv/tankesmedja/",
    }


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(client, home):
    text = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


@pytest.mark.parametrize(
    ("path", "language", "text"),
    [
        ("/fi/ei-ole/", "fi", "Sivua ei löytynyt"),
        ("/sv/finns-inte/", "sv", "Sidan hittades inte"),
        ("/en/missing/", "en", "Page not found"),
    ],
)
def test_a_missing_page_says_so_in_the_readers_language(client, home, path, language, text):
    response = client.get(path)
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert text in html
