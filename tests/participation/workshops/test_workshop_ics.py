"""A person adds a workshop to their calendar: right time zone, title and place; the feed lists what is coming."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from participation.workshops.emails import signup_email
from participation.workshops.services import signup_create
from tests.participation.workshops.support import make_workshop, signup_kwargs

pytestmark = pytest.mark.django_db

HELSINKI = ZoneInfo("Europe/Helsinki")


@pytest.fixture
def winter_workshop(workshop_index):
    # 3 December 2030, 17:00–19:00 Finnish time (UTC+2).
    return make_workshop(
        workshop_index,
        slug="talvi",
        starts_at=datetime(2030, 12, 3, 17, 0, tzinfo=HELSINKI),
        ends_at=datetime(2030, 12, 3, 19, 0, tzinfo=HELSINKI),
        online_url="https://meet.example.fi/kiertotalous",
    )


def test_the_confirmation_invitation_has_the_time_zone_summary_location_and_online_link(winter_workshop):
    signup = signup_create(workshop=winter_workshop, **signup_kwargs(language="sv")).signup
    [(_name, content, _mimetype)] = signup_email(signup, "confirmed").attachments
    text = content if isinstance(content, str) else content.decode()
    assert "DTSTART;TZID=Europe/Helsinki:20301203T170000" in text
    assert "DTEND;TZID=Europe/Helsinki:20301203T190000" in text
    assert "BEGIN:VTIMEZONE" in text and "TZID:Europe/Helsinki" in text
    [event] = Calendar.from_ical(text).walk("VEVENT")
    assert event["SUMMARY"] == "Workshop om cirkulär ekonomi"
    assert event.decoded("DTSTART").astimezone(ZoneInfo("UTC")) == datetime(2030, 12, 3, 15, 0, tzinfo=ZoneInfo("UTC"))
    assert event["LOCATION"] == "Stadshuset, festsalen, https://meet.example.fi/kiertotalous"
    assert event.decoded("DTSTAMP").tzinfo is not None
    assert "/sv/workshop-signup/" in event["DESCRIPTION"]
    assert str(event["UID"]).startswith(f"workshop-{winter_workshop.translation_key}@")


def test_a_waitlisted_person_gets_no_invitation_and_no_online_link(winter_workshop):
    signup = signup_create(workshop=winter_workshop, **signup_kwargs()).signup
    signup.state = "waitlisted"
    message = signup_email(signup, "waitlisted")
    assert message.attachments == []
    assert "meet.example.fi" not in message.body


def test_the_listing_announces_its_feed_and_the_feed_lists_upcoming_workshops_only(
    client, winter_workshop, workshop_index
):
    from datetime import timedelta

    from django.utils import timezone

    make_workshop(
        workshop_index,
        slug="mennyt",
        starts_at=timezone.now() - timedelta(days=30),
        ends_at=timezone.now() - timedelta(days=30, hours=-2),
    )
    html = client.get("/en/workshops/").content.decode()
    assert '<link rel="alternate" type="text/calendar"' in html
    assert 'href="/en/workshops/calendar/"' in html
    response = client.get("/en/workshops/calendar/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert [str(event["SUMMARY"]) for event in events] == ["Circular economy workshop"]
    [event] = events
    assert event["URL"] == "http://testserver/en/workshops/talvi-en/"
    # The feed is public: no online link in it.
    assert "meet.example.fi" not in response.content.decode()
    assert event["LOCATION"] == "City Hall, banquet hall, Online"
