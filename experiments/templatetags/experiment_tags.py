"""Template tags that let the home page show experiments without importing them (home sits below experiments).

{% load experiment_tags %}
{% latest_results page as experiments %}     the experiments whose results came last, in `page`'s language
{% experiment_catalog_page page as catalog %}  the experiment catalog in `page`'s language, or None
"""

from django import template

from experiments.models import ExperimentIndexPage, ExperimentPage

register = template.Library()

# The home page shows the latest few; the catalog has them all.
RESULTS_ON_HOME_PAGE = 3


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
