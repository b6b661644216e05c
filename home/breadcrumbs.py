"""The trail from the front page down to the page being read, for the breadcrumbs on every page below it."""

from dataclasses import dataclass

from django.utils.translation import pgettext
from wagtail.models import Page

from .surroundings import FRONT_PAGE_DEPTH, surrounding_pages


@dataclass(frozen=True)
class Crumb:
    title: str
    url: str


def breadcrumb_trail(request, page):
    """Return the crumbs from the front page to `page`, both included, or [] for a front page (or no page).

    The ancestors come in one query whatever the depth (shared with the language versions and the menu), and their addresses from the site root paths Wagtail
    keeps on the request. A section that is not published is left out: its address would only answer 404.
    """
    if not isinstance(page, Page) or page.depth <= FRONT_PAGE_DEPTH:
        return []
    ancestors = surrounding_pages(request, page)["ancestors"]
    crumbs = []
    for ancestor in [*ancestors, page]:
        url = ancestor.get_url(request)
        if url is None:
            continue
        # Readers know the top of every site as its front page, whatever the editors titled it.
        title = front_page_title() if ancestor.depth == FRONT_PAGE_DEPTH else ancestor.title
        crumbs.append(Crumb(title, url))
    return crumbs


def front_page_title():
    return pgettext("breadcrumbs", "Front page")
