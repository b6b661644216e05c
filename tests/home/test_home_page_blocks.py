"""A resident opens the home page in their language: it tells what the programme is, invites them to send an idea
or find a workshop, and shows what is happening now, all from the records of that language.

The demo is loaded once for the module (`demo_content`); what each block should list is read from the records.
"""

import re

import pytest
from django.core.cache import cache
from django.utils import timezone, translation
from django.utils.html import escape

from experiments.choices import ENDED_STATUSES
from experiments.models import ExperimentIndexPage, ExperimentPage
from home.models import HomePage
from participation.models import Proposal, ProposalBoardPage, ProposalFormPage, WorkshopIndexPage, WorkshopPage
from participation.workshops.pages import Availability
from participation.workshops.services import signup_create
from tests.participation.workshops.support import signup_kwargs

pytestmark = pytest.mark.django_db

LANGUAGES = ["fi", "sv", "en"]
CARD_TITLE = re.compile(r"<h3[^>]*>(?:<a href=\"[^\"]*\">)?([^<]+)")


def translated(language, text):
    with translation.override(language):
        return translation.gettext(text)


def home_html(client, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    return response.content.decode()


def block(html, heading_id):
    """Return the HTML of the section labelled by `heading_id`, or None when the page leaves it out."""
    found = re.search(rf'<section aria-labelledby="{heading_id}".*?</section>', html, re.DOTALL)
    return found.group() if found else None


def card_titles(section):
    return [title.strip() for title in CARD_TITLE.findall(section)]


def in_locale(model, language):
    return model.objects.live().filter(locale__language_code=language)


def open_workshops(language):
    """The upcoming workshops of a language one can get a seat at now, as each workshop's own page counts them."""
    upcoming = in_locale(WorkshopPage, language).filter(ends_at__gte=timezone.now()).order_by("starts_at", "pk")
    return [workshop for workshop in upcoming if workshop.seat_status().availability == Availability.OPEN]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_first_screen_says_what_the_programme_is_and_leads_to_the_idea_form_and_the_workshops(
    demo_content, client, site, language
):
    html = home_html(client, language)
    hero = re.search(r'<div class="page-header home-hero">.*?</ul>', html, re.DOTALL).group()

    home = in_locale(HomePage, language).get()
    assert f"<h1>{escape(home.title)}</h1>" in hero
    assert escape(home.hero_text) in hero
    idea_form = in_locale(ProposalFormPage, language).get()
    listing = in_locale(WorkshopIndexPage, language).get()
    # Found in this language's page tree, so the slugs are this language's own.
    assert f'href="{idea_form.url}">{translated(language, "Send an idea")}</a>' in hero
    assert f'href="{listing.url}">{translated(language, "Find a workshop")}</a>' in hero
    assert idea_form.url.startswith(f"/{language}/") and listing.url.startswith(f"/{language}/")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_next_three_workshops_with_seats_left_are_shown_soonest_first(demo_content, client, site, language):
    expected = open_workshops(language)[:3]
    assert expected, "the demo has workshops with seats left"

    section = block(home_html(client, language), "home-workshops-heading")

    assert translated(language, "Workshops with seats left") in section
    assert card_titles(section) == [escape(workshop.title) for workshop in expected]
    for workshop in expected:
        assert f'href="{workshop.url}"' in section
    full = [
        workshop
        for workshop in in_locale(WorkshopPage, language).filter(ends_at__gte=timezone.now())
        if workshop.seat_status().availability != Availability.OPEN
    ]
    for workshop in full:
        assert escape(workshop.title) not in section


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ideas_think_tanks_took_up_last_are_shown_with_the_think_tank_in_the_readers_language(
    demo_content, client, site, language
):
    expected = list(Proposal.objects.public().filter(assigned_at__isnull=False).order_by("-assigned_at")[:3])
    assert expected, "the demo has ideas taken up by think tanks"

    section = block(home_html(client, language), "home-ideas-heading")

    assert translated(language, "Ideas the think tanks have taken up") in section
    # An idea is shown in the language its author wrote it in, and says so.
    assert card_titles(section) == [escape(proposal.title) for proposal in expected]
    board = in_locale(ProposalBoardPage, language).get()
    for proposal in expected:
        assert f'lang="{proposal.language}"' in section
        assert f'href="{board.url}{proposal.reference}/"' in section
        think_tank = in_locale(type(proposal.think_tank), language).get(
            translation_key=proposal.think_tank.translation_key
        )
        assert f'<a href="{think_tank.url}">{escape(think_tank.title)}</a>' in section


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_latest_results_are_the_experiments_that_ended_last_with_a_result(demo_content, client, site, language):
    expected = list(
        in_locale(ExperimentPage, language)
        .filter(status__in=ENDED_STATUSES)
        .exclude(result="")
        .order_by("-ends_on", "-pk")[:3]
    )
    assert expected

    section = block(home_html(client, language), "home-results-heading")

    assert translated(language, "Latest results") in section
    assert card_titles(section) == [escape(experiment.title) for experiment in expected]
    catalog = in_locale(ExperimentIndexPage, language).get()
    assert f'<a href="{catalog.url}">{translated(language, "All experiments")}</a>' in section


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_key_figures_are_counted_in_the_readers_language(demo_content, client, site, language):
    section = block(home_html(client, language), "key-figures-heading")
    assert translated(language, "In figures") in section
    assert section.count('class="key-figure__value"') == 3


def test_a_workshop_whose_last_seat_is_taken_leaves_the_cached_home_page_at_once(
    demo_content, client, site, django_capture_on_commit_callbacks
):
    first = open_workshops("fi")[0]
    assert escape(first.title) in block(home_html(client, "fi"), "home-workshops-heading")
    assert client.get("/fi/")["X-Page-Cache"] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        for number in range(first.seat_status().seats_left):
            signup_create(workshop=first, **signup_kwargs(email=f"osallistuja{number}@example.fi"))

    html = home_html(client, "fi")
    assert escape(first.title) not in block(html, "home-workshops-heading")
    # The next one with seats left moves up.
    assert card_titles(block(html, "home-workshops-heading")) == [escape(w.title) for w in open_workshops("fi")[:3]]


def test_a_published_workshop_shows_on_the_home_page_at_once(demo_content, client, site):
    home_html(client, "fi")
    first = open_workshops("fi")[0]
    sooner = WorkshopPage(
        title="Aamun pikatyöpaja",
        slug="aamun-pikatyopaja",
        starts_at=first.starts_at - timezone.timedelta(hours=3),
        ends_at=first.starts_at - timezone.timedelta(hours=2),
        venue="Kaupunginkirjasto",
        capacity=10,
        languages=["fi"],
        think_tank=first.think_tank,
    )
    in_locale(WorkshopIndexPage, "fi").get().add_child(instance=sooner)
    sooner.save_revision().publish()

    assert card_titles(block(home_html(client, "fi"), "home-workshops-heading"))[0] == "Aamun pikatyöpaja"
    cache.clear()
