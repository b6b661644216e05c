"""A resident who lands deep in the site sees the way back up: breadcrumbs in their language on every page below the
front page, for the same queries however deep the page is."""

import re

import pytest
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from home.demo_support import add_translated_page
from home.models import StandardPage

pytestmark = pytest.mark.django_db

LEVEL = {"fi": ("Taso", "taso"), "sv": ("Nivå", "niva"), "en": ("Level", "level")}


def levels_under(home, count):
    """Return the Finnish pages of a chain of `count` standard pages, each under the one before, in three languages."""
    pages = []
    parent = home
    for number in range(1, count + 1):
        content = {
            code: {"title": f"{title} {number}", "slug": f"{slug}-{number}"} for code, (title, slug) in LEVEL.items()
        }
        parent = add_translated_page(parent, StandardPage, content)
        pages.append(parent)
    return pages


def breadcrumbs_of(html):
    """Return the breadcrumb trail as [(text, href or None, aria-current or None)], and the nav's label."""
    nav = re.search(r'<nav class="breadcrumbs" aria-label="([^"]+)">(.*?)</nav>', html, re.S)
    if nav is None:
        return None, []
    items = re.findall(r'<li class="breadcrumbs__item">(.*?)</li>', nav.group(2), re.S)
    trail = []
    for item in items:
        link = re.search(r'<a href="([^"]+)">([^<]+)</a>', item)
        current = re.search(r'<span aria-current="([^"]+)"[^>]*>([^<]+)</span>', item)
        trail.append((link.group(2), link.group(1), None) if link else (current.group(2), None, current.group(1)))
    return nav.group(1), trail


@pytest.mark.parametrize(
    ("language", "label", "front_page"),
    [("fi", "Olet tässä", "Etusivu"), ("sv", "Du är här", "Startsida"), ("en", "You are here", "Front page")],
)
def test_a_page_three_levels_down_shows_the_way_up_in_the_readers_language(client, home, language, label, front_page):
    levels_under(home, 3)
    title, slug = LEVEL[language]

    html = client.get(f"/{language}/{slug}-1/{slug}-2/{slug}-3/").content.decode()

    assert breadcrumbs_of(html) == (
        label,
        [
            (front_page, f"/{language}/", None),
            (f"{title} 1", f"/{language}/{slug}-1/", None),
            (f"{title} 2", f"/{language}/{slug}-1/{slug}-2/", None),
            (f"{title} 3", None, "page"),
        ],
    )
    assert "<ol" in html.split('class="breadcrumbs"')[1].split("</nav>")[0]


def test_the_front_page_has_no_breadcrumbs(client, home):
    assert breadcrumbs_of(client.get("/fi/").content.decode()) == (None, [])


def test_a_section_that_is_not_published_is_left_out_of_the_trail(client, home):
    first, second, _third = levels_under(home, 3)
    second.unpublish()

    _label, trail = breadcrumbs_of(client.get("/fi/taso-1/taso-2/taso-3/").content.decode())

    assert [text for text, _href, _current in trail] == ["Etusivu", "Taso 1", "Taso 3"]


def test_the_search_page_sits_under_the_front_page(client, home):
    _label, trail = breadcrumbs_of(client.get("/sv/search/?q=vasa").content.decode())

    assert trail == [("Startsida", "/sv/", None), ("Sök", None, "page")]


def test_the_trail_costs_the_same_queries_one_or_four_levels_down(home, site):
    pages = levels_under(home, 4)
    template = Template('{% include "components/breadcrumbs.html" %}')

    def queries_for(page):
        from django.core.cache import cache

        cache.clear()
        request = RequestFactory().get(page.url, HTTP_HOST="testserver")
        with translation.override("fi"), CaptureQueriesContext(connection) as queries:
            html = template.render(Context({"request": request, "page": page}))
        assert 'aria-current="page"' in html
        return len(queries)

    one, four = queries_for(pages[0]), queries_for(pages[3])
    assert one == four
    assert four <= 3
