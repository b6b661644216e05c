"""Template tags for experiments shown anywhere on the site: theme chips that lead to the filtered catalog."""

from urllib.parse import urlencode

from django import template
from wagtail.models import Locale

from experiments.models import ExperimentIndexPage

register = template.Library()


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
