"""The home page's blocks hide themselves when there is nothing to show, and cost the same number of queries
whether the programme has three or thirty workshops, ideas and experiments."""

import datetime
import re
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from experiments.choices import Status
from participation.models import ProposalBoardPage, ProposalFormPage, ProposalStatus, WorkshopIndexPage, WorkshopPage
from tests.factories import (
    ExperimentIndexPageFactory,
    ExperimentPageFactory,
    ProposalFactory,
    ThemeFactory,
    ThinkTankIndexPageFactory,
    ThinkTankPageFactory,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ["fi", "sv", "en"]
BLOCK_HEADINGS = ["home-workshops-heading", "home-ideas-heading", "home-results-heading", "key-figures-heading"]


def translated(language, text):
    with translation.override(language):
        return translation.gettext(text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_home_page_with_nothing_to_show_leaves_every_block_and_call_to_action_out(client, home, language):
    html = client.get(f"/{language}/").content.decode()
    assert "Kehitämme" in html or "utvecklar" in html or "develop" in html
    for heading in BLOCK_HEADINGS:
        assert f'aria-labelledby="{heading}"' not in html
    assert "home-hero__actions" not in html
    for text in ("Send an idea", "Find a workshop", "Workshops with seats left", "Latest results"):
        assert translated(language, text) not in html


@pytest.fixture
def programme(home):
    """The Finnish pages the blocks link to, with nothing listed yet."""
    theme = ThemeFactory()
    think_tank = ThinkTankPageFactory(parent=ThinkTankIndexPageFactory(parent=home))
    listing = WorkshopIndexPage(title="Työpajat", slug="tyopajat")
    home.add_child(instance=listing)
    for model, title, slug in ((ProposalFormPage, "Ehdota", "ehdota"), (ProposalBoardPage, "Ideat", "ideat")):
        home.add_child(instance=model(title=title, slug=slug))
    return {
        "theme": theme,
        "think_tank": think_tank,
        "listing": listing,
        "catalog": ExperimentIndexPageFactory(parent=home),
    }


def add_content(programme, count, start):
    """Add `count` workshops with seats, ideas taken up and experiments with results, numbered from `start`."""
    now = timezone.now()
    for number in range(start, start + count):
        workshop = WorkshopPage(
            title=f"Työpaja {number}",
            slug=f"tyopaja-{number}",
            starts_at=now + timedelta(days=number + 1),
            ends_at=now + timedelta(days=number + 1, hours=2),
            venue="Kaupungintalo",
            capacity=10,
            languages=["fi"],
            think_tank=programme["think_tank"],
        )
        programme["listing"].add_child(instance=workshop)
        ProposalFactory(
            title=f"Idea {number}",
            status=ProposalStatus.ACCEPTED,
            theme=programme["theme"],
            think_tank=programme["think_tank"],
            assigned_at=now - timedelta(days=number),
        )
        ExperimentPageFactory(
            parent=programme["catalog"],
            title=f"Kokeilu {number}",
            slug=f"kokeilu-{number}",
            status=Status.COMPLETED,
            ends_on=datetime.date(2020, 1, 1) + timedelta(days=number),
            result="Kokeilu onnistui.",
            themes=[programme["theme"]],
        )


def home_page_queries(client):
    # A first request fills what Django and Wagtail keep in the process (content types, locales); only then does
    # the count say what the page itself costs.
    client.get("/fi/")
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/fi/").content.decode()
    return len(queries), html


def test_the_blocks_cost_the_same_queries_for_three_or_thirty_of_everything(client, programme):
    add_content(programme, 3, start=0)
    few, html = home_page_queries(client)
    for heading in BLOCK_HEADINGS[:3]:
        assert f'aria-labelledby="{heading}"' in html
    assert len(re.findall(r"<h3", html)) == 9

    add_content(programme, 27, start=3)
    many, html = home_page_queries(client)
    assert len(re.findall(r"<h3", html)) == 9  # three of each, still
    assert many == few


def test_the_calls_to_action_hide_one_by_one_with_their_pages(client, programme):
    ProposalFormPage.objects.update(live=False)
    html = client.get("/fi/").content.decode()
    assert translated("fi", "Send an idea") not in html
    assert f'href="{programme["listing"].url}">{translated("fi", "Find a workshop")}</a>' in html
