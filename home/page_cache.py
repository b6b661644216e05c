"""Whole-page cache for anonymous readers of published content.

A reader without a session gets a content page straight from the cache (Redis when PORTAL_REDIS_URL is set, local memory
otherwise), without touching the database. Each entry carries the content version it was rendered under
(home/cache.py), read together with the current version in one round trip, so the first request after an editor
publishes, unpublishes, moves or deletes a page, or a moderator changes or an erasure removes something a page shows,
misses and renders the new content, which replaces the old entry.

Only what the Wagtail page hook below marks as cacheable is stored: a live, unrestricted page whose class does not
set `page_cache_exempt = True` (pages with forms or live seat counts do). Everything else (search, the admin, the
`/` language redirect, documents, the sitemap) is never marked and so never stored. A response is also refused
when it sets a cookie, used the CSRF token, is not a 200, or says it is private or not to be stored.

What a stranger can make us store is bounded by what the site publishes, not by what they type:

- Host: only a request for the Wagtail site's own host name (with no port, or the site's port) is stored. Every
  page carries absolute links built from the request's host, so a page rendered for another name or port is served
  to whoever asked and never kept, not even under the site's name.
- Query string: a page says which parameter values it answers differently with `page_cache_query(request)`,
  cleaned by the same form its view reads them with; without that method a page reads no parameters. The response
  is stored only when the request's parameters are exactly that cleaned form (see `normalised_query`): an unknown
  parameter, an invalid or out-of-range value, a duplicate that the view would read differently, or free text
  (the catalog's `q`) is rendered and not stored.

What is stored is also sent with `Cache-Control: public, max-age=PORTAL_PAGE_CACHE_MAX_AGE` (60 s): a CDN in front
cannot see the content version, so its copy may lag behind a moderation decision or an erasure by that much.
"""

from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.http.request import split_domain_port
from django.utils.cache import patch_cache_control
from wagtail.models import Page, Site

from .cache import CONTENT_VERSION_KEY, content_version, pinned_content_version
from .request_memo import request_memo

# Not only a publish changes what a page shows: listings of "upcoming" things follow the clock. An entry lives at
# most this long, so such a page is at most this much behind.
DEFAULT_TIMEOUT = 10 * 60
# How long a CDN or a browser may keep a page the page cache stores: short, because they never see the content
# version, and a moderation decision or an erasure is not a publish that Wagtail's front-end cache purge follows.
DEFAULT_MAX_AGE = 60
QUERY_STRING_MAX_LENGTH = 200
REQUEST_FLAG = "_portal_page_cache"
CLEANED_QUERIES = "_portal_page_cache_queries"
# Public pages live under a language prefix; the site lookup is remembered only for them.
LANGUAGE_PREFIXES = {code for code, _name in settings.LANGUAGES}


def page_cache_timeout():
    return getattr(settings, "PORTAL_PAGE_CACHE_TIMEOUT", DEFAULT_TIMEOUT)


def page_cache_max_age():
    return getattr(settings, "PORTAL_PAGE_CACHE_MAX_AGE", DEFAULT_MAX_AGE)


def normalised_query(query_string):
    """Return the query string's distinct (name, value) pairs, sorted, or None if it is too long to be cached.

    A name given only with an empty value is left out: the views read it as absent, and a GET form sends its empty
    fields. Repeated values are kept side by side, sorted, so the checkboxes of one group (status=a&status=b) match
    in any order. Two different values of a name a view reads once (sort=newest&sort=start, where Django reads the
    last) also give one sorted key, but a page's cleaned parameters hold such a name once, so that key is never
    stored: each order is rendered as the view reads it.
    """
    if len(query_string) > QUERY_STRING_MAX_LENGTH:
        return None
    pairs = set(parse_qsl(query_string, keep_blank_values=True))
    named = {name for name, value in pairs if value != ""}
    return tuple(sorted((name, value) for name, value in pairs if value != "" or name in named))


def cleaned_query(request, page):
    """Return the parameters `page` answers this request with, as `normalised_query` orders them, or None.

    None means that the page does not answer this request from its cleaned parameters alone (free text, a value
    its form refuses). The answer is kept on the request: the page hook and the content block both ask.
    """
    remembered = getattr(request, CLEANED_QUERIES, None)
    if remembered is None:
        remembered = {}
        setattr(request, CLEANED_QUERIES, remembered)
    if page.pk not in remembered:
        clean = getattr(page, "page_cache_query", None)
        pairs = clean(request) if clean is not None else ()
        remembered[page.pk] = None if pairs is None else tuple(sorted(set(pairs)))
    return remembered[page.pk]


def is_canonical_host(request):
    """Return whether the request names its Wagtail site's own host name, with no port or the site's port."""
    site = Site.find_for_request(request)
    if site is None:
        return False
    hostname, port = split_domain_port(request.get_host())
    return hostname == site.hostname.lower() and port in ("", str(site.port))


def is_cacheable_query(request, page):
    """Return whether the request's address is the one the page cache keeps for what `page` answers it with.

    Only then can the address's key stand for the answer: any request with the same normalised query string gets
    the same answer from the view.
    """
    query = normalised_query(request.META.get("QUERY_STRING", ""))
    return query is not None and query == cleaned_query(request, page) and is_canonical_host(request)


def cache_key(request, query):
    # The host is part of the key: one Django project may serve several Wagtail sites. The content version is not:
    # it is stored with the entry and compared on reading, so that one round trip to the cache fetches both.
    return f"portal:page:{request.scheme}:{request.get_host()}:{request.path}?{urlencode(query)}"


# A session means someone logged in (or a form flow in progress); a messages cookie carries a notice that the
# next page must show. Either makes the page personal.
MESSAGES_COOKIE = "messages"


def may_use_cache(request):
    """Return whether this request may be answered from, and its response stored in, the page cache."""
    if request.method not in ("GET", "HEAD"):
        return False
    # Wagtail's previews (and other dummy requests it makes) run through the middleware at the live address.
    if getattr(request, "is_dummy", False):
        return False
    return settings.SESSION_COOKIE_NAME not in request.COOKIES and MESSAGES_COOKIE not in request.COOKIES


def mark_page_cacheable(page, request):
    """Remember that `request` is being served `page` and whether its response may be stored.

    Called from the `before_serve_page` hook, where Wagtail has found the page but not yet rendered it.
    """
    if getattr(page, "page_cache_exempt", False) or not may_use_cache(request):
        return
    if not is_cacheable_query(request, page):
        return
    # A page behind a password or a login is personal to whoever passed the check.
    if page.get_view_restrictions().exists():
        return
    setattr(request, REQUEST_FLAG, True)


def content_fragment_key(request, page):
    """Return the cache key of the main content a page renders for this request, or None to render it afresh.

    The content block of a page that may be cached shows published content only, whoever asks: it is kept for
    requests the page cache passes by (a reader with a session, an editor), keyed like a cached page. Never for
    previews, which show a draft under the live page's address.
    """
    if request is None or page is None or not isinstance(page, Page):
        return None
    if request.method not in ("GET", "HEAD") or getattr(request, "is_preview", False):
        return None
    if getattr(page, "page_cache_exempt", False) or not is_cacheable_query(request, page):
        return None
    query = urlencode(cleaned_query(request, page))
    return f"portal:content:{content_version()}:{request.scheme}:{request.get_host()}:{request.path}?{query}"


def response_is_storable(request, response):
    if not getattr(request, REQUEST_FLAG, False) or request.method != "GET":
        return False
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    # The page put a CSRF token in its HTML: the token belongs to this reader's cookie, not to the next reader.
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    return not any(word in cache_control for word in ("private", "no-store", "no-cache"))


def remember_site(request):
    """Find the request's Wagtail site once per host and content version instead of once per request.

    Wagtail keeps the site it finds on the request (`_wagtail_site`); giving it one from the cache saves its
    lookup query. Should a Wagtail version stop reading that attribute, it simply looks the site up again.
    """
    key = f"portal:site:{content_version()}:{request.get_host()}:{request.get_port()}"
    site = cache.get(key)
    if site is not None:
        request._wagtail_site = site
        return
    site = Site.find_for_request(request)
    # A key per host name and port a stranger sends would be unbounded: only the site's own address is kept.
    if site is not None and is_canonical_host(request):
        cache.set(key, site, page_cache_timeout())


class PageCacheMiddleware:
    """Answer anonymous GETs of content pages from the cache; store the responses the page hook marked.

    Placed after the security and static-file middleware (their headers are added to every answer, cached or
    not) and before the session, locale and CSRF middleware, whose work is already in a stored response.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD"):
            return self.render(request)
        query = normalised_query(request.META.get("QUERY_STRING", "")) if may_use_cache(request) else None
        key = cache_key(request, query) if query is not None else None
        found = cache.get_many([CONTENT_VERSION_KEY, key] if key else [CONTENT_VERSION_KEY])
        version = found.get(CONTENT_VERSION_KEY) or content_version()
        stored = found.get(key)
        if stored is not None and stored[0] == version:
            return self.rebuild(stored, head=request.method == "HEAD")
        # A reading request renders with the version read above, whatever is published meanwhile: its page is
        # stored under that version, so the next reader after a publish still renders afresh.
        with pinned_content_version(version), request_memo():
            response = self.render(request)
        if key and response_is_storable(request, response):
            patch_cache_control(response, public=True, max_age=page_cache_max_age())
            cache.set(key, self.snapshot(version, response), page_cache_timeout())
        return response

    def render(self, request):
        if request.path.split("/", 2)[1] in LANGUAGE_PREFIXES:
            remember_site(request)
        return self.get_response(request)

    @staticmethod
    def snapshot(version, response):
        # Plain values, not the response object: smaller in the cache and nothing of the request comes along.
        return (version, response.content, list(response.items()))

    @staticmethod
    def rebuild(stored, head=False):
        _version, content, headers = stored
        # A HEAD gets the headers of the stored GET, Content-Length included, and no body.
        response = HttpResponse(b"" if head else content)
        for name, value in headers:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return response
