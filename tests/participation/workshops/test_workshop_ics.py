"""A person adds a workshop to their calendar: right time zone, title and place; the feed lists what is coming; a
seat given up leaves the calendar again."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from icalendar import Calendar

from participation.models import WorkshopSignup
from participation.workshops.emails import signup_email
from participation.workshops.services import signup_cancel, signup_create, signup_decide
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


def calendar_of(message):
    """Return the one calendar file attached to an e-mail, parsed, with its MIME type."""
    [(_name, content, mimetype)] = message.attachments
    return Calendar.from_ical(content if isinstance(content, bytes) else content.encode()), mimetype


def test_a_cancelled_sign_up_e_mail_takes_the_event_out_of_the_persons_calendar(
    client, winter_workshop, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        signup = signup_create(workshop=winter_workshop, **signup_kwargs(language="sv")).signup
    invitation, invitation_type = calendar_of(mailoutbox[-1])

    # The person cancels from the link in the e-mail, an hour later.
    later = signup.state_changed_at + timedelta(hours=1)
    with django_capture_on_commit_callbacks(execute=True):
        signup_cancel(signup=signup, now=later)
    message = mailoutbox[-1]
    cancellation, cancellation_type = calendar_of(message)

    assert message.to == ["aino@example.com"]
    assert "tar den bifogade kalenderfilen bort den" in message.body
    assert (invitation_type, cancellation_type) == (
        "text/calendar; charset=utf-8; method=PUBLISH",
        "text/calendar; charset=utf-8; method=CANCEL",
    )
    assert (invitation["METHOD"], cancellation["METHOD"]) == ("PUBLISH", "CANCEL")
    [invited] = invitation.walk("VEVENT")
    [cancelled] = cancellation.walk("VEVENT")
    assert cancelled["UID"] == invited["UID"]
    assert (invited["STATUS"], cancelled["STATUS"]) == ("CONFIRMED", "CANCELLED")
    assert cancelled.decoded("SEQUENCE") > invited.decoded("SEQUENCE")
    assert cancelled.decoded("DTSTART") == invited.decoded("DTSTART")
    assert str(cancelled["ORGANIZER"]) == "mailto:kokeilut@example.fi"
    assert str(cancelled["ATTENDEE"]) == "mailto:aino@example.com"
    # The cancellation carries no online link: the seat is gone.
    assert "meet.example.fi" not in cancellation.to_ical().decode()


def test_a_new_sign_up_after_a_cancellation_is_invited_again_above_the_cancellation(
    winter_workshop, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = signup_create(workshop=winter_workshop, **signup_kwargs()).signup
    # Signed up an hour ago, cancelled half an hour ago.
    WorkshopSignup.objects.filter(pk=first.pk).update(state_changed_at=timezone.now() - timedelta(hours=1))
    first.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        signup_cancel(signup=first, now=timezone.now() - timedelta(minutes=30))
    [cancelled] = calendar_of(mailoutbox[-1])[0].walk("VEVENT")

    # Changed their mind: signing up again puts the event back, which a lower SEQUENCE would not.
    with django_capture_on_commit_callbacks(execute=True):
        signup_create(workshop=winter_workshop, **signup_kwargs())
    [invited_again] = calendar_of(mailoutbox[-1])[0].walk("VEVENT")

    assert invited_again["UID"] == cancelled["UID"]
    assert invited_again.decoded("SEQUENCE") > cancelled.decoded("SEQUENCE")


def test_a_declined_seat_is_cancelled_in_the_calendar_too(
    winter_workshop, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        signup = signup_create(workshop=winter_workshop, **signup_kwargs(language="en")).signup
        signup_decide(signups=[signup], approve=False, now=signup.state_changed_at + timedelta(hours=2))
    calendar, mimetype = calendar_of(mailoutbox[-1])
    assert mimetype.endswith("method=CANCEL") and calendar["METHOD"] == "CANCEL"
    assert "the attached calendar file removes it" in mailoutbox[-1].body


def test_cancelling_a_place_on_the_waitlist_sends_no_calendar_file(
    workshop_index, mailoutbox, django_capture_on_commit_callbacks
):
    full = make_workshop(workshop_index, slug="taysi", capacity=1)
    with django_capture_on_commit_callbacks(execute=True):
        signup_create(workshop=full, **signup_kwargs(email="first@example.com"))
        waiting = signup_create(workshop=full, **signup_kwargs(email="second@example.com")).signup
        signup_cancel(signup=waiting)
    message = mailoutbox[-1]
    assert message.to == ["second@example.com"]
    # It never reached their calendar, so there is nothing to take out of it.
    assert message.attachments == []
    assert "calendar" not in message.body.lower() and "kalenteri" not in message.body
