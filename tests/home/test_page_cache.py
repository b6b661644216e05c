"""Anonymous readers get content pages from the page cache; editors, forms and searches never do."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.demo_support import add_translated_page
from home.page_cache import normalised_query
from participation.models import ProposalBoardPage, ProposalFormPage, WorkshopIndexPage
from tests.factories import UserFactory, publish_catalog
from tests.participation.workshops.support import INDEX_CONTENT, make_workshop
from tests.staff import log_in_staff

pytestmark = pytest.mark.django_db

PAGE_PATHS = {"fi": "/fi/ajatushautomo/", "sv": "/sv/tankesmedja/", "en": "/en/think-tank/"}


def queries_for(client, path, **extra):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, **extra)
    return response, len(queries)


def test_an_anonymous_readers_second_visit_touches_no_database(client, translated_page):
    first, first_queries = queries_for(client, PAGE_PATHS["fi"])
    second, second_queries = queries_for(client, PAGE_PATHS["fi"])

    assert first.status_code == second.status_code == 200
    assert first_queries > 0
    assert second_queries == 0
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "Ideat syntyvät ajatushautomoissa." in second.content.decode()


def test_a_cached_page_keeps_its_language_headers(client, translated_page):
    first = client.get(PAGE_PATHS["sv"])
    second = client.get(PAGE_PATHS["sv"])

    assert second["X-Page-Cache"] == "hit"
    assert second["Content-Language"] == first["Content-Language"] == "sv"
    assert second["Content-Type"] == "text/html; charset=utf-8"
    # Headers added by the security middleware come with every answer, cached or not.
    assert second["X-Content-Type-Options"] == "nosniff"
    assert second.get("Vary") == first.get("Vary")
    assert "Set-Cookie" not in second


def test_swedish_and_finnish_readers_each_get_their_own_language(client, translated_page):
    for _round in range(2):
        finnish = client.get(PAGE_PATHS["fi"]).content.decode()
        swedish = client.get(PAGE_PATHS["sv"]).content.decode()
        english = client.get(PAGE_PATHS["en"]).content.decode()
    assert "Ideat syntyvät ajatushautomoissa." in finnish and 'lang="fi"' in finnish
    assert "Idéerna föds i tankesmedjorna." in swedish and 'lang="sv"' in swedish
    assert "Ideas are born in the think tanks." in english and 'lang="en"' in english


def test_a_reader_sees_an_editors_change_as_soon_as_it_is_published(client, translated_page):
    client.get(PAGE_PATHS["fi"])
    assert client.get(PAGE_PATHS["fi"])["X-Page-Cache"] == "hit"

    translated_page.introduction = "Uudet ideat syntyvät kirjastossa."
    translated_page.save_revision().publish()

    fresh = client.get(PAGE_PATHS["fi"])
    assert "X-Page-Cache" not in fresh
    assert "Uudet ideat syntyvät kirjastossa." in fresh.content.decode()


def test_an_unpublished_page_is_gone_for_the_next_reader(client, translated_page):
    client.get(PAGE_PATHS["fi"])
    translated_page.unpublish()
    assert client.get(PAGE_PATHS["fi"]).status_code == 404


def test_a_logged_in_editor_never_gets_the_cached_page(client, translated_page):
    client.get(PAGE_PATHS["fi"])
    client.get(PAGE_PATHS["fi"])
    log_in_staff(client, UserFactory(is_superuser=True, is_staff=True))

    response = client.get(PAGE_PATHS["fi"])
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    # The editor's own rendering carries the Wagtail user bar, which no anonymous copy may show.
    assert "wagtail-userbar" in response.content.decode()
    # ... and it is not stored for readers either.
    client.logout()
    client.cookies.clear()
    assert "wagtail-userbar" not in client.get(PAGE_PATHS["fi"]).content.decode()


def test_a_reader_with_a_session_cookie_is_served_afresh(client, translated_page):
    client.get(PAGE_PATHS["fi"])
    client.cookies["sessionid"] = "someone-who-sent-a-form"
    response, queries = queries_for(client, PAGE_PATHS["fi"])
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    assert queries > 0


@pytest.mark.parametrize(
    ("model", "content"),
    [
        (
            ProposalFormPage,
            {
                "fi": {"title": "Ehdota ideaa", "slug": "ehdota"},
                "sv": {"title": "Föreslå en idé", "slug": "foresla"},
                "en": {"title": "Propose an idea", "slug": "propose"},
            },
        ),
        (
            ProposalBoardPage,
            {
                "fi": {"title": "Ideat", "slug": "ideat"},
                "sv": {"title": "Idéer", "slug": "ideer"},
                "en": {"title": "Ideas", "slug": "ideas"},
            },
        ),
    ],
)
def test_proposal_pages_are_rendered_for_every_reader(client, home, model, content):
    add_translated_page(home, model, content)
    path = f"/en/{content['en']['slug']}/"
    client.get(path)
    response, queries = queries_for(client, path)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    assert queries > 0


def test_workshop_pages_with_their_sign_up_form_and_seats_are_never_cached(client, home):
    index = add_translated_page(home, WorkshopIndexPage, INDEX_CONTENT)
    workshop = make_workshop(index)
    for path in (index.url, workshop.url):
        client.get(path)
        response = client.get(path)
        assert response.status_code == 200
        assert "X-Page-Cache" not in response


def test_search_results_are_never_cached(client, translated_page):
    client.get("/fi/search/?q=ideat")
    response, queries = queries_for(client, "/fi/search/?q=ideat")
    assert "X-Page-Cache" not in response
    assert queries > 0


def test_the_language_redirect_follows_each_browser(client, translated_page):
    assert client.get("/", headers={"accept-language": "sv"})["Location"] == "/sv/"
    assert client.get("/", headers={"accept-language": "en"})["Location"] == "/en/"


def test_the_catalog_filters_are_cached_per_combination_but_a_free_text_search_is_not(client, home):
    publish_catalog(home)
    client.get("/fi/kokeilut/?status=running&sort=start")
    # The same filters in another order, with an empty field the form sends, are the same entry.
    assert client.get("/fi/kokeilut/?sort=start&q=&status=running")["X-Page-Cache"] == "hit"
    assert "X-Page-Cache" not in client.get("/fi/kokeilut/?status=planned")

    client.get("/fi/kokeilut/?q=bussi")
    assert "X-Page-Cache" not in client.get("/fi/kokeilut/?q=bussi")


def test_an_unknown_parameter_is_not_a_new_cache_entry(client, translated_page):
    client.get(PAGE_PATHS["fi"] + "?utm_source=newsletter")
    assert "X-Page-Cache" not in client.get(PAGE_PATHS["fi"] + "?utm_source=newsletter")


def test_a_post_is_never_answered_from_the_cache(client, translated_page):
    client.get(PAGE_PATHS["fi"])
    response = client.post(PAGE_PATHS["fi"])
    assert "X-Page-Cache" not in response


def test_query_strings_are_normalised_and_bounded():
    assert normalised_query("b=2&a=1&c=") == (("a", "1"), ("b", "2"))
    assert normalised_query("status=b&status=a") == normalised_query("status=a&status=b&status=a")
    # An empty value beside a real one is kept: a view reading the last value reads the empty one.
    assert normalised_query("sort=start&sort=") == (("sort", ""), ("sort", "start"))
    assert normalised_query("q=" + "x" * 300) is None


INVALID_CATALOG_QUERIES = [
    "status=unknown",
    "status=running&status=unknown",
    "theme=qq",
    "theme=987654",
    "goal=qq",
    "think_tank=987654",
    "year=abcd",
    "year=1999",
    "page=987654",
    "page=0",
    "page=01",
    "sort=" + "x" * 150,
    "sort=newest&sort=start",
    "page=1&page=",
    "q=bussi",
]


def test_a_stranger_cannot_fill_the_cache_with_filter_values_the_catalog_refuses(client, home):
    publish_catalog(home)
    for query in INVALID_CATALOG_QUERIES:
        first = client.get(f"/fi/kokeilut/?{query}")
        second = client.get(f"/fi/kokeilut/?{query}")
        assert first.status_code == second.status_code == 200, query
        assert "X-Page-Cache" not in second, query
    # Nor through the content block kept for readers the page cache passes by (anyone can send a session cookie).
    client.cookies["sessionid"] = "made-up"
    client.get("/fi/kokeilut/")
    for query in INVALID_CATALOG_QUERIES:
        _first, first_queries = queries_for(client, f"/fi/kokeilut/?{query}")
        _second, second_queries = queries_for(client, f"/fi/kokeilut/?{query}")
        assert second_queries == first_queries, query


def test_the_catalogs_own_addresses_are_still_cached(client, home):
    publish_catalog(home)
    # What the filter form sends, and the first page's link from the pager.
    for query in ("q=&status=running&status=planned&year=&think_tank=&sort=newest", "page=1", "sort=start&page=1"):
        client.get(f"/fi/kokeilut/?{query}")
        assert client.get(f"/fi/kokeilut/?{query}")["X-Page-Cache"] == "hit", query
    # The checkboxes of one group in another order are the same answer.
    assert client.get("/fi/kokeilut/?status=planned&status=running&sort=newest")["X-Page-Cache"] == "hit"


def test_two_orders_of_a_repeated_parameter_each_get_the_order_the_page_reads_last(client, home):
    publish_catalog(home)
    for _round in range(2):
        start_last = client.get("/fi/kokeilut/?sort=newest&sort=start")
        newest_last = client.get("/fi/kokeilut/?sort=start&sort=newest")
        assert "X-Page-Cache" not in start_last and "X-Page-Cache" not in newest_last
        assert '<option value="start" selected>' in start_last.content.decode()
        assert '<option value="newest" selected>' in newest_last.content.decode()


@pytest.mark.parametrize("host", ["testserver:8123", "localhost", "other.example"])
def test_a_page_asked_for_under_another_host_or_port_is_answered_but_not_stored(client, translated_page, host):
    client.get(PAGE_PATHS["fi"], headers={"host": host})
    response = client.get(PAGE_PATHS["fi"], headers={"host": host})
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    # The site's own name, with its own port, is.
    client.get(PAGE_PATHS["fi"], headers={"host": "testserver:80"})
    assert client.get(PAGE_PATHS["fi"], headers={"host": "testserver:80"})["X-Page-Cache"] == "hit"


def test_a_cached_page_tells_a_cdn_to_keep_it_only_briefly(client, translated_page, settings):
    settings.PORTAL_PAGE_CACHE_MAX_AGE = 45
    first = client.get(PAGE_PATHS["fi"])
    second = client.get(PAGE_PATHS["fi"])
    assert second["X-Page-Cache"] == "hit"
    for response in (first, second):
        assert set(response["Cache-Control"].split(", ")) == {"public", "max-age=45"}
    # A page for a reader with a session is theirs: no CDN keeps it.
    client.cookies["sessionid"] = "someone-who-sent-a-form"
    assert "public" not in client.get(PAGE_PATHS["fi"]).get("Cache-Control", "")


def test_an_editors_preview_shows_the_draft_and_never_reaches_readers(client, translated_page):
    client.get(PAGE_PATHS["fi"])
    translated_page.introduction = "Luonnos, jota kukaan ei saa vielä nähdä."
    translated_page.save_revision()
    draft = translated_page.get_latest_revision_as_object()

    # The preview is rendered at the live page's address, through the same middleware and templates.
    preview = draft.make_preview_request()
    assert "Luonnos, jota kukaan ei saa vielä nähdä." in preview.content.decode()
    assert "Luonnos" not in client.get(PAGE_PATHS["fi"]).content.decode()
    client.cookies["sessionid"] = "someone-who-sent-a-form"
    assert "Luonnos" not in client.get(PAGE_PATHS["fi"]).content.decode()


def test_a_reader_with_a_session_gets_the_same_content_as_everyone(client, translated_page):
    anonymous = client.get(PAGE_PATHS["sv"]).content.decode()
    client.cookies["sessionid"] = "someone-who-sent-a-form"
    first = client.get(PAGE_PATHS["sv"]).content.decode()
    second = client.get(PAGE_PATHS["sv"]).content.decode()
    assert "Idéerna föds i tankesmedjorna." in first
    assert first == second == anonymous


def test_every_reader_of_a_workshop_gets_their_own_csrf_token_and_render_stamp(client, home):
    import re

    index = add_translated_page(home, WorkshopIndexPage, INDEX_CONTENT)
    workshop = make_workshop(index)
    pages = [type(client)().get(workshop.url) for _reader in range(3)]

    stamps = {re.search(r'name="rendered_at" value="([^"]+)"', page.content.decode()).group(1) for page in pages}
    tokens = {
        re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode()).group(1) for page in pages
    }
    assert len(stamps) == len(tokens) == 3
    # Each reader gets the cookie their token belongs to.
    assert all("csrftoken" in page.cookies for page in pages)
    assert all("\x00" not in page.content.decode() for page in pages)


def test_a_head_request_gets_the_cached_headers_without_the_body(client, translated_page):
    page = client.get(PAGE_PATHS["en"])
    head = client.head(PAGE_PATHS["en"])
    assert head["X-Page-Cache"] == "hit"
    assert head.content == b""
    assert head["Content-Length"] == page["Content-Length"]


def test_a_stranger_choosing_host_ports_leaves_nothing_in_the_cache_under_them(client, home, monkeypatch):
    publish_catalog(home)
    index = add_translated_page(home, WorkshopIndexPage, INDEX_CONTENT)
    paths = ["/fi/kokeilut/", "/fi/kokeilut/?status=running&sort=start", index.url, make_workshop(index).url]
    stored = []
    store = cache.set
    monkeypatch.setattr(cache, "set", lambda key, *args, **kwargs: stored.append(key) or store(key, *args, **kwargs))

    for port in (8001, 8002):
        for cookies in ({}, {"sessionid": "made-up"}):
            client.cookies.clear()
            for name, value in cookies.items():
                client.cookies[name] = value
            for path in paths * 2:
                assert client.get(path, headers={"host": f"testserver:{port}"}).status_code == 200
    assert [key for key in stored if "testserver:800" in key] == []

    # The site's own address is kept as before.
    client.cookies.clear()
    for path in paths:
        client.get(path)
    assert any(key.startswith("portal:page:http:testserver:/fi/kokeilut/") for key in stored)
