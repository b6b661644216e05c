"""Template tags that let other content areas show workshops without importing them.

{% load workshop_tags %}
{% workshops_under page as workshops %}        on a think tank page: its upcoming workshops
{% workshops_under page upcoming=False as all %}
{% workshop_participant_figures as figures %}   on the impact page: figures.total, figures.by_stakeholder_group
"""

from django import template

from .models import WorkshopSignup
from .pages import WorkshopPage

register = template.Library()


@register.simple_tag
def workshops_under(page, upcoming=True):
    """Return the live workshops below `page` in its language, soonest first (only those to come by default)."""
    workshops = WorkshopPage.objects.live().public().descendant_of(page).filter(locale_id=page.locale_id)
    if upcoming:
        workshops = workshops.upcoming()
    return workshops.order_by("starts_at", "pk")


@register.simple_tag
def workshop_participant_figures():
    """Return how many people attended workshops, in total and by stakeholder group."""
    return WorkshopSignup.objects.participant_figures()
