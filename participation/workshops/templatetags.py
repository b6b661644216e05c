"""Template tags that let other content areas show workshops without importing them.

{% load workshop_tags %}
{% think_tank_workshops page as workshops %}    on a think tank page: workshops.upcoming, workshops.past,
                                                 workshops.calendar_url (its own iCalendar feed)
{% think_tank_calendar_url page as url %}       the same feed's address alone, for the page's <head>
{% workshops_with_seats_left page as cards %}   on the home page: the next workshops one can still get a seat at
{% workshop_listing_page page as listing %}     the workshop listing in `page`'s language, or None
{% experiment_workshops page as workshops %}    on an experiment page: the upcoming workshops that work on it
"""

from django import template
from django.utils import timezone

from .pages import WorkshopIndexPage, WorkshopPage
from .services import upcoming_with_seats_left

register = template.Library()

# A think tank page shows its latest past workshops; the listing keeps them all, a page at a time.
PAST_ON_THINK_TANK_PAGE = 10
# The home page invites to the next few workshops only; the listing has them all.
ON_HOME_PAGE = 3


def workshop_listing(page):
    """Return the live workshop listing in `page`'s language, or None; looked up once per page object."""
    if "_workshop_listing" not in page.__dict__:
        page._workshop_listing = (
            WorkshopIndexPage.objects.live().public().filter(locale_id=page.locale_id).order_by("path").first()
        )
    return page._workshop_listing


@register.simple_tag
def think_tank_calendar_url(think_tank):
    """Return the address of the think tank's own workshop feed, served by the listing of its language."""
    listing = workshop_listing(think_tank)
    return listing.think_tank_calendar_url(think_tank) if listing else ""


@register.simple_tag
def think_tank_workshops(think_tank):
    """Return the think tank's live workshops in its page's language: those to come, soonest first, and the latest
    past ones; whether they sit under the think tank, the listing or elsewhere.

    The same set as the think tank's feed and the listing (`WorkshopIndexPage.think_tank_workshops`).
    """
    now = timezone.now()
    workshops = WorkshopPage.objects.live().public().filter(locale_id=think_tank.locale_id).run_by(think_tank)
    return {
        "upcoming": list(workshops.upcoming(now).order_by("starts_at", "pk")),
        "past": list(workshops.past(now).order_by("-starts_at", "-pk")[:PAST_ON_THINK_TANK_PAGE]),
        "calendar_url": think_tank_calendar_url(think_tank),
    }


@register.simple_tag
def workshop_listing_page(page):
    """Return the live workshop listing in `page`'s language, or None."""
    return workshop_listing(page)


@register.simple_tag
def workshops_with_seats_left(page):
    """Return the next workshops in `page`'s language that one can still sign up for a seat at, as
    {"workshop", "status"}, soonest first: a fixed number of queries however many workshops there are."""
    return upcoming_with_seats_left(locale=page.locale, limit=ON_HOME_PAGE)


@register.simple_tag
def experiment_workshops(experiment):
    """Return the live upcoming workshops in the experiment page's language that work on it, soonest first.

    Editors link a workshop to the Finnish experiment and the link is copied to the translations: matching by the
    experiment's translation key finds it from any language version, in one query.
    """
    return list(
        WorkshopPage.objects.live()
        .public()
        .filter(
            locale_id=experiment.locale_id, experiment_links__experiment__translation_key=experiment.translation_key
        )
        .upcoming()
        .distinct()
        .order_by("starts_at", "pk")
    )
