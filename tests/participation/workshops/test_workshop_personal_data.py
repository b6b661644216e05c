"""Personal data leaves when it is no longer needed; reminders go out once; a person's data can be exported or erased."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from participation.models import SignupState, WorkshopSignup
from participation.workshops.models import HEALTH_CONSENT_VERSION
from participation.workshops.services import (
    signup_create,
    signups_erase_for_email,
    signups_export_for_email,
    signups_send_reminders,
)
from tests.participation.workshops.support import make_workshop, signup_kwargs

pytestmark = pytest.mark.django_db


def past_workshop(index, slug, days_ago):
    ends = timezone.now() - timedelta(days=days_ago)
    return make_workshop(index, slug=slug, starts_at=ends - timedelta(hours=2), ends_at=ends)


def add_signup(workshop, number, state="attended", group="student"):
    return WorkshopSignup.objects.create(
        workshop=workshop,
        public_id=f"00000000-0000-4000-8000-{number:012d}",
        state=state,
        name=f"Henkilö {number}",
        email=f"h{number}@example.com",
        organisation="Vaasan yliopisto",
        stakeholder_group=group,
        needs=["dietary"],
        needs_details="Laktoositon",
        health_consent_version=HEALTH_CONSENT_VERSION,
        health_consent_at=timezone.now() - timedelta(days=120),
        language="fi",
    )


def test_sign_ups_are_anonymised_after_the_retention_period_keeping_the_statistics(workshop_index, settings):
    settings.WORKSHOP_SIGNUP_RETENTION_DAYS = 90
    old = past_workshop(workshop_index, "vanha", days_ago=91)
    recent = past_workshop(workshop_index, "tuore", days_ago=10)
    add_signup(old, 1, group="student")
    add_signup(old, 2, group="company")
    add_signup(old, 3, state="cancelled")
    kept = add_signup(recent, 4)
    figures_before = WorkshopSignup.objects.participant_figures()

    call_command("anonymise_workshop_signups")
    anonymised = WorkshopSignup.objects.filter(workshop=old)
    assert all(s.name == "" and s.email == "" and s.organisation == "" and s.needs == [] for s in anonymised)
    assert all(s.needs_details == "" and s.anonymised_at for s in anonymised)
    # The health-related needs went, and so did the consent that covered them.
    assert all(s.health_consent_version is None and s.health_consent_at is None for s in anonymised)
    assert sorted(anonymised.values_list("stakeholder_group", flat=True)) == ["company", "student", "student"]
    assert old.attendance_count() == 2
    assert WorkshopSignup.objects.participant_figures() == figures_before
    kept.refresh_from_db()
    assert kept.email == "h4@example.com"

    stamps = list(WorkshopSignup.objects.order_by("pk").values_list("anonymised_at", flat=True))
    call_command("anonymise_workshop_signups")
    assert list(WorkshopSignup.objects.order_by("pk").values_list("anonymised_at", flat=True)) == stamps


def test_the_retention_period_can_be_given_on_the_command_line(workshop_index):
    recent = past_workshop(workshop_index, "tuore", days_ago=10)
    add_signup(recent, 5)
    call_command("anonymise_workshop_signups", days=5)
    assert WorkshopSignup.objects.get().anonymised_at is not None


def test_reminders_go_to_confirmed_people_the_day_before_once(
    workshop_index, mailoutbox, django_capture_on_commit_callbacks
):
    now = timezone.localtime()
    tomorrow_noon = (now + timedelta(days=1)).replace(hour=12, minute=0, second=0, microsecond=0)
    tomorrow = make_workshop(
        workshop_index, slug="huomenna", starts_at=tomorrow_noon, ends_at=tomorrow_noon + timedelta(hours=2), capacity=1
    )
    later = make_workshop(workshop_index, slug="myohemmin")
    with django_capture_on_commit_callbacks(execute=True):
        confirmed = signup_create(workshop=tomorrow, **signup_kwargs(email="c@example.com", language="sv")).signup
        signup_create(workshop=tomorrow, **signup_kwargs(email="w@example.com"))  # waitlisted: no reminder
        signup_create(workshop=later, **signup_kwargs(email="l@example.com"))
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_workshop_reminders")
    assert [m.to for m in mailoutbox] == [["c@example.com"]]
    assert mailoutbox[0].subject.startswith("Påminnelse:")
    assert mailoutbox[0].attachments
    confirmed.refresh_from_db()
    assert confirmed.reminder_sent_at is not None

    with django_capture_on_commit_callbacks(execute=True):
        assert signups_send_reminders() == 0
    assert len(mailoutbox) == 1


def test_everything_held_about_an_address_is_exported_and_then_erased(
    workshop, workshop_index, django_capture_on_commit_callbacks
):
    other = make_workshop(workshop_index, slug="toinen", capacity=1)
    signup_create(
        workshop=workshop, **signup_kwargs(email="Aino@Example.com", needs=["plain_language"], health_consent=True)
    )
    signup_create(workshop=other, **signup_kwargs(email="someone@example.com"))
    waiting = signup_create(workshop=other, **signup_kwargs(email="aino@example.com")).signup
    assert waiting.state == SignupState.WAITLISTED

    export = signups_export_for_email(" AINO@example.com ")
    assert len(export) == 2
    assert {row["email"] for row in export} == {"Aino@Example.com", "aino@example.com"}
    assert export[0]["needs"] == ["plain_language"]
    assert export[0]["health_consent_version"] == HEALTH_CONSENT_VERSION and export[0]["health_consent_at"]

    with django_capture_on_commit_callbacks(execute=True):
        assert signups_erase_for_email("aino@example.com") == 2
    assert signups_export_for_email("aino@example.com") == []
    erased = WorkshopSignup.objects.filter(anonymised_at__isnull=False)
    assert erased.count() == 2
    # A sign-up to a workshop still to come was cancelled first, so the statistics and the seats stay right.
    assert set(erased.values_list("state", flat=True)) == {SignupState.CANCELLED}
    assert set(erased.values_list("needs_details", "health_consent_version", "health_consent_at")) == {("", None, None)}
    assert signups_erase_for_email("") == 0
