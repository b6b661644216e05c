"""A person reads when a workshop is, on the page, in the e-mail and in the calendar, the way their language writes it.

Finnish "ke 2.12.2037 klo 17.00–19.30", Finland-Swedish "ons 2.12.2037 kl. 17.00–19.30", English
"Wed 2 December 2037, 17.00–19.30"; moderators see the same forms in the admin, while exports stay ISO 8601.
"""

import csv
import io
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from icalendar import Calendar
from wagtail.users.models import UserProfile

from participation.models import WorkshopSignup
from participation.workshops.emails import signup_email
from participation.workshops.services import signup_create
from tests.participation.workshops.support import make_workshop, signup_kwargs
from tests.staff import log_in_staff

pytestmark = pytest.mark.django_db

HELSINKI = ZoneInfo("Europe/Helsinki")
# 2 December 2037 is a Wednesday, in winter time (UTC+2).
STARTS = datetime(2037, 12, 2, 17, 0, tzinfo=HELSINKI)
ENDS = datetime(2037, 12, 2, 19, 30, tzinfo=HELSINKI)
PAGES = {"fi": "/fi/tyopajat/joulu/", "sv": "/sv/workshoppar/joulu-sv/", "en": "/en/workshops/joulu-en/"}
ON_THE_PAGE = {
    "fi": (
        '<time datetime="2037-12-02T17:00:00+02:00">ke 2.12.2037 klo 17.00</time>–'
        '<time datetime="2037-12-02T19:30:00+02:00">19.30</time>'
    ),
    "sv": (
        '<time datetime="2037-12-02T17:00:00+02:00">ons 2.12.2037 kl. 17.00</time>–'
        '<time datetime="2037-12-02T19:30:00+02:00">19.30</time>'
    ),
    "en": (
        '<time datetime="2037-12-02T17:00:00+02:00">Wed 2 December 2037, 17.00</time>–'
        '<time datetime="2037-12-02T19:30:00+02:00">19.30</time>'
    ),
}
IN_THE_EMAIL = {
    "fi": "Milloin: ke 2.12.2037 klo 17.00–19.30\n",
    "sv": "När: ons 2.12.2037 kl. 17.00–19.30\n",
    "en": "When: Wed 2 December 2037, 17.00–19.30\n",
}
LANGUAGES = ["fi", "sv", "en"]


@pytest.fixture
def evening_workshop(workshop_index):
    return make_workshop(workshop_index, slug="joulu", starts_at=STARTS, ends_at=ENDS)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_workshop_page_gives_weekday_date_and_times_the_way_the_language_writes_them(
    client, evening_workshop, language
):
    html = client.get(PAGES[language]).content.decode()
    assert ON_THE_PAGE[language] in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_listing_card_gives_the_same_time_as_the_page(client, evening_workshop, language):
    listing = PAGES[language].rsplit("/", 2)[0] + "/"
    assert ON_THE_PAGE[language] in client.get(listing).content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_confirmation_e_mail_and_its_calendar_file_say_when_in_the_persons_language(evening_workshop, language):
    signup = signup_create(workshop=evening_workshop, **signup_kwargs(language=language)).signup
    message = signup_email(signup, "confirmed")
    assert IN_THE_EMAIL[language] in message.body
    assert "<time" not in message.body

    [(_name, content, _mimetype)] = message.attachments
    [event] = Calendar.from_ical(content).walk("VEVENT")
    first_paragraph = str(event["DESCRIPTION"]).split("\n\n")[0]
    assert first_paragraph == IN_THE_EMAIL[language].split(": ", 1)[1].strip()
    # The machine-readable times are untouched: local time with its zone, as RFC 5545 writes it.
    assert event.decoded("DTSTART") == STARTS


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fi", "ke 2.12.2037 klo 20.00 – to 3.12.2037 klo 1.00"),
        ("sv", "ons 2.12.2037 kl. 20.00 – tors 3.12.2037 kl. 1.00"),
        ("en", "Wed 2 December 2037, 20.00 – Thu 3 December 2037, 1.00"),
    ],
)
def test_a_night_workshop_names_both_days_with_a_spaced_dash(client, workshop_index, language, expected):
    make_workshop(
        workshop_index,
        slug="yo",
        starts_at=datetime(2037, 12, 2, 20, 0, tzinfo=HELSINKI),
        ends_at=datetime(2037, 12, 3, 1, 0, tzinfo=HELSINKI),
    )
    path = {"fi": "/fi/tyopajat/yo/", "sv": "/sv/workshoppar/yo-sv/", "en": "/en/workshops/yo-en/"}[language]
    html = client.get(path).content.decode()
    first, second = expected.split(" – ")
    assert (
        f'<time datetime="2037-12-02T20:00:00+02:00">{first}</time> – '
        f'<time datetime="2037-12-03T01:00:00+02:00">{second}</time>'
    ) in html


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fi", "Ilmoittautuminen alkaa"),
        ("sv", "Anmälan öppnar"),
        ("en", "Registration opens on"),
    ],
)
def test_before_registration_opens_the_page_says_when_with_the_weekday(client, workshop_index, language, expected):
    make_workshop(
        workshop_index,
        slug="pian",
        starts_at=STARTS,
        ends_at=ENDS,
        registration_opens_at=datetime(2037, 11, 23, 9, 0, tzinfo=HELSINKI),
    )
    path = {"fi": "/fi/tyopajat/pian/", "sv": "/sv/workshoppar/pian-sv/", "en": "/en/workshops/pian-en/"}[language]
    moment = {"fi": "ma 23.11.2037 klo 9.00", "sv": "mån 23.11.2037 kl. 9.00", "en": "Mon 23 November 2037, 9.00"}
    html = " ".join(client.get(path).content.decode().split())
    assert f'{expected} <time datetime="2037-11-23T09:00:00+02:00">{moment[language]}</time>' in html


@pytest.fixture
def signed_up(evening_workshop):
    signup = signup_create(workshop=evening_workshop, **signup_kwargs()).signup
    # Signed up at 23.30 Helsinki time: already the next day in Helsinki, still the day before in UTC.
    WorkshopSignup.objects.filter(pk=signup.pk).update(created_at=datetime(2037, 11, 20, 23, 30, tzinfo=HELSINKI))
    return signup


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fi", "pe 20.11.2037 klo 23.30"),
        ("sv", "fre 20.11.2037 kl. 23.30"),
        ("en", "Fri 20 November 2037, 23.30"),
    ],
)
def test_the_sign_up_listing_shows_when_people_signed_up_in_helsinki_time_and_the_staff_members_language(
    client, moderator, signed_up, language, expected
):
    profile = UserProfile.get_for_user(moderator)
    profile.preferred_language = language
    # A staff member travelling: the listing still says when it happened in Vaasa.
    profile.current_time_zone = "America/New_York"
    profile.save()
    log_in_staff(client, moderator)
    html = client.get(reverse("wagtailsnippets_participation_workshopsignup:list")).content.decode()
    assert expected in html


@pytest.mark.parametrize(("language", "delimiter"), [("fi", ";"), ("sv", ";"), ("en", ",")])
def test_the_attendee_export_writes_the_helsinki_clock_whatever_the_admin_language(
    client, moderator, signed_up, language, delimiter
):
    profile = UserProfile.get_for_user(moderator)
    profile.preferred_language = language
    profile.save()
    log_in_staff(client, moderator)
    response = client.get(reverse("wagtailsnippets_participation_workshopsignup:list"), {"export": "csv"})
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    [row] = list(csv.DictReader(io.StringIO(body), delimiter=delimiter))
    # Year-month-day, which spreadsheets read in every locale, on Helsinki's clock: 23.30, not UTC's 21.30.
    assert "2037-12-02 17:00:00" in row.values()
    assert "2037-11-20 23:30:00" in row.values()
    assert "klo" not in body and "kl." not in body and "+00:00" not in body
