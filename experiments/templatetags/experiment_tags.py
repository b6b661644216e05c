"""Template tags for experiments shown anywhere on the site, so that pages of other apps (the home page sits below
experiments) show them without importing them.

{% theme_catalog_url link %}                  the catalog filtered by a page's theme, in the reader's language
{% latest_results page as experiments %}     the experiments whose results came last, in `page`'s language
{% experiment_catalog_page page as catalog %}  the experiment catalog in `page`'s language, or None
"""

from urllib.parse import urlencode

from django import template
from wagtail.models import Locale

from experiments.models import ExperimentIndexPage, ExperimentPage

register = template.Library()

# The home page shows the latest few; the catalog has them all.
RESULTS_ON_HOME_PAGE = 3


def catalog_url(request):
    """Return the address of the catalog in the active language, or "" where there is none; once per request."""
    if not hasattr(request, "_experiment_catalog_url"):
        catalog = ExperimentIndexPage.objects.live().public().filter(locale=Locale.get_active()).first()
        request._experiment_catalog_url = catalog.get_url(request) if catalog else ""
    return request._experiment_catalog_url


@register.simple_tag(takes_context=True)
def theme_catalog_url(context, link):
    """Return the catalog's address filtered by a page's theme, in the reader's language ("" without a catalog)."""
    request = context.get("request")
    theme_id = getattr(link, "localized_id", None) or getattr(link, "theme_id", None)
    base = catalog_url(request) if request is not None else ""
    if not base or theme_id is None:
        return ""
    return f"{base}?{urlencode({'theme': theme_id})}"


@register.simple_tag
def latest_results(page):
    """Return the live experiments in `page`'s language that have ended with a written result, latest first.

    An experiment's result is written when it ends, so the end date says how fresh the result is. A fixed number
    of queries, with what the cards show.
    """
    return list(
        ExperimentPage.objects.live()
        .public()
        .filter(locale_id=page.locale_id, ends_on__isnull=False)
        .ended()
        .exclude(result="")
        .with_card_data()
        .order_by("-ends_on", "-pk")[:RESULTS_ON_HOME_PAGE]
    )


@register.simple_tag
def experiment_catalog_page(page):
    """Return the live experiment catalog in `page`'s language, or None."""
    return ExperimentIndexPage.objects.live().public().filter(locale_id=page.locale_id).order_by("path").first()
