"""Moderators work through the queue in the Wagtail admin; editors without the Moderators group cannot."""

import csv
import io
from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import ModelLogEntry, Page

from participation.models import Proposal, ProposalStatus
from tests.factories import ExperimentIndexPageFactory, ExperimentPageFactory
from tests.staff import log_in_staff

pytestmark = pytest.mark.django_db


def admin_text(text):
    """Return `text` as the admin shows it to users without a language preference (the site's default)."""
    with translation.override(settings.LANGUAGE_CODE):
        return translation.gettext(text)


def url(view, *args):
    return reverse(Proposal.snippet_viewset.get_url_name(view), args=args)


def bulk_url(action, proposals):
    ids = "&".join(f"id={proposal.pk}" for proposal in proposals)
    return f"/admin/bulk/participation/proposal/{action}/?next=/admin/&{ids}"


@pytest.fixture
def queue(proposal_factory, themes):
    now = timezone.now()
    return {
        "new_fi": proposal_factory(
            title="Kaupunkipyörät Palosaareen",
            theme=themes["mobility"],
            language="fi",
            name="Aino Asukas",
            email="aino@example.fi",
            submitted_at=now - timedelta(days=2),
        ),
        "review_sv": proposal_factory(
            title="Popup-scen på torget",
            theme=themes["culture"],
            language="sv",
            status=ProposalStatus.IN_REVIEW,
            submitted_at=now - timedelta(days=40),
        ),
        "old_en": proposal_factory(
            title="Repair café at the library",
            language="en",
            submitted_at=now - timedelta(days=100),
        ),
    }


def listed_titles(response):
    html = response.content.decode()
    return {title for title in ["Kaupunkipyörät Palosaareen", "Popup-scen på torget", "Repair café"] if title in html}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"Kaupunkipyörät Palosaareen", "Popup-scen på torget", "Repair café"}),
        ("?status=in_review", {"Popup-scen på torget"}),
        ("?status=new&status=in_review", {"Kaupunkipyörät Palosaareen", "Popup-scen på torget", "Repair café"}),
        ("?theme={mobility}", {"Kaupunkipyörät Palosaareen"}),
        ("?theme=other", {"Repair café"}),
        ("?language=en", {"Repair café"}),
        ("?age=week", {"Kaupunkipyörät Palosaareen"}),
        ("?age=over_month", {"Popup-scen på torget", "Repair café"}),
        ("?age=over_quarter", {"Repair café"}),
        ("?q=Palosaareen", {"Kaupunkipyörät Palosaareen"}),
    ],
)
def test_a_moderator_filters_and_searches_the_queue(client, moderator, queue, themes, query, expected):
    log_in_staff(client, moderator)
    response = client.get(url("list") + query.format(mobility=themes["mobility"].translation_key))
    assert response.status_code == 200
    assert listed_titles(response) == expected


def test_the_inspect_view_shows_a_moderator_everything_but_hides_personal_data_from_others(
    client, moderator, editor, queue
):
    proposal = queue["new_fi"]
    log_in_staff(client, moderator)
    html = client.get(url("inspect", proposal.pk)).content.decode()
    assert "aino@example.fi" in html and "Aino Asukas" in html
    assert "Liikkuminen" in html

    # An editor who was given a look at the queue (but is no moderator) sees the idea, not who sent it.
    editor.user_permissions.add(Permission.objects.get(codename="view_proposal"))
    editor = get_user_model().objects.get(pk=editor.pk)
    log_in_staff(client, editor)
    response = client.get(url("inspect", proposal.pk))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kaupunkipyörät Palosaareen" in html
    assert "aino@example.fi" not in html and "Aino Asukas" not in html
    export = b"".join(client.get(url("list") + "?export=csv").streaming_content).decode()
    assert "Kaupunkipyörät Palosaareen" in export and "aino@example.fi" not in export


def test_a_moderator_reads_and_filters_the_themes_in_their_own_language(client, swedish_moderator, queue, themes):
    log_in_staff(client, swedish_moderator)
    listing = client.get(url("list")).content.decode()
    # The filter offers the Swedish names; the column names each idea's theme in Swedish, or "something else".
    assert f'<option value="{themes["mobility"].translation_key}">Mobilitet</option>' in listing
    assert "Stadskultur" in listing and "Något annat" in listing and "Liikkuminen" not in listing
    assert "Mobilitet" in client.get(url("inspect", queue["new_fi"].pk)).content.decode()


def test_an_editor_without_the_moderators_group_cannot_reach_the_queue(client, editor, queue):
    log_in_staff(client, editor)
    for address in [url("list"), url("inspect", queue["new_fi"].pk), url("edit", queue["new_fi"].pk)]:
        response = client.get(address)
        assert response.status_code in (302, 403), address
        assert "aino@example.fi" not in response.content.decode()
    home = client.get("/admin/").content.decode()
    assert "proposal-queue" not in home
    assert url("list") not in home


def test_a_moderator_decides_in_the_edit_view_and_the_author_is_told(
    client, moderator, queue, django_capture_on_commit_callbacks
):
    proposal = queue["new_fi"]
    log_in_staff(client, moderator)
    assert client.get(url("edit", proposal.pk)).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url("edit", proposal.pk),
            {
                "status": ProposalStatus.ACCEPTED,
                "public_response": "Kiitos! Liikenteen ajatushautomo ottaa idean käsittelyyn.",
                "moderator_note": "Soitettu liikennesuunnitteluun.",
                "title": proposal.title,
                "description": proposal.description,
                "theme": proposal.theme_id or "",
                "district": "",
            },
        )

    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.ACCEPTED
    assert proposal.decided_at is not None
    assert proposal.moderator_note == "Soitettu liikennesuunnitteluun."
    (message,) = mail.outbox
    assert message.to == ["aino@example.fi"]
    assert "Kiitos! Liikenteen ajatushautomo ottaa idean käsittelyyn." in message.body
    assert "Soitettu" not in message.body
    log = ModelLogEntry.objects.filter(action="participation.proposal_status").get()
    assert log.user_id == moderator.pk
    assert log.data == {"old": "new", "new": "accepted"}


def test_the_edit_view_refuses_an_experiment_without_an_experiment(client, moderator, queue):
    proposal = queue["new_fi"]
    proposal.status = ProposalStatus.ACCEPTED
    proposal.save()
    log_in_staff(client, moderator)
    response = client.post(
        url("edit", proposal.pk),
        {
            "status": ProposalStatus.REFINED,
            "title": proposal.title,
            "description": proposal.description,
            "theme": proposal.theme_id or "",
        },
    )
    assert response.status_code == 200
    assert admin_text("Choose the experiment the idea was refined into.") in response.content.decode()
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.ACCEPTED


def test_refining_into_an_experiment_links_the_page(client, moderator, queue, home):
    # With the experiments app installed, only an experiment page can be chosen.
    experiment = ExperimentPageFactory(parent=ExperimentIndexPageFactory(parent=home))
    proposal = queue["new_fi"]
    proposal.status = ProposalStatus.ACCEPTED
    proposal.save()
    log_in_staff(client, moderator)
    response = client.post(
        url("edit", proposal.pk),
        {
            "status": ProposalStatus.REFINED,
            "experiment": experiment.pk,
            "title": proposal.title,
            "description": proposal.description,
            "theme": proposal.theme_id or "",
        },
    )
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert (proposal.status, proposal.experiment_id) == (ProposalStatus.REFINED, experiment.pk)


@pytest.mark.parametrize(
    ("action", "status"),
    [("accept", ProposalStatus.ACCEPTED), ("decline", ProposalStatus.DECLINED), ("mark_spam", ProposalStatus.SPAM)],
)
def test_a_moderator_decides_many_proposals_at_once(
    client, moderator, queue, django_capture_on_commit_callbacks, action, status
):
    log_in_staff(client, moderator)
    chosen = [queue["new_fi"], queue["review_sv"]]
    confirm = client.get(bulk_url(action, chosen))
    assert confirm.status_code == 200
    assert "Kaupunkipyörät Palosaareen" in confirm.content.decode()

    data = {} if action == "mark_spam" else {"public_response": "Kiitos ideasta!"}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(bulk_url(action, chosen), data)

    assert response.status_code == 302
    assert {p.status for p in Proposal.objects.filter(pk__in=[p.pk for p in chosen])} == {status}
    assert Proposal.objects.get(pk=queue["old_en"].pk).status == ProposalStatus.NEW
    # Only the author who gave an address hears of a decision, and nobody hears of spam.
    assert [m.to for m in mail.outbox] == ([] if action == "mark_spam" else [["aino@example.fi"]])
    if action != "mark_spam":
        assert Proposal.objects.get(pk=queue["new_fi"].pk).public_response == "Kiitos ideasta!"


def test_a_bulk_action_leaves_proposals_whose_state_does_not_allow_the_move(client, moderator, queue):
    refined_page = Page.objects.get(depth=2, locale__language_code="fi")
    queue["old_en"].status = ProposalStatus.REFINED
    queue["old_en"].experiment = refined_page
    queue["old_en"].save()
    log_in_staff(client, moderator)
    client.post(bulk_url("mark_spam", [queue["new_fi"], queue["old_en"]]))
    assert Proposal.objects.get(pk=queue["new_fi"].pk).status == ProposalStatus.SPAM
    assert Proposal.objects.get(pk=queue["old_en"].pk).status == ProposalStatus.REFINED


@pytest.mark.parametrize("action", ["accept", "decline", "mark_spam"])
def test_bulk_actions_change_nothing_for_someone_who_may_only_look(client, editor, queue, action):
    editor.user_permissions.add(Permission.objects.get(codename="view_proposal"))
    editor = get_user_model().objects.get(pk=editor.pk)
    log_in_staff(client, editor)
    chosen = list(queue.values())

    # Refused before anything is listed: someone who may only look is not shown the chosen proposals here.
    confirm = client.get(bulk_url(action, chosen))
    assert confirm.status_code == 403
    assert not any(proposal.title in confirm.content.decode() for proposal in chosen)
    assert client.post(bulk_url(action, chosen), {"public_response": "x"}).status_code == 403

    assert [p.status for p in Proposal.objects.order_by("pk")] == [p.status for p in chosen]
    assert mail.outbox == []


def test_bulk_actions_change_nothing_for_an_editor_of_pages(client, editor, queue):
    log_in_staff(client, editor)
    client.post(bulk_url("accept", list(queue.values())))
    assert not Proposal.objects.filter(status=ProposalStatus.ACCEPTED).exists()


def test_the_moderator_can_do_all_this_but_cannot_edit_pages(client, moderator, translated_page):
    log_in_staff(client, moderator)
    assert client.get("/admin/").status_code == 200
    assert not translated_page.permissions_for_user(moderator).can_edit()
    response = client.get(f"/admin/pages/{translated_page.pk}/edit/")
    assert response.status_code in (302, 403)
    client.post(f"/admin/pages/{translated_page.pk}/edit/", {"title": "Moderaattorin otsikko", "slug": "x"})
    translated_page.refresh_from_db()
    assert translated_page.title == "Ajatushautomo"
    assert not Page.objects.filter(title="Moderaattorin otsikko").exists()


def test_nobody_adds_or_copies_a_proposal_in_the_admin(client, superuser, queue):
    log_in_staff(client, superuser)
    assert "Add proposal" not in client.get(url("list")).content.decode()
    assert client.get(url("list").rstrip("/") + "/add/").status_code in (302, 403, 404)


def test_the_dashboard_and_the_menu_show_how_many_wait(client, moderator, queue, proposal_factory):
    proposal_factory(status=ProposalStatus.ACCEPTED)
    proposal_factory(status=ProposalStatus.NEEDS_INFO)
    log_in_staff(client, moderator)
    html = client.get("/admin/").content.decode()
    with translation.override(settings.LANGUAGE_CODE):
        assert (
            translation.npgettext(
                "proposals in the moderation queue",
                "%(counter)s proposal waiting for moderation",
                "%(counter)s proposals waiting for moderation",
                3,
            )
            % {"counter": 3}
            in html
        )
        assert (
            translation.gettext("%(label)s (%(count)d)")
            % {
                "label": translation.gettext("Proposals"),
                "count": 3,
            }
            in html
        )


def test_the_queue_exports_a_csv_that_cannot_run_formulas(client, moderator, proposal_factory):
    proposal_factory(
        title='=HYPERLINK("http://evil.example/","Avaa")',
        description="+SUM(1;2)",
        district="@A1",
        name="-2+3",
        email="kaava@example.fi",
    )
    log_in_staff(client, moderator)
    response = client.get(url("list") + "?export=csv")
    assert response.status_code == 200
    export = b"".join(response.streaming_content).decode("utf-8-sig")
    header, *rows = csv.reader(io.StringIO(export), delimiter=";")
    cells = [cell for row in rows for cell in row]
    assert '\'=HYPERLINK("http://evil.example/","Avaa")' in cells
    assert "'+SUM(1;2)" in cells
    assert "'@A1" in cells
    assert "'-2+3" in cells
    assert "kaava@example.fi" in cells
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@")), cell
