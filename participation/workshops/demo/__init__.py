"""Demo workshops in Finnish, Swedish and English: upcoming and past, with seats left, one full with a waitlist and
one whose sign-ups a moderator approves.

The texts and facts are in `workshops.yaml` beside this loader. Dates are set relative to the day of loading, so
there is always something to sign up for. Sign-ups use fictional names and example.com addresses; venues are
generic rooms, no addresses.
"""

import uuid
from datetime import timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone
from wagtail.models import Site

from home.demo.texts import LANGUAGES, page_texts
from home.demo_support import add_translated_page, read_data
from participation.models import SignupState, WorkshopIndexPage, WorkshopPage, WorkshopSignup
from participation.workshops.models import HEALTH_CONSENT_VERSION

HELSINKI = ZoneInfo("Europe/Helsinki")
DEMO_SIGNUPS = uuid.UUID("0b8e6a54-3f0e-4b8a-9f3c-5d1c1e7a2b10")

DATA = read_data(__file__, "workshops.yaml")
INDEX = page_texts(DATA["index"])


def at(days, hour, minute=0):
    """Return a time `days` from today at hour:minute in Finnish time."""
    day = timezone.localtime(timezone.now(), HELSINKI).date() + timedelta(days=days)
    return timezone.datetime(day.year, day.month, day.day, hour, minute, tzinfo=HELSINKI)


def _time(moment):
    return at(moment["days_from_today"], moment["hour"], moment.get("minute", 0))


def workshops():
    """Return (content, facts, sign-ups) of each demo workshop; facts are computed at loading time."""
    result = []
    for item in DATA["workshops"]:
        facts = {name: value for name, value in item.items() if name not in (*LANGUAGES, "starts", "ends", "signups")}
        facts = {"starts_at": _time(item["starts"]), "ends_at": _time(item["ends"]), **facts}
        states = [SignupState(group["state"]) for group in item["signups"] for _ in range(group["count"])]
        result.append((page_texts(item), facts, states))
    return result


GROUPS = ["student", "resident", "association", "city_staff", "company", "university", "councillor"]
SIGNUP_LANGUAGES = ["fi", "sv", "en"]


def add_demo_signups(workshop, states):
    """Add fictional sign-ups to a workshop that has none, in arrival order."""
    if workshop.signups().exists():
        return 0
    start = timezone.now() - timedelta(days=30)
    for number, state in enumerate(states, start=1):
        WorkshopSignup.objects.create(
            workshop=workshop,
            public_id=uuid.uuid5(DEMO_SIGNUPS, f"{workshop.slug}/{number}"),
            state=state,
            name=f"Demo-osallistuja {number}",
            email=f"osallistuja{number}.{workshop.pk}@example.com",
            stakeholder_group=GROUPS[number % len(GROUPS)],
            needs=["dietary"] if number % 3 == 0 else [],
            # Needs are kept only with the consent that covers them, as the form asks for it.
            health_consent_version=HEALTH_CONSENT_VERSION if number % 3 == 0 else None,
            health_consent_at=start + timedelta(hours=number) if number % 3 == 0 else None,
            language=SIGNUP_LANGUAGES[number % len(SIGNUP_LANGUAGES)],
            created_at=start + timedelta(hours=number),
            state_changed_at=start + timedelta(hours=number),
        )
    return len(states)


def load():
    """Add the workshop listing under the home page and the demo workshops under it; return a summary."""
    home = Site.objects.get(is_default_site=True).root_page.specific
    index = add_translated_page(home, WorkshopIndexPage, INDEX)
    signups = 0
    for content, facts, states in workshops():
        workshop = add_translated_page(index, WorkshopPage, content, facts=facts)
        signups += add_demo_signups(workshop, states)
    return f"workshop listing with {len(workshops())} workshops, {signups} new demo sign-ups"
