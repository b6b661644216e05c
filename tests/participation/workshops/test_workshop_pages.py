"""Editors place workshops in the tree; the listing and the facts show them (think tanks: test_workshop_belongs.py)."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils import WagtailTestUtils

from home.models import HomePage, StandardPage
from participation.models import WorkshopIndexPage, WorkshopPage
from participation.workshops.services import signup_create
from tests.participation.workshops.support import make_workshop, signup_kwargs

pytestmark = pytest.mark.django_db


def test_workshops_live_under_a_workshop_listing():
    utils = WagtailTestUtils()
    # A think tank (experiments) may hold its own workshops too.
    assert WorkshopPage.parent_page_types == ["participation.WorkshopIndexPage", "experiments.ThinkTankPage"]
    assert WorkshopIndexPage.subpage_types == ["participation.WorkshopPage"]
    assert WorkshopPage.can_create_at(WorkshopIndexPage())
    assert not WorkshopPage.can_create_at(HomePage())
    assert not WorkshopPage.can_create_at(StandardPage())
    assert utils  # the helpers' assertions need a TestCase; the rules above are what they check


def test_pages_with_forms_and_live_seats_opt_out_of_the_page_cache():
    assert WorkshopPage.page_cache_exempt is True
    assert WorkshopIndexPage.page_cache_exempt is True


@pytest.mark.parametrize(
    ("path", "heading", "upcoming"),
    [
        ("/fi/tyopajat/", "Tulevat työpajat", "Kiertotalouden työpaja"),
        ("/sv/workshoppar/", "Kommande workshoppar", "Workshop om cirkulär ekonomi"),
        ("/en/workshops/", "Upcoming workshops", "Circular economy workshop"),
    ],
)
def test_the_listing_puts_upcoming_workshops_first_and_past_ones_apart(
    client, workshop, workshop_index, path, heading, upcoming
):
    ended = timezone.now() - timedelta(days=20)
    make_workshop(workshop_index, slug="mennyt", starts_at=ended - timedelta(hours=2), ends_at=ended)
    html = client.get(path).content.decode()
    assert heading in html
    upcoming_part, _, past_part = html.partition('id="past-heading"')
    assert upcoming in upcoming_part
    assert "seat-status--open" in upcoming_part
    assert 'href="' in past_part and "mennyt" in past_part


def test_facts_are_the_same_in_every_language_and_the_online_link_is_never_on_the_page(client, workshop_index):
    online = make_workshop(workshop_index, slug="etana", online_url="https://meet.example.fi/salainen")
    versions = Page.objects.filter(translation_key=online.translation_key).specific()
    assert len(versions) == 3
    # Editors enter minutes; the test's start time has microseconds, which revisions keep to milliseconds.
    facts = {(p.capacity, p.starts_at.replace(microsecond=0), p.online_url, tuple(p.languages)) for p in versions}
    assert len(facts) == 1
    for path in ("/fi/tyopajat/etana/", "/sv/workshoppar/etana-sv/", "/en/workshops/etana-en/"):
        html = client.get(path).content.decode()
        assert "meet.example.fi" not in html
    assert (
        "Online: the link is sent to confirmed participants." in client.get("/en/workshops/etana-en/").content.decode()
    )


def test_editors_add_seats_and_the_waitlist_moves_up(workshop, django_capture_on_commit_callbacks):
    for number in range(5):
        signup_create(workshop=workshop, **signup_kwargs(email=f"p{number}@example.com"))
    assert workshop.seat_status().availability == "waitlist_only"
    workshop.capacity = 4
    with django_capture_on_commit_callbacks(execute=True):
        workshop.save_revision().publish()
    assert workshop.seats_taken() == 4
    assert workshop.signups().waitlist().count() == 1


@pytest.mark.parametrize(
    ("path", "spoken"),
    [
        ("/fi/tyopajat/kieli/", "<dd>Suomi, ruotsi</dd>"),
        ("/sv/workshoppar/kieli-sv/", "<dd>Finska, svenska</dd>"),
        ("/en/workshops/kieli-en/", "<dd>Finnish, Swedish</dd>"),
    ],
)
def test_the_languages_spoken_are_named_in_the_readers_language(client, workshop_index, path, spoken):
    make_workshop(workshop_index, slug="kieli", languages=["fi", "sv"])
    assert spoken in client.get(path).content.decode()


LANGUAGE_VERSIONS = {
    "fi": ("/fi/tyopajat/", "/fi/tyopajat/{slug}/"),
    "sv": ("/sv/workshoppar/", "/sv/workshoppar/{slug}-sv/"),
    "en": ("/en/workshops/", "/en/workshops/{slug}-en/"),
}


def seat_status_text(html, slug):
    """Return the seat-status paragraph that follows the link to `slug` (or the page's only one)."""
    start = html.index(f"/{slug}") if slug else 0
    paragraph = html[start:].split('<p class="seat-status ', 1)[1].split("</p>", 1)[0]
    return " ".join(paragraph.split())


@pytest.mark.parametrize(
    ("slug", "capacity", "waitlist_enabled", "signups"),
    [("vapaa", 3, True, 1), ("jono", 2, True, 2), ("taysi", 2, False, 2)],
)
def test_the_listing_shows_the_same_seats_as_the_workshop_page_in_every_language(
    client, workshop_index, slug, capacity, waitlist_enabled, signups
):
    # The seats live on the first language version; the listing in Swedish and English must still find them.
    workshop = make_workshop(workshop_index, slug=slug, capacity=capacity, waitlist_enabled=waitlist_enabled)
    for number in range(signups):
        signup_create(workshop=workshop, **signup_kwargs(email=f"person{number}@example.com"))
    seen = set()
    for listing, page in LANGUAGE_VERSIONS.values():
        on_listing = seat_status_text(client.get(listing).content.decode(), slug)
        on_page = seat_status_text(client.get(page.format(slug=slug)).content.decode(), None)
        assert on_listing == on_page
        seen.add(on_page.split('"', 1)[0])
    assert seen == {f"seat-status--{workshop.seat_status().availability}"}
