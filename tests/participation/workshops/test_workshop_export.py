"""A moderator hands the venue the attendee list: the waitlist in its order, and reads the consent a person gave."""

import csv
import io
import re
from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from participation.workshops.services import signup_create
from tests.participation.workshops.support import make_workshop, signup_kwargs
from tests.staff import log_in_staff

pytestmark = pytest.mark.django_db

LIST_URL = "wagtailsnippets_participation_workshopsignup:list"
INSPECT_URL = "wagtailsnippets_participation_workshopsignup:inspect"


@pytest.fixture
def full_workshop(workshop_index):
    """A one-seat workshop: Kalle took the seat, then Veera, Aino and Matti joined the waitlist in that order."""
    workshop = make_workshop(workshop_index, slug="yksi-paikka", capacity=1)
    start = timezone.now() - timedelta(hours=4)
    for minutes, (name, email) in enumerate(
        [("Kalle", "kalle"), ("Veera", "veera"), ("Aino", "aino"), ("Matti", "matti")]
    ):
        signup_create(
            workshop=workshop,
            now=start + timedelta(minutes=minutes),
            **signup_kwargs(name=name, email=f"{email}@example.com"),
        )
    return workshop


def test_the_export_lists_the_waitlist_in_its_order_whatever_the_listing_is_sorted_by(client, moderator, full_workshop):
    log_in_staff(client, moderator)
    response = client.get(reverse(LIST_URL), {"ordering": "name", "export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))
    assert [(row["Nimi"], row["Tila"], row["Varasijan numero"]) for row in rows] == [
        ("Kalle", "Vahvistettu", ""),
        ("Veera", "Varasijalla", "1"),
        ("Aino", "Varasijalla", "2"),
        ("Matti", "Varasijalla", "3"),
    ]
    assert {row["Sidosryhmä"] for row in rows} == {"Asukas"}


def test_the_inspect_view_shows_the_consent_to_health_related_needs(client, moderator, workshop):
    given = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # still summer time in Helsinki: 3.30, not 2.30
    with_needs = signup_create(
        workshop=workshop,
        **signup_kwargs(needs=["induction_loop"]),
        health_consent=True,
    ).signup
    type(with_needs).objects.filter(pk=with_needs.pk).update(health_consent_at=given)
    without = signup_create(workshop=workshop, **signup_kwargs(name="Olli", email="olli@example.com")).signup
    log_in_staff(client, moderator)

    html = client.get(reverse(INSPECT_URL, args=[with_needs.pk])).content.decode()
    consent = re.search(r"<dt>Suostumus terveyteen liittyviin tarpeisiin</dt>\s*<dd>\s*(.*?)\s*</dd>", html, re.S)
    assert consent.group(1) == "kyllä (sanamuodon versio 1, annettu su 25.10.2026 klo 3.30)"
    assert "Induktiosilmukka" in html and "induction_loop" not in html
    assert "Vahvistettu" in html

    html = client.get(reverse(INSPECT_URL, args=[without.pk])).content.decode()
    consent = re.search(r"<dt>Suostumus terveyteen liittyviin tarpeisiin</dt>\s*<dd>\s*(.*?)\s*</dd>", html, re.S)
    assert consent.group(1) == "ei"


def test_the_listing_names_the_language_and_the_state_not_their_codes(client, moderator, workshop):
    signup_create(workshop=workshop, **signup_kwargs(name="Sanna", email="sanna@example.com", language="sv"))
    log_in_staff(client, moderator)
    html = client.get(reverse(LIST_URL)).content.decode()
    cells = re.findall(r"<td[^>]*>\s*(.*?)\s*</td>", html, re.S)
    assert "Svenska" in cells and "sv" not in cells
    assert "Vahvistettu" in cells and "confirmed" not in cells
