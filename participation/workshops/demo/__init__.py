"""Demo workshops in Finnish, Swedish and English: upcoming and past, with seats left, one full with a waitlist and
one whose sign-ups a moderator approves. Each sits under the think tank that runs it (loaded by the experiments demo
before this one) and names it; the commuter bus feedback workshop works on its experiment and on the idea it came
from.

The texts and facts are in `workshops.yaml` beside this loader. Dates are set relative to the day of loading, so
there is always something to sign up for. Sign-ups use fictional names and example.com addresses; venues are
generic rooms, no addresses.
"""

import uuid
from datetime import timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone
from wagtail.models import ReferenceIndex, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from experiments.demo import all_experiments, slug_for
from experiments.demo.pages import THINK_TANKS
from experiments.models import ExperimentPage, ThinkTankPage
from home.demo.texts import LANGUAGES, page_texts
from home.demo_support import SOURCE_LANGUAGE, add_translated_page, read_data
from participation.models import (
    Proposal,
    SignupState,
    WorkshopExperiment,
    WorkshopIndexPage,
    WorkshopPage,
    WorkshopProposal,
    WorkshopSignup,
)
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


# Not facts of the page itself: what the workshop belongs to, resolved to pages and ideas by `belongs()`.
BELONGS = ("think_tank", "experiments", "ideas")


def workshops():
    """Return (content, facts, sign-ups, belongs) of each demo workshop; facts are computed at loading time."""
    result = []
    for item in DATA["workshops"]:
        skipped = (*LANGUAGES, "starts", "ends", "signups", *BELONGS)
        facts = {name: value for name, value in item.items() if name not in skipped}
        facts = {"starts_at": _time(item["starts"]), "ends_at": _time(item["ends"]), **facts}
        states = [SignupState(group["state"]) for group in item["signups"] for _ in range(group["count"])]
        belongs = {name: item.get(name) for name in BELONGS}
        result.append((page_texts(item), facts, states, belongs))
    return result


def finnish_page(model, title):
    return model.objects.filter(locale__language_code=SOURCE_LANGUAGE, slug=slug_for(title)).first()


def belongs(item):
    """Return the Finnish think tank, experiments and public ideas named by a workshop's data, where loaded."""
    think_tank_titles = {data["key"]: data[SOURCE_LANGUAGE]["title"] for data in THINK_TANKS}
    experiment_titles = {data["key"]: data[SOURCE_LANGUAGE][0] for data in all_experiments()}
    think_tank = finnish_page(ThinkTankPage, think_tank_titles[item["think_tank"]]) if item["think_tank"] else None
    experiments = [finnish_page(ExperimentPage, experiment_titles[key]) for key in item["experiments"] or []]
    ideas = Proposal.objects.public().filter(reference__in=item["ideas"] or [])
    return think_tank, [page for page in experiments if page is not None], list(ideas)


def with_links(content, experiments, ideas):
    """Give each language version its own link rows, all pointing at the Finnish pages, as the sync would."""
    return {
        code: {
            **texts,
            "experiment_links": [
                WorkshopExperiment(experiment=page, sort_order=order) for order, page in enumerate(experiments)
            ],
            "proposal_links": [WorkshopProposal(proposal=idea, sort_order=order) for order, idea in enumerate(ideas)],
        }
        for code, texts in content.items()
    }


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
    """Add the workshop listing under the home page and each demo workshop under its think tank; return a summary.

    A workshop whose think tank is not loaded waits under the listing, without one.
    """
    home = Site.objects.get(is_default_site=True).root_page.specific
    index = add_translated_page(home, WorkshopIndexPage, INDEX)
    signups = 0
    demo = workshops()
    # Each save of a workshop replaces its link rows; indexing them as they go queues tasks for rows gone by the time
    # the worker runs them. One pass at the end, as the experiments' demo does.
    with disable_reference_index_auto_update():
        for content, facts, states, names in demo:
            think_tank, experiments, ideas = belongs(names)
            workshop = add_translated_page(
                think_tank or index,
                WorkshopPage,
                with_links(content, experiments, ideas),
                facts={**facts, "think_tank": think_tank},
            )
            signups += add_demo_signups(workshop, states)
    for page in [*WorkshopPage.objects.all(), *WorkshopIndexPage.objects.all()]:
        ReferenceIndex.create_or_update_for_object(page)
    return f"workshop listing with {len(demo)} workshops, each under its think tank, {signups} new demo sign-ups"
