"""What one reading request asks the database once, however many parts of the page ask for it.

Wagtail looks some things up afresh on every call: the active locale (`Locale.get_active()`), every view restriction
of the site (each `PageQuerySet.public()`), the site root paths (`Site.get_site_root_paths()`, kept in the cache,
so asked anew when the cache holds nothing) and a page's view restrictions (its own check before serving, and the
page cache's). A page calls these from its route, its hooks, its listings, navigation and footer: with no cache,
the same rows were read up to six times per request. The site lookup and the site root paths read the same sites,
so they share one query of them (Wagtail's matching of a host name is repeated here, over those rows).

For the length of one GET or HEAD (home/page_cache.py opens the memo), each of these is read once and the answer
reused. Outside such a request (a POST, the admin's writes, tasks, the shell) nothing is remembered, so no code
that changes these rows can read its own stale copy.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.http.request import split_domain_port
from django.utils import translation
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.models.sites import (
    MATCH_DEFAULT,
    MATCH_HOSTNAME,
    MATCH_HOSTNAME_DEFAULT,
    MATCH_HOSTNAME_PORT,
    SITE_ROOT_PATHS_CACHE_KEY,
    SITE_ROOT_PATHS_CACHE_VERSION,
    SiteRootPath,
)
from wagtail.query import PageQuerySet

_memo = ContextVar("portal_request_memo", default=None)


@contextmanager
def request_memo():
    """Remember the look-ups above until the block ends."""
    token = _memo.set({})
    try:
        yield
    finally:
        _memo.reset(token)


def remembered(name, compute):
    """Return `compute()`, computed once per reading request under `name`; afresh outside one."""
    memo = _memo.get()
    if memo is None:
        return compute()
    if name not in memo:
        memo[name] = compute()
    return memo[name]


def remember(name, value):
    """Keep `value` under `name` for the rest of the reading request, if in one."""
    memo = _memo.get()
    if memo is not None:
        memo[name] = value


def view_restrictions():
    """Return every view restriction of every site, with its page, read once per reading request."""
    return remembered("view_restrictions", lambda: list(PageViewRestriction.objects.select_related("page")))


_original_get_active = Locale.get_active.__func__
_original_get_default = Locale.get_default.__func__
_original_get_view_restrictions = Page.get_view_restrictions
_original_get_site_root_paths = Site.get_site_root_paths
_original_find_for_request = Site._find_for_request


def _get_default(cls):
    return remembered("default_locale", lambda: _original_get_default(cls))


def _get_active(cls):
    return remembered(("active_locale", translation.get_language()), lambda: _original_get_active(cls))


def _private_q(self):
    # Wagtail's own private_q, over the restrictions read once instead of once per listing.
    q = Q()
    for restriction in view_restrictions():
        q |= self.descendant_of_q(restriction.page, inclusive=True)
    return q if q else Q(pk__in=[])


def _get_view_restrictions(self):
    # With no restriction anywhere, no page has one: the answer needs no query of its own. With some, Wagtail's
    # lookup decides, aliases and all.
    if _memo.get() is not None and not view_restrictions():
        return PageViewRestriction.objects.none()
    return _original_get_view_restrictions(self)


def all_sites():
    """Return every Wagtail site with its root page and locale, in the order Wagtail lists site root paths."""
    return remembered(
        "sites",
        lambda: list(
            Site.objects.select_related("root_page", "root_page__locale").order_by(
                "-root_page__url_path", "-is_default_site", "hostname"
            )
        ),
    )


def _find_for_request(request):
    # Wagtail's matching (wagtail.models.sites.get_site_for_hostname) over the sites the site root paths read
    # anyway, instead of a query of its own.
    if _memo.get() is None:
        return _original_find_for_request(request)
    hostname = split_domain_port(request._get_raw_host())[0]
    port = str(request.get_port())

    def match(site):
        if site.hostname == hostname and str(site.port) == port:
            return MATCH_HOSTNAME_PORT
        if site.hostname == hostname and site.is_default_site:
            return MATCH_HOSTNAME_DEFAULT
        return MATCH_DEFAULT if site.is_default_site else MATCH_HOSTNAME

    sites = sorted(
        (site for site in all_sites() if site.hostname == hostname or site.is_default_site),
        key=match,
    )
    if not sites:
        return None
    if len(sites) == 1 or match(sites[0]) in (MATCH_HOSTNAME_PORT, MATCH_HOSTNAME_DEFAULT):
        return sites[0]
    if match(sites[0]) == MATCH_DEFAULT:
        return sites[len(sites) == 2]
    return None


def _site_root_paths():
    # Wagtail's own list and cache entry; with nothing cached, the translations of every site's root page come in
    # one query instead of one per site, and the sites are those the site lookup shares.
    result = cache.get(SITE_ROOT_PATHS_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION)
    if result is not None:
        # Some cache backends return the tuples as plain ones.
        return [SiteRootPath(*root_path) for root_path in result]
    sites = all_sites()
    if getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        translations = {}
        for page in (
            Page.objects.filter(translation_key__in={site.root_page.translation_key for site in sites})
            .select_related("locale")
            .order_by("path")
        ):
            translations.setdefault(page.translation_key, []).append(page)
        result = [
            SiteRootPath(site.id, root_page.url_path, site.root_url, root_page.locale.language_code)
            for site in sites
            for root_page in translations.get(site.root_page.translation_key, [])
        ]
    else:
        result = [
            SiteRootPath(site.id, site.root_page.url_path, site.root_url, site.root_page.locale.language_code)
            for site in sites
        ]
    cache.set(SITE_ROOT_PATHS_CACHE_KEY, result, 3600, version=SITE_ROOT_PATHS_CACHE_VERSION)
    return result


def _get_site_root_paths():
    if _memo.get() is None:
        return _original_get_site_root_paths()
    return remembered("site_root_paths", _site_root_paths)


def install():
    """Route Wagtail's own look-ups through the memo; called once from the app's ready()."""
    Locale.get_active = classmethod(_get_active)
    Locale.get_default = classmethod(_get_default)
    PageQuerySet.private_q = _private_q
    Page.get_view_restrictions = _get_view_restrictions
    Site.get_site_root_paths = staticmethod(_get_site_root_paths)
    Site._find_for_request = staticmethod(_find_for_request)
