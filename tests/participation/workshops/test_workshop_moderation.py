"""Moderators work through sign-ups in the admin; people without the right permission cannot."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from participation.models import SignupState, WorkshopSignup
from participation.workshops.services import signup_create
from tests.participation.workshops.support import make_workshop, signup_kwargs
from tests.staff import log_in_staff

pytestmark = pytest.mark.django_db

LIST_URL = "wagtailsnippets_participation_workshopsignup:list"


def bulk_url(action, signups):
    ids = "&".join(f"id={signup.pk}" for signup in signups)
    return f"/admin/bulk/participation/workshopsignup/{action}/?{ids}"


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("toimittaja", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


@pytest.fixture
def moderated(workshop_index):
    return make_workshop(workshop_index, slug="moderoitu", capacity=1, requires_approval=True)


def test_a_moderator_approves_then_the_next_approved_person_is_waitlisted(
    client, moderator, moderated, mailoutbox, django_capture_on_commit_callbacks
):
    first = signup_create(workshop=moderated, **signup_kwargs(email="a@example.com", language="en")).signup
    second = signup_create(workshop=moderated, **signup_kwargs(email="b@example.com")).signup
    log_in_staff(client, moderator)
    assert client.get(bulk_url("approve_signups", [first, second])).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(bulk_url("approve_signups", [first, second]))
    assert response.status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.state, second.state) == (SignupState.CONFIRMED, SignupState.WAITLISTED)
    subjects = {m.to[0]: m.subject for m in mailoutbox}
    assert subjects["a@example.com"].startswith("Your sign-up was approved")
    assert subjects["b@example.com"].startswith("Olet varasijalla")


def test_declining_tells_the_person_in_their_language(
    client, moderator, moderated, mailoutbox, django_capture_on_commit_callbacks
):
    signup = signup_create(workshop=moderated, **signup_kwargs(language="sv")).signup
    log_in_staff(client, moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(bulk_url("decline_signups", [signup]))
    signup.refresh_from_db()
    assert signup.state == SignupState.DECLINED
    assert mailoutbox[-1].subject.startswith("Om din anmälan")


def test_someone_without_the_permission_cannot_approve(client, editor, moderated):
    signup = signup_create(workshop=moderated, **signup_kwargs()).signup
    log_in_staff(client, editor)
    client.post(bulk_url("approve_signups", [signup]))
    signup.refresh_from_db()
    assert signup.state == SignupState.PENDING
    assert client.get(reverse(LIST_URL)).status_code in (302, 403)


def test_a_viewer_cannot_change_sign_ups(client, django_user_model, moderated):
    viewer = django_user_model.objects.create_user("katselija", password="pw")
    viewer.user_permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="view_workshopsignup")
    )
    signup = signup_create(workshop=moderated, **signup_kwargs()).signup
    log_in_staff(client, viewer)
    # Refused before the sign-ups are listed: their names are not shown to someone who may not act on them.
    response = client.get(bulk_url("approve_signups", [signup]))
    assert response.status_code == 403
    assert "Aino Esimerkki" not in response.content.decode()
    client.post(bulk_url("approve_signups", [signup]))
    signup.refresh_from_db()
    assert signup.state == SignupState.PENDING


def test_nobody_adds_or_deletes_sign_ups_in_the_admin_not_even_a_superuser(client, admin_user, workshop):
    signup = signup_create(workshop=workshop, **signup_kwargs()).signup
    log_in_staff(client, admin_user)
    assert client.get(reverse("wagtailsnippets_participation_workshopsignup:add")).status_code in (302, 403)
    client.post(bulk_url("delete", [signup]))
    assert WorkshopSignup.objects.filter(pk=signup.pk).exists()


def test_attendance_is_marked_after_the_workshop_and_counts_for_the_impact_figures(client, moderator, workshop_index):
    started = make_workshop(
        workshop_index,
        slug="pidetty",
        starts_at=timezone.now() - timedelta(hours=3),
        ends_at=timezone.now() - timedelta(hours=1),
    )
    upcoming = make_workshop(workshop_index, slug="tuleva")
    came = WorkshopSignup.objects.create(
        workshop=started,
        public_id="00000000-0000-4000-8000-0000000000a1",
        state="confirmed",
        name="A",
        email="a@example.com",
        stakeholder_group="student",
        language="fi",
    )
    future = signup_create(workshop=upcoming, **signup_kwargs()).signup
    log_in_staff(client, moderator)
    client.post(bulk_url("mark_signups_attended", [came, future]))
    came.refresh_from_db()
    future.refresh_from_db()
    assert came.state == SignupState.ATTENDED
    assert future.state == SignupState.CONFIRMED  # not yet held: nothing to mark
    assert started.attendance_count() == 1
    figures = WorkshopSignup.objects.participant_figures()
    assert figures["total"] == 1 and figures["by_stakeholder_group"]["student"] == 1


def test_the_queue_filters_by_state_and_workshop(client, moderator, moderated, workshop):
    pending = signup_create(workshop=moderated, **signup_kwargs(name="Odottava Olli", email="o@example.com")).signup
    signup_create(workshop=workshop, **signup_kwargs(name="Vahvistettu Veera", email="v@example.com"))
    log_in_staff(client, moderator)
    html = client.get(reverse(LIST_URL), {"state": "pending"}).content.decode()
    assert "Odottava Olli" in html and "Vahvistettu Veera" not in html
    html = client.get(reverse(LIST_URL), {"workshop": workshop.pk}).content.decode()
    assert "Vahvistettu Veera" in html and "Odottava Olli" not in html
    assert pending.pk


def test_the_attendee_export_is_safe_in_a_spreadsheet_and_lists_needs(client, moderator, workshop):
    signup_create(
        workshop=workshop,
        **signup_kwargs(
            name='=HYPERLINK("http://evil")', organisation="+358 40 123", needs=["dietary", "induction_loop"]
        ),
        needs_details="@SUM(A1) gluteeniton",
        health_consent=True,
    )
    log_in_staff(client, moderator)
    response = client.get(reverse(LIST_URL), {"export": "csv"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig")), delimiter=";"))
    header, row = rows[0], rows[1]
    record = dict(zip(header, row, strict=True))
    assert record["Nimi"].startswith("'=")
    assert record["Organisaatio"].startswith("'+")
    assert record["Muut tarpeet"].startswith("'@")
    assert record["Tarpeet"] == "Induktiosilmukka, Erityisruokavalio"


def test_the_dashboard_shows_how_many_wait_for_approval(client, moderator, moderated, editor):
    signup_create(workshop=moderated, **signup_kwargs())
    log_in_staff(client, moderator)
    html = client.get("/admin/").content.decode()
    assert "1 työpajailmoittautuminen odottaa hyväksyntää" in html
    log_in_staff(client, editor)
    assert "odottaa hyväksyntää" not in client.get("/admin/").content.decode()
