"""The pages every page shows around itself: its language versions, its ancestors and the menu, in one query.

The language switcher, the breadcrumbs and the navigation each need a few live pages. Each is a cached fragment, but
with nothing cached each read its own rows; read together they cost one query per request whichever of them misses
first, and the others take their rows from the request's memo (home/request_memo.py).
"""

from django.db.models import Q, Subquery
from django.utils.translation import get_language
from wagtail.models import Page, Site

from .request_memo import remembered

# Depth 1 is Wagtail's root; each language's front page sits right under it.
FRONT_PAGE_DEPTH = 2


def surrounding_pages(request, page=None):
    """Return the live pages around `page` (None for a view that is no page) in the active language's site.

    A dict of "translations" (every live language version of `page`, itself included), "ancestors" (from the front
    page down, `page` excluded), "home" (the site's front page in the active language, or None) and "menu" (the
    front page's live children shown in menus, in tree order).
    """
    page = page if isinstance(page, Page) else None
    root_path = _root_path(Site.find_for_request(request), get_language())
    key = ("surrounding_pages", page.pk if page else None, root_path)
    return remembered(key, lambda: _read(page, root_path))


def _root_path(site, language):
    """Return the internal path of `site`'s front page in `language`, from the site root paths, or None."""
    if site is None:
        return None
    return next(
        (
            srp.root_path
            for srp in Site.get_site_root_paths()
            if srp.site_id == site.pk and srp.language_code == language
        ),
        None,
    )


def _read(page, root_path):
    wanted = Q(pk__in=[])
    ancestor_paths = []
    if page is not None:
        ancestor_paths = [page.path[: page.steplen * depth] for depth in range(FRONT_PAGE_DEPTH, page.depth)]
        wanted |= Q(translation_key=page.translation_key) | Q(path__in=ancestor_paths)
    if root_path is not None:
        home_depth = Page.objects.filter(url_path=root_path).values("depth")[:1]
        wanted |= Q(url_path=root_path) | Q(
            url_path__startswith=root_path, depth=Subquery(home_depth) + 1, show_in_menus=True
        )
    rows = list(Page.objects.live().filter(wanted).select_related("locale").order_by("path"))

    home = next((row for row in rows if root_path is not None and row.url_path == root_path), None)
    return {
        "translations": [row for row in rows if page is not None and row.translation_key == page.translation_key],
        "ancestors": [row for row in rows if row.path in ancestor_paths],
        "home": home,
        "menu": [
            row
            for row in rows
            if home is not None and row.depth == home.depth + 1 and row.path.startswith(home.path) and row.show_in_menus
        ],
    }
