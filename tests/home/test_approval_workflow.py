"""An editor writes a page and sends it for approval; a publisher approves it or asks for changes with a comment.

Every page of every language is approved in one workflow, "Viestinnän hyväksyntä / Kommunikationens godkännande",
by the Publishers group: the Moderators group handles residents' proposals and has no part in it.
"""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import GroupApprovalTask, Page, TaskState, Workflow

from home.models import StandardPage
from tests.factories import UserFactory
from tests.staff import log_in_staff

pytestmark = pytest.mark.django_db

WORKFLOW_NAME = "Viestinnän hyväksyntä / Kommunikationens godkännande"


@pytest.fixture
def editor(db):
    user = UserFactory(email="toimittaja@example.fi", first_name="Eeva")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def publisher(db):
    user = UserFactory(email="julkaisija@example.fi", first_name="Pekka")
    user.groups.add(Group.objects.get(name="Publishers"))
    return user


def send_for_approval(client, editor, parent, title, slug):
    log_in_staff(client, editor)
    add_url = reverse("wagtailadmin_pages:add", args=("home", "standardpage", parent.pk))
    response = client.post(
        add_url,
        {"title": title, "slug": slug, "introduction": "Lyhyt johdanto.", "body-count": "0", "action-submit": "1"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return StandardPage.objects.get(slug=slug)


def act_on(client, publisher, page, action, comment=""):
    log_in_staff(client, publisher)
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))
    return client.post(url, {"comment": comment})


def test_the_inherited_workflow_is_now_the_communications_approval_of_the_publishers(home):
    workflow = Page.objects.get(depth=1).get_workflow()
    assert workflow.name == WORKFLOW_NAME
    assert not Workflow.objects.filter(name="Moderators approval").exists()
    (task,) = [task.specific for task in workflow.tasks]
    assert isinstance(task, GroupApprovalTask)
    assert [group.name for group in task.groups.all()] == ["Publishers"]
    assert "Moderators" not in task.name


def test_an_editor_sends_a_page_a_publisher_approves_it_and_the_editor_is_told(client, home, editor, publisher):
    page = send_for_approval(client, editor, home, "Kesäkokeilut", "kesakokeilut")

    assert not page.live
    assert page.current_workflow_state.workflow.name == WORKFLOW_NAME
    assert "julkaisija@example.fi" in {address for message in mail.outbox for address in message.to}
    mail.outbox.clear()

    response = act_on(client, publisher, page, "approve", "Hyvä, julkaistaan.")
    assert response.status_code == 302

    page.refresh_from_db()
    assert page.live
    assert TaskState.objects.get(revision__object_id=str(page.pk)).comment == "Hyvä, julkaistaan."
    (message,) = [message for message in mail.outbox if "toimittaja@example.fi" in message.to]
    assert "Kesäkokeilut" in message.subject
    assert WORKFLOW_NAME in message.body


def test_a_publisher_asks_for_changes_with_a_comment_and_the_editor_reads_it(client, home, editor, publisher):
    page = send_for_approval(client, editor, home, "Talvikokeilut", "talvikokeilut")
    mail.outbox.clear()

    response = act_on(client, publisher, page, "reject", "Lisää kokeilun aikataulu.")
    assert response.status_code == 302

    page.refresh_from_db()
    assert not page.live
    assert page.current_workflow_state.status == "needs_changes"
    (message,) = [message for message in mail.outbox if "toimittaja@example.fi" in message.to]
    assert "Lisää kokeilun aikataulu." in message.body


def test_a_moderator_of_proposals_cannot_approve_pages(client, home, editor):
    page = send_for_approval(client, editor, home, "Syyskokeilut", "syyskokeilut")
    moderator = UserFactory()
    moderator.groups.add(Group.objects.get(name="Moderators"))

    response = act_on(client, moderator, page, "approve")

    page.refresh_from_db()
    assert response.status_code in {302, 403}
    assert not page.live


def test_a_swedish_translation_is_approved_in_the_same_workflow(client, home, locales, editor, publisher):
    page = send_for_approval(client, editor, home, "Vårförsök", "varforsok")
    act_on(client, publisher, page, "approve")
    swedish = StandardPage.objects.get(pk=page.pk).copy_for_translation(locales["sv"], copy_parents=True)

    assert swedish.get_workflow().name == WORKFLOW_NAME
