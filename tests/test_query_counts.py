"""A page costs the database the same few queries with no cache at all, however much the programme has published.

Every public page is read twice with every cache off (DummyCache, as the benchmark's cold server has it): once
when the programme has 10 experiments, 2 workshops and 10 ideas, and again when it has 200, 20 and 1,000. A page
that looks something up per card, per workshop or per idea asks more the second time; one that asks more than
MAX_QUERIES is slow before any cache helps. Cards are built the way the benchmark's content is: experiments with an
image and themes, under one think tank, workshops with sign-ups, public ideas with a theme.
"""

import datetime
from dataclasses import dataclass

import pytest
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone

from experiments.choices import Status
from experiments.models import ExperimentIndexPage, ExperimentPage, ExperimentTheme, ThinkTankPage
from home.demo_support import add_translated_page
from home.models import StandardPage
from participation.models import (
    Proposal,
    ProposalBoardPage,
    ProposalStatus,
    WorkshopIndexPage,
    WorkshopPage,
)
from participation.workshops.demo import add_demo_signups
from participation.workshops.models import SignupState
from tests.factories import ImageFactory, publish_programme
from tests.participation.workshops.support import INDEX_CONTENT, make_workshop, workshop_content, workshop_facts

# The module's one fixture builds in the test database; pytest-django creates that database only for such tests.
pytestmark = pytest.mark.django_db

MAX_QUERIES = 12
NO_CACHE = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}


@dataclass(frozen=True)
class Size:
    experiments: int
    workshops: int
    ideas: int


SMALL = Size(experiments=10, workshops=2, ideas=10)
LARGE = Size(experiments=200, workshops=20, ideas=1000)

PAGES = {
    "home": lambda world: world["home"].url,
    "catalog": lambda world: world["catalog"].url,
    "catalog, filtered": lambda world: f"{world['catalog'].url}?status=running&theme={world['theme'].pk}&sort=start",
    "experiment": lambda world: world["experiment"].url,
    "think tank": lambda world: world["think_tank"].url,
    "impact": lambda world: world["impact_page"].url,
    "standard page": lambda world: world["standard_page"].url,
    "search": lambda world: "/fi/search/?q=kokeilu",
    "workshop listing": lambda world: world["workshop_index"].url,
    "workshop": lambda world: world["workshop"].url,
    "idea board": lambda world: world["board"].url,
}


def publish_world():
    """Publish the smallest programme that has every kind of public page, in three languages."""
    world = publish_programme()
    world["theme"] = world["vocabulary"]["mobility"]
    world["standard_page"] = add_translated_page(
        world["home"],
        StandardPage,
        {code: {"title": f"Tietoa {code}", "slug": f"tietoa-{code}"} for code in ("fi", "sv", "en")},
    )
    world["workshop_index"] = add_translated_page(world["home"], WorkshopIndexPage, INDEX_CONTENT)
    world["workshop"] = make_workshop(world["workshop_index"], capacity=30)
    world["board"] = add_translated_page(
        world["home"],
        ProposalBoardPage,
        {
            "fi": {"title": "Ideataulu", "slug": "ideat"},
            "sv": {"title": "Idétavlan", "slug": "ideer"},
            "en": {"title": "Idea board", "slug": "ideas"},
        },
    )
    world["images"] = [ImageFactory() for _ in range(3)]
    return world


def add_experiments(world, wanted):
    """Add live Finnish experiments, each with an image and a theme, until the catalog holds `wanted`."""
    catalog = world["catalog"]
    think_tank = ThinkTankPage.objects.get(pk=world["think_tank"].pk)
    have = ExperimentPage.objects.filter(locale=catalog.locale).count()
    for number in range(have + 1, wanted + 1):
        experiment = ExperimentPage(
            title=f"Kokeilu {number}",
            slug=f"kokeilu-{number}",
            summary="Kokeilemme, kulkeeko bussi aamuvuoroon.",
            status=Status.RUNNING,
            starts_on=datetime.date(2020, 1, 1) + datetime.timedelta(days=number),
            think_tank=think_tank,
            image=world["images"][number % len(world["images"])],
            image_alt="Bussi pysäkillä.",
            first_published_at=timezone.now(),
        )
        ExperimentIndexPage.objects.get(pk=catalog.pk).add_child(instance=experiment)
        ExperimentTheme.objects.create(page=experiment, theme=world["theme"])


def add_workshops(world, wanted):
    """Add upcoming Finnish workshops, each with a sign-up, until there are `wanted` in Finnish."""
    index = world["workshop_index"]
    have = WorkshopPage.objects.filter(locale=index.locale).count()
    for number in range(have + 1, wanted + 1):
        starts = timezone.now() + datetime.timedelta(days=number)
        facts = workshop_facts(starts_at=starts, ends_at=starts + datetime.timedelta(hours=2), capacity=30)
        workshop = WorkshopPage(**workshop_content(f"tyopaja-{number}")["fi"], **facts)
        WorkshopIndexPage.objects.get(pk=index.pk).add_child(instance=workshop)
        add_demo_signups(workshop, [SignupState.CONFIRMED])


def add_ideas(world, wanted):
    """Add public ideas with a theme, decided one day apart, until there are `wanted`."""
    have = Proposal.objects.count()
    now = timezone.now()
    Proposal.objects.bulk_create(
        Proposal(
            language="fi",
            title=f"Idea {number}",
            description="Bussi aamuvuoroon.",
            theme=world["theme"],
            status=ProposalStatus.ACCEPTED,
            submitted_at=now - datetime.timedelta(days=number + 1),
            decided_at=now - datetime.timedelta(days=number),
        )
        for number in range(have + 1, wanted + 1)
    )


def grow(world, size):
    add_experiments(world, size.experiments)
    add_workshops(world, size.workshops)
    add_ideas(world, size.ideas)


def queries_of(client, path):
    """Return the SQL queries of reading `path` once templates are compiled and content types known."""
    client.get(path)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, f"{path} answered {response.status_code}"
    return len(captured)


def read_every_page(world):
    client = Client()
    with override_settings(CACHES=NO_CACHE):
        return {name: queries_of(client, address(world)) for name, address in PAGES.items()}


@pytest.fixture(scope="module")
def page_costs(django_db_setup, django_db_blocker):
    """{page: (queries with the small programme, queries with the large one)}, built once for the module."""
    with django_db_blocker.unblock(), transaction.atomic():
        world = publish_world()
        grow(world, SMALL)
        small = read_every_page(world)
        grow(world, LARGE)
        large = read_every_page(world)
        transaction.set_rollback(True)
    return {name: (small[name], large[name]) for name in PAGES}


@pytest.mark.parametrize("page", list(PAGES))
def test_a_page_asks_the_same_queries_however_much_is_published(page_costs, page):
    small, large = page_costs[page]
    assert large == small, f"{page}: {small} queries with {SMALL}, {large} with {LARGE}"


# What each page asks once per request (the site, the active locale, every view restriction, the site root paths)
# is now read once and shared (home/request_memo.py); the pages still over the budget ask for their own content in
# more queries than the budget leaves. Strict, so that a page brought within the budget fails here until its mark
# is removed.
OVER_BUDGET = pytest.mark.xfail(strict=True, reason="more than MAX_QUERIES with no cache; see docs/benchmarks.md")


WITHIN_BUDGET = {"standard page", "search", "idea board"}


@pytest.mark.parametrize(
    "page", [pytest.param(page, marks=() if page in WITHIN_BUDGET else OVER_BUDGET) for page in PAGES]
)
def test_a_page_is_read_in_at_most_twelve_queries_with_no_cache(page_costs, page):
    _small, large = page_costs[page]
    assert large <= MAX_QUERIES, f"{page}: {large} queries with no cache, more than {MAX_QUERIES}"
