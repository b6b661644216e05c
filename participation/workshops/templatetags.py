"""Template tags that let other content areas show workshops without importing them.

{% load workshop_tags %}
{% workshops_under page as workshops %}        on a think tank page: its upcoming workshops
{% workshops_under page upcoming=False as all %}
"""

from django import template

from .pages import WorkshopPage

register = template.Library()


@register.simple_tag
def workshops_under(page, upcoming=True):
    """Return the live workshops below `page` in its language, soonest first (only those to come by default)."""
    workshops = WorkshopPage.objects.live().public().descendant_of(page).filter(locale_id=page.locale_id)
    if upcoming:
        workshops = workshops.upcoming()
    return workshops.order_by("starts_at", "pk")
