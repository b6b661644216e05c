"""Benchmark data: the demo content, multiplied to the size of a programme after some years.

`manage.py seed_benchmark` (run by `make bench` against its own database file, never the development one) loads the
trilingual demo content and then adds copies of its experiments, workshops and proposals until there are at least
`BenchmarkSize` of each. Copies keep the demo's real text, so pages are as long as real ones, and say in their
title that they are benchmark data. Running it again adds only what is missing.

It sits in `benchmark/`, above every app, because it fills every content area; only the benchmark's settings
(`portal/settings/bench.py`) install it.
"""

import copy
from dataclasses import dataclass
from datetime import timedelta

from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from experiments import demo as experiments_demo
from experiments.demo.bodies import BODIES
from experiments.demo.images import illustration
from experiments.demo.pages import CATALOG, THINK_TANK_INDEX, THINK_TANKS
from experiments.demo.vocabularies import GOALS, THEMES
from experiments.models import ExperimentIndexPage, ExperimentPage, StrategyGoal, Theme, ThinkTankIndexPage
from home.demo_support import SOURCE_LANGUAGE, add_translated_page, existing_child, stream
from participation.models import Proposal, WorkshopPage
from participation.proposals import demo as proposals_demo
from participation.proposals.models import TITLE_MAX_LENGTH
from participation.workshops import demo as demo_workshops

LANGUAGES = ("fi", "sv", "en")
# Said in every copy's title, so nobody mistakes the data for the programme's own.
MARKERS = {"fi": "vertailuaineisto", "sv": "jämförelsedata", "en": "benchmark data"}
SIGNUP_WORKSHOP_SLUG = "kuormitustesti-ilmoittautuminen"


@dataclass(frozen=True)
class BenchmarkSize:
    experiments: int = 200
    workshops: int = 20
    proposals: int = 1000


def marked(text, code, number):
    return f"{text} ({MARKERS[code]} {number})"


def finnish_count(model):
    return model.objects.filter(locale__language_code=SOURCE_LANGUAGE).count()


def seed(size=BenchmarkSize()):
    """Load the demo content, then fill up to `size`; return {what: how many there are now}."""
    call_command("load_demo_content", verbosity=0)
    home = Site.objects.get(is_default_site=True).root_page.specific
    with disable_reference_index_auto_update(), transaction.atomic():
        add_experiments(home, size.experiments)
    with transaction.atomic():
        add_workshops(size.workshops)
        add_signup_workshop()
        add_proposals(home, size.proposals)
    return {
        "experiments": finnish_count(ExperimentPage),
        "workshops": finnish_count(WorkshopPage),
        "proposals": Proposal.objects.count(),
    }


def add_experiments(home, wanted):
    """Add copies of the demo experiments, each in three languages, until the catalog holds `wanted`."""
    themes = experiments_demo.add_vocabulary(Theme, THEMES, "theme")
    goals = experiments_demo.add_vocabulary(StrategyGoal, GOALS, "goal")
    catalog = add_translated_page(home, ExperimentIndexPage, CATALOG)
    think_tank_index = add_translated_page(home, ThinkTankIndexPage, THINK_TANK_INDEX)
    think_tanks = {data["key"]: experiments_demo.add_think_tank(think_tank_index, data, themes) for data in THINK_TANKS}
    originals = experiments_demo.all_experiments()
    number = finnish_count(ExperimentPage)
    while number < wanted:
        number += 1
        original = originals[number % len(originals)]
        data = copy.deepcopy(original)
        data["key"] = f"{original['key']}-benchmark-{number}"
        data["illustration"] = original["key"]
        for code in LANGUAGES:
            data[code] = (marked(data[code][0], code, number), *data[code][1:])
        data.pop("related", None)
        has_body = bool(data.pop("body", None))
        content = {
            code: experiments_demo.experiment_content(data, code, themes, goals, experiments={}) for code in LANGUAGES
        }
        if has_body:
            for code in LANGUAGES:
                content[code]["body"] = stream(f"experiment/{data['key']}", BODIES[original["key"]][code])
        facts = {
            "status": data["status"],
            "starts_on": experiments_demo.start_date(data),
            "ends_on": experiments_demo.end_date(data),
            "think_tank": think_tanks[data["think_tank"]],
            "decision": data["decision"],
            "participants": data["participants"],
            "budget_eur": data["budget"],
            # The original's illustration: the same picture, without drawing hundreds more.
            "image": illustration("experiments", original["key"]),
        }
        add_translated_page(catalog, ExperimentPage, content, facts=facts)


def add_workshops(wanted):
    """Add copies of the demo workshops, spread over the coming months and the past year, up to `wanted`.

    Each copy sits where its original does (under its think tank) and works on the same experiments and ideas, so
    a workshop page shows as much as a real one.
    """
    index = existing_child(Site.objects.get(is_default_site=True).root_page, demo_workshops.INDEX["fi"]["slug"])
    originals = demo_workshops.workshops()
    number = finnish_count(WorkshopPage)
    with disable_reference_index_auto_update():
        while number < wanted:
            number += 1
            content, facts, states, names = copy.deepcopy(originals[number % len(originals)])
            think_tank, experiments, ideas = demo_workshops.belongs(names)
            for code in LANGUAGES:
                content[code]["title"] = marked(content[code]["title"], code, number)
                content[code]["slug"] = f"{content[code]['slug']}-{number}"
            # Every other copy is in the past, the rest ahead, a week apart.
            shift = timedelta(days=7 * number * (1 if number % 2 else -1))
            for name in ("starts_at", "ends_at", "registration_opens_at", "registration_closes_at"):
                if facts.get(name):
                    facts[name] += shift
            workshop = add_translated_page(
                think_tank or index,
                WorkshopPage,
                demo_workshops.with_links(content, experiments, ideas),
                facts={**facts, "think_tank": think_tank},
            )
            demo_workshops.add_demo_signups(workshop, states)


def add_signup_workshop():
    """Add the workshop the benchmark signs people up for: open, large, in three languages."""
    index = existing_child(Site.objects.get(is_default_site=True).root_page, demo_workshops.INDEX["fi"]["slug"])
    starts = timezone.now() + timedelta(days=60)
    content = {
        code: {"title": title, "slug": f"{SIGNUP_WORKSHOP_SLUG}-{code}" if code != "fi" else SIGNUP_WORKSHOP_SLUG}
        for code, title in (
            ("fi", "Kuormitustestin työpaja (vertailuaineisto)"),
            ("sv", "Belastningstestets workshop (jämförelsedata)"),
            ("en", "Load test workshop (benchmark data)"),
        )
    }
    for code in LANGUAGES:
        content[code]["venue"] = MARKERS[code]
    facts = {
        "starts_at": starts,
        "ends_at": starts + timedelta(hours=2),
        "capacity": 10000,
        "languages": list(LANGUAGES),
        "waitlist_enabled": True,
    }
    return add_translated_page(index, WorkshopPage, content, facts=facts)


def signup_workshop_path(language="en"):
    """Return the address of the benchmark's sign-up workshop in `language`."""
    workshop = WorkshopPage.objects.get(
        translation_key=WorkshopPage.objects.get(slug=SIGNUP_WORKSHOP_SLUG).translation_key,
        locale=Locale.objects.get(language_code=language),
    )
    return workshop.url


def add_proposals(home, wanted):
    """Add copies of the demo ideas, in their own languages and states, until there are `wanted`."""
    form_page = existing_child(home, proposals_demo.FORM_PAGE["fi"]["slug"])
    pages = {page.locale.language_code: page for page in form_page.get_translations(inclusive=True)}
    originals = proposals_demo.PROPOSALS
    themes = {original[2]: proposals_demo.demo_theme(original[2]) for original in originals}
    now = timezone.now()
    number = Proposal.objects.count()
    batch = []
    while number + len(batch) < wanted:
        serial = number + len(batch) + 1
        _reference, language, theme, status, sent, days_to_decision, fields = originals[serial % len(originals)]
        # Spread over two years back from the original's own date, a minute apart.
        submitted_at = proposals_demo._sent_at(sent, now) - timedelta(days=serial % 700, minutes=serial)
        batch.append(
            Proposal(
                page=pages.get(language),
                language=language,
                theme=themes[theme],
                status=status,
                submitted_at=submitted_at,
                decided_at=submitted_at + timedelta(days=days_to_decision) if days_to_decision is not None else None,
                **{**fields, "title": marked(fields["title"], language, serial)[:TITLE_MAX_LENGTH]},
            )
        )
    Proposal.objects.bulk_create(batch)
    return len(batch)
