"""Demo records of the refinery's earlier sessions, read from `sessions.yaml`, whose head counts add up to the
programme's published 166 participants of 2018–2019."""

from wagtail.models import Locale

from experiments.demo.pages import THINK_TANKS
from experiments.models import ThinkTankPage
from home.cache import bump_content_version
from home.demo_support import read_data

from ..models import ParticipationSession

SESSIONS = read_data(__file__, "sessions.yaml")


def load():
    """Record the sessions once, on the think tanks' Finnish pages; return a summary."""
    if ParticipationSession.objects.exists():
        return "recorded sessions already in place"
    titles = {data["key"]: data["fi"]["title"] for data in THINK_TANKS}
    think_tanks = {
        page.title: page
        for page in ThinkTankPage.objects.filter(locale=Locale.get_default(), title__in=titles.values())
    }
    ParticipationSession.objects.bulk_create(
        ParticipationSession(
            held_on=item["held_on"],
            think_tank=think_tanks[titles[item["think_tank"]]],
            head_count=item["head_count"],
            description=item.get("description", ""),
        )
        for item in SESSIONS
    )
    # bulk_create sends no post_save: the cached figures must still learn of the new records.
    bump_content_version()
    return f"{len(SESSIONS)} recorded sessions"
