"""iCalendar (RFC 5545) files of workshops: the listing's feed, and the invitation and cancellation sent to a person.

Times are written in the workshop's own zone, Europe/Helsinki, with its VTIMEZONE, so calendars show the right
hour on both sides of a daylight-saving change; DTSTAMP is in UTC as the standard asks.
"""

from datetime import UTC, datetime, timedelta
from email.utils import parseaddr
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from home.local_formats import format_range

WORKSHOP_ZONE = ZoneInfo("Europe/Helsinki")
PRODUCT_ID = "-//City of Vaasa//Future Vaasa workshops//EN"


def new_calendar(name=None):
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
        calendar.add("x-wr-timezone", "Europe/Helsinki")
    return calendar


def event_uid(workshop):
    # One workshop is one event in every language: the translation key is shared by its language versions.
    host = settings.ALLOWED_HOSTS[0] if settings.ALLOWED_HOSTS and settings.ALLOWED_HOSTS[0] != "*" else "portal"
    return f"workshop-{workshop.translation_key}@{host}"


def workshop_location(workshop, *, include_online_link=False):
    """Return the venue as one line; the online link only for someone who has a confirmed seat."""
    parts = [part for part in (workshop.venue, workshop.address) if part]
    if workshop.online_url:
        parts.append(workshop.online_url if include_online_link else _("Online"))
    return ", ".join(parts)


def workshop_event(workshop, *, url, include_online_link=False, description=""):
    event = Event()
    event.add("uid", event_uid(workshop))
    event.add("dtstamp", timezone.now().astimezone(ZoneInfo("UTC")))
    event.add("dtstart", workshop.starts_at.astimezone(WORKSHOP_ZONE))
    event.add("dtend", workshop.ends_at.astimezone(WORKSHOP_ZONE))
    event.add("summary", workshop.title)
    location = workshop_location(workshop, include_online_link=include_online_link)
    if location:
        event.add("location", location)
    # The time as the reader writes it opens the description: some calendars show only the text of an invitation.
    when = format_range(workshop.starts_at, workshop.ends_at)
    event.add("description", "\n\n".join(part for part in (when, description or workshop.introduction, url) if part))
    event.add("url", url)
    event.add("status", "CONFIRMED")
    if workshop.last_published_at:
        event.add("last-modified", workshop.last_published_at.astimezone(ZoneInfo("UTC")))
    return event


def calendar_bytes(calendar, workshops=()):
    # A VTIMEZONE covering only the years around the events keeps the file small and exact.
    starts = [workshop.starts_at.date() for workshop in workshops] or [timezone.now().date()]
    calendar.add_missing_timezones(
        first_date=min(starts) - timedelta(days=366), last_date=max(starts) + timedelta(days=366)
    )
    return calendar.to_ical()


def workshops_feed(workshops, *, name, url_for):
    """Return the feed of `workshops` as bytes; `url_for(workshop)` gives each one's public address."""
    workshops = list(workshops)
    calendar = new_calendar(name)
    for workshop in workshops:
        calendar.add_component(workshop_event(workshop, url=url_for(workshop)))
    return calendar_bytes(calendar, workshops)


def signup_invitation(workshop, *, url, manage_url, sequence=0):
    """Return the .ics attached to a confirmation: the event with the online link and the manage link in it.

    `sequence` is the sign-up's `signup_sequence()`, so that a later cancellation outranks it.
    """
    calendar = new_calendar()
    description = "\n\n".join(
        part
        for part in (
            workshop.introduction,
            _("Cancel or check your sign-up: %(url)s") % {"url": manage_url},
        )
        if part
    )
    event = workshop_event(workshop, url=url, include_online_link=True, description=description)
    event.add("sequence", sequence)
    calendar.add_component(event)
    return calendar_bytes(calendar, [workshop])


# SEQUENCE orders the messages about one event: a calendar applies a message only when its SEQUENCE is not lower than
# that of the version it holds. A sign-up's messages count it in seconds from this epoch to the sign-up's last state
# change, an integer that fits the property's 32 bits until 2093: a cancellation (one more than its own change) then
# outranks the invitation before it, and the invitation of a new sign-up after a cancellation outranks that.
SEQUENCE_EPOCH = datetime(2025, 1, 1, tzinfo=UTC)


def signup_sequence(signup):
    """Return the SEQUENCE of the invitation describing `signup` as it is now."""
    return max(0, int((signup.state_changed_at - SEQUENCE_EPOCH).total_seconds()))


def signup_cancellation(workshop, *, url, signup):
    """Return the .ics of a sign-up that has lost its seat: METHOD:CANCEL for the invitation's event.

    Same UID as the invitation, STATUS:CANCELLED and a higher SEQUENCE, so calendar apps take the event out of the
    person's calendar. iTIP (RFC 5546) asks a cancellation to name its organiser and the attendee it concerns.
    """
    calendar = new_calendar()
    calendar["method"] = "CANCEL"
    event = workshop_event(workshop, url=url)
    event["status"] = "CANCELLED"
    event.add("sequence", signup_sequence(signup) + 1)
    name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    organizer = icalendar.vCalAddress(f"mailto:{address}")
    if name:
        organizer.params["cn"] = icalendar.vText(name)
    event.add("organizer", organizer)
    event.add("attendee", icalendar.vCalAddress(f"mailto:{signup.email}"))
    calendar.add_component(event)
    return calendar_bytes(calendar, [workshop])
