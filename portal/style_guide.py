"""The living style guide: the design system's colours, type and components, drawn with the demo's own content.

It sits in portal/ because it shows parts of every app (experiments' cards and badges, the forms' states); nothing
imports it. It is not for search engines (noindex), only for the people who build and review the site's look.
"""

from types import SimpleNamespace

from django.shortcuts import render
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from experiments.choices import Status
from experiments.lineage import lineage
from experiments.models import ExperimentPage, Theme
from portal.design import PAIRS

SHOWN_EXPERIMENTS = 2
SHOWN_THEMES = 4


@require_safe
def style_guide(request):
    locale = Locale.get_active()
    experiments = list(
        ExperimentPage.objects.live()
        .public()
        .filter(locale=locale)
        .exclude(image=None)
        .order_by("path")
        .with_card_data()[:SHOWN_EXPERIMENTS]
    )
    example = experiments[0] if experiments else None
    themes = [
        # Shaped like a page's theme link, so the chips come from the same include as everywhere else.
        SimpleNamespace(name=theme.name, localized_id=theme.pk)
        for theme in Theme.objects.filter(locale=locale).order_by("name")[:SHOWN_THEMES]
    ]
    context = {
        "pairs": PAIRS,
        "statuses": Status.choices,
        "themes": themes,
        "experiments": experiments,
        "example": example,
        "steps": lineage(example, request) if example else [],
        "heading_levels": (1, 2, 3, 4),
    }
    response = render(request, "style_guide.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response
