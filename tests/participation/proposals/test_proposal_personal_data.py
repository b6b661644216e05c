"""Personal data is kept no longer than needed, and a person can have theirs exported or erased."""

import json
from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from wagtail.models import GroupPagePermission

from participation.groups import MODERATORS_GROUP, PUBLISHERS_GROUP, ensure_moderators_group
from participation.models import PersonalDataRequest, Proposal, ProposalStatus
from participation.personal_data import registry as personal_data
from tests.staff import log_in_staff

pytestmark = pytest.mark.django_db

REQUEST_URL = "/admin/personal-data/"


def decided(factory, days_ago, status=ProposalStatus.ACCEPTED, **fields):
    fields.setdefault("name", "Aino Asukas")
    fields.setdefault("email", "aino@example.fi")
    return factory(status=status, decided_at=timezone.now() - timedelta(days=days_ago), name_consent=True, **fields)


def run_retention(*args):
    out = StringIO()
    call_command("expire_proposal_personal_data", *args, stdout=out)
    return out.getvalue()


def test_retention_removes_name_and_email_after_the_decision_and_keeps_the_idea(proposal_factory):
    old = decided(proposal_factory, 400, title="Vanha idea", public_response="Vastaus")
    old_spam = decided(proposal_factory, 400, status=ProposalStatus.SPAM)
    recent = decided(proposal_factory, 10)
    undecided = proposal_factory(status=ProposalStatus.NEEDS_INFO, name="Odottaja", email="odottaa@example.fi")

    output = run_retention("--days", "365")

    old.refresh_from_db()
    assert (old.name, old.email, old.name_consent, old.contact_consent) == ("", "", False, False)
    assert (old.title, old.public_response, old.status) == ("Vanha idea", "Vastaus", ProposalStatus.ACCEPTED)
    assert old.personal_data_removed_at is not None
    assert Proposal.objects.get(pk=old_spam.pk).email == ""
    assert Proposal.objects.get(pk=recent.pk).email == "aino@example.fi"
    assert Proposal.objects.get(pk=undecided.pk).email == "odottaa@example.fi"
    assert "2 proposals" in output


def test_running_retention_twice_changes_nothing(proposal_factory):
    decided(proposal_factory, 400)
    run_retention("--days", "30")
    before = list(Proposal.objects.values())
    assert "0 proposals" in run_retention("--days", "30")
    assert list(Proposal.objects.values()) == before


@override_settings(PARTICIPATION_PROPOSAL_RETENTION_DAYS=5)
def test_retention_days_come_from_the_settings(proposal_factory):
    decided(proposal_factory, 6)
    run_retention()
    assert Proposal.objects.get().email == ""


def left_undecided(factory, days_ago, status, **fields):
    """A proposal nobody has decided on, last changed `days_ago` days ago."""
    proposal = factory(status=status, name="Odottaja", email="odottaa@example.fi", contact_consent=True, **fields)
    # `updated_at` follows every save; an update sets the past as it would have been.
    Proposal.objects.filter(pk=proposal.pk).update(updated_at=timezone.now() - timedelta(days=days_ago))
    return proposal


@override_settings(PARTICIPATION_PROPOSAL_UNDECIDED_RETENTION_DAYS=200)
def test_an_idea_nobody_decided_on_loses_its_authors_data_after_the_set_time_and_keeps_the_idea(proposal_factory):
    forgotten = [
        left_undecided(proposal_factory, 201, status, title=f"Unohtunut {status}")
        for status in (ProposalStatus.NEW, ProposalStatus.IN_REVIEW, ProposalStatus.NEEDS_INFO)
    ]
    still_handled = left_undecided(proposal_factory, 199, ProposalStatus.IN_REVIEW)

    output = run_retention()

    for proposal in forgotten:
        proposal.refresh_from_db()
        assert (proposal.name, proposal.email, proposal.contact_consent) == ("", "", False)
        assert proposal.title.startswith("Unohtunut") and proposal.personal_data_removed_at is not None
        # Still waiting: removing the author's data decides nothing about the idea.
        assert proposal.status in (ProposalStatus.NEW, ProposalStatus.IN_REVIEW, ProposalStatus.NEEDS_INFO)
    assert Proposal.objects.get(pk=still_handled.pk).email == "odottaa@example.fi"
    assert "3 proposals" in output


def test_the_undecided_period_is_its_own_and_can_be_given_on_the_command_line(proposal_factory):
    waiting = left_undecided(proposal_factory, 40, ProposalStatus.NEW)
    recently_decided = decided(proposal_factory, 40)

    run_retention("--days", "365", "--undecided-days", "30")

    assert Proposal.objects.get(pk=waiting.pk).email == ""
    assert Proposal.objects.get(pk=recently_decided.pk).email == "aino@example.fi"


def test_proposals_are_a_registered_personal_data_provider():
    assert "proposals" in [provider.name for provider in personal_data.providers()]


def test_a_moderator_exports_everything_held_about_an_address(client, moderator, proposal_factory):
    proposal_factory(email="Aino@Example.fi", name="Aino", title="Ensimmäinen", moderator_note="Soitettu")
    proposal_factory(email="aino@example.fi", title="Toinen")
    proposal_factory(email="someone.else@example.fi", title="Muiden idea")
    log_in_staff(client, moderator)

    response = client.post(REQUEST_URL, {"email": " aino@example.fi ", "action": "export"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith('attachment; filename="personal-data-')
    assert "aino" not in response["Content-Disposition"]
    data = json.loads(response.content)
    assert sorted(record["title"] for record in data["records"]["proposals"]) == ["Ensimmäinen", "Toinen"]
    assert "Soitettu" in [record["moderator_note"] for record in data["records"]["proposals"]]
    log = PersonalDataRequest.objects.get()
    assert (log.action, log.handled_by, log.records["proposals"]) == ("export", moderator, 2)
    assert "aino" not in json.dumps(log.records)


def test_a_moderator_erases_everything_held_about_an_address_after_confirming(client, moderator, proposal_factory):
    mine = proposal_factory(email="aino@example.fi", name="Aino", name_consent=True, title="Idea jää")
    other = proposal_factory(email="other@example.fi", name="Other")
    log_in_staff(client, moderator)

    confirm = client.post(REQUEST_URL, {"email": "aino@example.fi", "action": "erase"})
    assert confirm.status_code == 200
    assert 'name="confirmed" value="yes"' in confirm.content.decode()
    assert Proposal.objects.get(pk=mine.pk).email == "aino@example.fi"

    response = client.post(REQUEST_URL, {"email": "aino@example.fi", "action": "erase", "confirmed": "yes"})

    assert response.status_code == 302
    mine.refresh_from_db()
    assert (mine.name, mine.email, mine.name_consent, mine.title) == ("", "", False, "Idea jää")
    assert Proposal.objects.get(pk=other.pk).email == "other@example.fi"
    assert PersonalDataRequest.objects.get().records["proposals"] == 1
    # Erasing again finds nothing: the request is idempotent.
    assert personal_data.erase_personal_data("aino@example.fi")["proposals"] == 0


def test_an_editor_cannot_export_or_erase(client, editor, proposal_factory):
    proposal_factory(email="aino@example.fi")
    log_in_staff(client, editor)
    assert client.get(REQUEST_URL).status_code in (302, 403)
    response = client.post(REQUEST_URL, {"email": "aino@example.fi", "action": "export"})
    assert "aino@example.fi" not in response.content.decode()
    client.post(REQUEST_URL, {"email": "aino@example.fi", "action": "erase", "confirmed": "yes"})
    assert Proposal.objects.get().email == "aino@example.fi"


def test_a_provider_registered_later_joins_export_and_erasure():
    erased = []
    provider = personal_data.PersonalDataProvider(
        name="test_records",
        label="Test records",
        export=lambda email: [{"workshop": "Runsor Express"}],
        erase=lambda email: erased.append(email) or 1,
    )
    personal_data.register(provider)
    try:
        assert personal_data.export_personal_data("a@example.fi")["records"]["test_records"] == [
            {"workshop": "Runsor Express"}
        ]
        assert personal_data.erase_personal_data("a@example.fi")["test_records"] == 1
        assert erased == ["a@example.fi"]
    finally:
        personal_data._providers.pop("test_records")


def test_the_moderators_group_is_wagtails_no_longer_and_survives_another_migrate():
    moderators = Group.objects.get(name=MODERATORS_GROUP)
    publishers = Group.objects.get(name=PUBLISHERS_GROUP)
    assert not GroupPagePermission.objects.filter(group=moderators).exists()
    # Wagtail's page moderators kept every page permission they had, under their new name.
    assert GroupPagePermission.objects.filter(group=publishers, permission__codename="publish_page").exists()
    codenames = set(moderators.permissions.values_list("codename", flat=True))
    assert {"access_admin", "change_proposal", "view_personal_data", "add_personaldatarequest"} <= codenames

    ensure_moderators_group()
    assert Group.objects.filter(name__in=[MODERATORS_GROUP, PUBLISHERS_GROUP]).count() == 2
    assert set(Group.objects.get(name=MODERATORS_GROUP).permissions.values_list("codename", flat=True)) == codenames
