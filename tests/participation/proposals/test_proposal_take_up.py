"""A moderator gives an idea to the think tank that takes it up; the think tank's page shows the public ones."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import ModelLogEntry

from experiments.models import ThinkTankPage
from home.cache import bump_content_version
from home.demo_support import translations_of
from participation.models import Proposal, ProposalStatus
from participation.proposals.services import assign_to_think_tank, proposals_export_personal_data
from tests.factories import publish_think_tank, publish_vocabulary
from tests.staff import log_in_staff

from .conftest import BOARD_URLS

pytestmark = pytest.mark.django_db

THINK_TANK_URLS = {
    "fi": "/fi/ajatushautomot/tyomatkat/",
    "sv": "/sv/tankesmedjor/arbetsresor/",
    "en": "/en/think-tanks/commuting/",
}


def admin_text(text):
    with translation.override(settings.LANGUAGE_CODE):
        return translation.gettext(text)


def url(view, *args):
    return reverse(Proposal.snippet_viewset.get_url_name(view), args=args)


def bulk_url(proposals):
    ids = "&".join(f"id={proposal.pk}" for proposal in proposals)
    return f"/admin/bulk/participation/proposal/assign_think_tank/?next=/admin/&{ids}"


@pytest.fixture
def think_tank(home):
    """The commuting think tank, published in Finnish, Swedish and English (the Finnish page is returned)."""
    return publish_think_tank(home, publish_vocabulary())


@pytest.fixture
def other_think_tank(think_tank):
    index = think_tank.get_parent()
    other = ThinkTankPage(
        title="Kaupunkikulttuuri", slug="kulttuuri", purpose="Tapahtumia.", contact_email="k@example.fi"
    )
    index.add_child(instance=other)
    other.save_revision().publish()
    return other


@pytest.fixture
def ideas(proposal_factory):
    return {
        "accepted": proposal_factory(
            title="Pyöräparkki Runsorin asemalle", status=ProposalStatus.ACCEPTED, email="aino@example.fi"
        ),
        "refined": proposal_factory(title="Work bus to Runsor", language="en", status=ProposalStatus.REFINED),
        "in_review": proposal_factory(title="Kimppakyytitaulu satamaan", status=ProposalStatus.IN_REVIEW),
        "declined": proposal_factory(title="Samåkning till hamnen", language="sv", status=ProposalStatus.DECLINED),
    }


def edit_data(proposal, **changes):
    data = {
        "status": proposal.status,
        "title": proposal.title,
        "description": proposal.description,
        "theme": proposal.theme_id or "",
        "district": proposal.district,
        "public_response": proposal.public_response,
        "moderator_note": proposal.moderator_note,
        "think_tank": "",
        "responsible_unit": "",
    }
    data.update(changes)
    return data


# The rule


def test_assigning_dates_logs_and_keeps_the_date_while_only_the_unit_changes(ideas, think_tank, moderator):
    proposal = ideas["in_review"]

    assert assign_to_think_tank(proposal, think_tank, " Kaupunkiympäristö, liikennesuunnittelu ", by=moderator)

    proposal.refresh_from_db()
    assert proposal.think_tank_id == think_tank.pk
    assert proposal.responsible_unit == "Kaupunkiympäristö, liikennesuunnittelu"
    taken_up = proposal.assigned_at
    assert taken_up is not None
    # The state is the moderator's other decision: taking an idea up does not publish it.
    assert proposal.status == ProposalStatus.IN_REVIEW
    log = ModelLogEntry.objects.get(action="participation.proposal_assigned")
    assert log.user_id == moderator.pk
    assert log.data == {
        "old_think_tank": None,
        "think_tank": think_tank.pk,
        "unit": "Kaupunkiympäristö, liikennesuunnittelu",
    }

    # The same again changes nothing and logs nothing.
    assert not assign_to_think_tank(proposal, think_tank, "Kaupunkiympäristö, liikennesuunnittelu", by=moderator)
    # Another unit of the same think tank: still taken up when it was.
    assert assign_to_think_tank(proposal, think_tank, "Sivistystoimi", by=moderator)
    proposal.refresh_from_db()
    assert (proposal.responsible_unit, proposal.assigned_at) == ("Sivistystoimi", taken_up)
    assert ModelLogEntry.objects.filter(action="participation.proposal_assigned").count() == 2

    # Taken back: no think tank, no date.
    assert assign_to_think_tank(proposal, None, by=moderator)
    proposal.refresh_from_db()
    assert (proposal.think_tank_id, proposal.responsible_unit, proposal.assigned_at) == (None, "", None)


def test_a_cached_think_tank_page_shows_an_idea_as_soon_as_it_is_taken_up(
    client, ideas, think_tank, moderator, django_capture_on_commit_callbacks
):
    assert "Pyöräparkki Runsorin asemalle" not in client.get(THINK_TANK_URLS["fi"]).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        assign_to_think_tank(ideas["accepted"], think_tank, "", by=moderator)
    assert "Pyöräparkki Runsorin asemalle" in client.get(THINK_TANK_URLS["fi"]).content.decode()


# The moderator's admin


def test_a_moderator_assigns_an_idea_in_the_edit_view(client, moderator, ideas, think_tank):
    proposal = ideas["in_review"]
    log_in_staff(client, moderator)
    form = client.get(url("edit", proposal.pk)).content.decode()
    assert 'name="think_tank"' in form and 'name="responsible_unit"' in form

    response = client.post(
        url("edit", proposal.pk),
        edit_data(proposal, think_tank=think_tank.pk, responsible_unit="Kaupunkiympäristö"),
    )

    assert response.status_code == 302
    proposal.refresh_from_db()
    assert (proposal.think_tank_id, proposal.responsible_unit) == (think_tank.pk, "Kaupunkiympäristö")
    assert proposal.assigned_at is not None
    log = ModelLogEntry.objects.get(action="participation.proposal_assigned")
    assert log.user_id == moderator.pk
    # The history names the think tank, in the words the log action registered.
    history = client.get(url("history", proposal.pk)).content.decode()
    assert (
        admin_text("Assigned to the think tank “%(think_tank)s”, responsible unit: %(unit)s")
        % {"think_tank": "Työmatkat", "unit": "Kaupunkiympäristö"}
        in history
    )


def test_the_edit_view_takes_only_the_finnish_think_tank(client, moderator, ideas, think_tank):
    proposal = ideas["in_review"]
    swedish = translations_of(think_tank)["sv"]
    log_in_staff(client, moderator)

    response = client.post(url("edit", proposal.pk), edit_data(proposal, think_tank=swedish.pk))

    assert response.status_code == 200
    assert admin_text("Choose a think tank in Finnish, the language the think tanks are written in first.") in (
        response.content.decode()
    )
    proposal.refresh_from_db()
    assert proposal.think_tank_id is None
    assert not ModelLogEntry.objects.filter(action="participation.proposal_assigned").exists()


def test_editing_other_fields_leaves_the_assignment_and_its_log_alone(client, moderator, ideas, think_tank):
    proposal = ideas["in_review"]
    assign_to_think_tank(proposal, think_tank, "Kaupunkiympäristö", by=moderator)
    log_in_staff(client, moderator)
    client.post(
        url("edit", proposal.pk),
        edit_data(proposal, moderator_note="Soitettu.", think_tank=think_tank.pk, responsible_unit="Kaupunkiympäristö"),
    )
    proposal.refresh_from_db()
    assert proposal.moderator_note == "Soitettu."
    assert ModelLogEntry.objects.filter(action="participation.proposal_assigned").count() == 1


def test_a_moderator_assigns_many_ideas_at_once(client, moderator, ideas, think_tank, other_think_tank):
    chosen = [ideas["accepted"], ideas["in_review"]]
    log_in_staff(client, moderator)
    confirm = client.get(bulk_url(chosen)).content.decode()
    assert "Pyöräparkki Runsorin asemalle" in confirm
    # The choice offers the Finnish think tanks, not their translations.
    assert f'value="{think_tank.pk}"' in confirm and f'value="{other_think_tank.pk}"' in confirm
    assert f'value="{translations_of(think_tank)["sv"].pk}"' not in confirm

    response = client.post(bulk_url(chosen), {"think_tank": think_tank.pk, "responsible_unit": "Kaupunkiympäristö"})

    assert response.status_code == 302
    for proposal in chosen:
        proposal.refresh_from_db()
        assert (proposal.think_tank_id, proposal.responsible_unit) == (think_tank.pk, "Kaupunkiympäristö")
    assert Proposal.objects.get(pk=ideas["refined"].pk).think_tank_id is None
    logs = ModelLogEntry.objects.filter(action="participation.proposal_assigned")
    assert {int(log.object_id) for log in logs} == {proposal.pk for proposal in chosen}
    assert {log.user_id for log in logs} == {moderator.pk}


def test_the_bulk_assignment_asks_for_a_think_tank(client, moderator, ideas, think_tank):
    log_in_staff(client, moderator)
    response = client.post(bulk_url([ideas["accepted"]]), {"think_tank": ""})
    assert response.status_code == 200
    assert admin_text("Choose the think tank that takes the proposals up.") in response.content.decode()
    assert not Proposal.objects.filter(think_tank__isnull=False).exists()


def test_someone_who_may_only_look_assigns_nothing(client, editor, ideas, think_tank):
    editor.user_permissions.add(Permission.objects.get(codename="view_proposal"))
    editor = get_user_model().objects.get(pk=editor.pk)
    log_in_staff(client, editor)
    response = client.post(bulk_url(list(ideas.values())), {"think_tank": think_tank.pk})
    assert response.status_code == 403
    assert not Proposal.objects.filter(think_tank__isnull=False).exists()


def test_the_queue_shows_and_filters_by_think_tank(client, moderator, ideas, think_tank, other_think_tank):
    assign_to_think_tank(ideas["accepted"], think_tank, by=moderator)
    assign_to_think_tank(ideas["declined"], other_think_tank, by=moderator)
    log_in_staff(client, moderator)

    listing = client.get(url("list")).content.decode()
    assert admin_text("Think tank") in listing
    assert "Työmatkat" in listing and "Kaupunkikulttuuri" in listing

    def titles(query):
        html = client.get(url("list") + query).content.decode()
        return {proposal.title for proposal in ideas.values() if proposal.title in html}

    assert titles(f"?think_tank={think_tank.pk}") == {"Pyöräparkki Runsorin asemalle"}
    assert titles(f"?think_tank={other_think_tank.pk}") == {"Samåkning till hamnen"}
    assert titles("?think_tank=null") == {"Work bus to Runsor", "Kimppakyytitaulu satamaan"}


def test_the_queue_costs_the_same_queries_however_many_ideas_are_assigned(
    client, moderator, think_tank, other_think_tank, proposal_factory
):
    log_in_staff(client, moderator)

    def queries_for_queue():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url("list")).status_code == 200
        return len(captured)

    for number in range(2):
        proposal_factory(think_tank=think_tank if number % 2 else other_think_tank)
    client.get(url("list"))
    few = queries_for_queue()
    for number in range(20):
        proposal_factory(think_tank=think_tank if number % 2 else other_think_tank)
    assert queries_for_queue() == few


# The think tank's page


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_think_tank_page_lists_the_public_ideas_it_took_up(
    client, language, ideas, think_tank, other_think_tank, board_page, moderator
):
    for proposal in ideas.values():
        assign_to_think_tank(proposal, think_tank, by=moderator)
    elsewhere = Proposal.objects.create(title="Kesäteatteri torille", description="x" * 30, status="accepted")
    assign_to_think_tank(elsewhere, other_think_tank, by=moderator)

    html = client.get(THINK_TANK_URLS[language]).content.decode()

    assert f'<html lang="{language}">' in html
    with translation.override(language):
        assert translation.gettext("Residents' ideas this think tank took up") in html
        assert str(ProposalStatus.ACCEPTED.label) in html and str(ProposalStatus.REFINED.label) in html
        assert translation.gettext("reference") in html
    accepted, refined = ideas["accepted"], ideas["refined"]
    # Each idea in the language it was written in, linking to the idea board of the reader's language.
    assert f'<a href="{BOARD_URLS[language]}{accepted.reference}/" lang="fi">Pyöräparkki Runsorin asemalle</a>' in html
    assert f'<a href="{BOARD_URLS[language]}{refined.reference}/" lang="en">Work bus to Runsor</a>' in html
    assert accepted.reference in html and refined.reference in html
    for hidden in ["Kimppakyytitaulu satamaan", "Samåkning till hamnen", "Kesäteatteri torille"]:
        assert hidden not in html
    assert ideas["in_review"].reference not in html


def test_without_an_idea_board_the_ideas_are_listed_without_links(client, ideas, think_tank, moderator):
    assign_to_think_tank(ideas["accepted"], think_tank, by=moderator)
    html = client.get(THINK_TANK_URLS["en"]).content.decode()
    assert '<span lang="fi">Pyöräparkki Runsorin asemalle</span>' in html


def test_a_think_tank_that_took_up_no_public_idea_shows_no_section(client, ideas, think_tank, moderator):
    assign_to_think_tank(ideas["in_review"], think_tank, by=moderator)
    html = client.get(THINK_TANK_URLS["fi"]).content.decode()
    with translation.override("fi"):
        assert translation.gettext("Residents' ideas this think tank took up") not in html


def test_the_think_tank_page_costs_the_same_queries_for_10_or_200_ideas(client, think_tank, board_page, moderator):
    def add_ideas(count):
        start = Proposal.objects.count()
        Proposal.objects.bulk_create(
            Proposal(
                title=f"Idea {number}",
                description="Kokeillaan yhdessä kaupungin kanssa.",
                status=ProposalStatus.ACCEPTED,
                language="fi",
                think_tank=think_tank,
                reference=f"TEST-{number:04d}",
            )
            for number in range(start, start + count)
        )

    def queries_for_page():
        # What a moderator's change does: the page's cached content is stale, so it is rendered afresh.
        bump_content_version()
        with CaptureQueriesContext(connection) as captured:
            assert client.get(THINK_TANK_URLS["sv"]).status_code == 200
        return captured

    # Someone signed in is never served from the page cache: every request renders.
    log_in_staff(client, moderator)
    add_ideas(10)
    client.get(THINK_TANK_URLS["sv"])
    few = queries_for_page()
    add_ideas(190)
    many = queries_for_page()
    assert len(many) == len(few), [query["sql"] for query in many]
    assert "Idea 199" in client.get(THINK_TANK_URLS["sv"]).content.decode()


def test_an_export_of_the_authors_data_says_who_took_the_idea_up(ideas, think_tank, moderator):
    assign_to_think_tank(ideas["accepted"], think_tank, "Kaupunkiympäristö", by=moderator)
    (record,) = proposals_export_personal_data("AINO@example.fi")
    assert (record["think_tank"], record["responsible_unit"]) == ("Työmatkat", "Kaupunkiympäristö")
    assert record["taken_up_at"] == Proposal.objects.get(pk=ideas["accepted"].pk).assigned_at.isoformat()
