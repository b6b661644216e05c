"""A task is queued in the same transaction as what it is about: committed together, or rolled back together."""

import pytest
from django.db import transaction
from django_tasks_db.models import DBTaskResult

from participation.models import Proposal, WorkshopSignup
from participation.proposals.services import proposal_submit
from participation.workshops.services import signup_create
from tests.participation.workshops.support import INDEX_CONTENT, make_workshop, signup_kwargs

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_queue(settings):
    """The production queue: tasks are rows of the portal's own database, run later by the worker."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def queued(task_name):
    return list(DBTaskResult.objects.filter(task_path__endswith=task_name).values_list("args_kwargs", flat=True))


def submit_proposal():
    return proposal_submit(
        title="Kierrätyshuone asuntolaan",
        description="Ehjät huonekalut talteen, kun opiskelijat muuttavat keväällä pois.",
        theme=None,
        language="fi",
    )


def test_a_proposal_and_the_moderators_notice_are_written_together_before_the_commit(
    database_queue, django_capture_on_commit_callbacks
):
    # Nothing waits for the commit: a connection lost right after it cannot separate the two.
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        proposal = submit_proposal()
        assert queued("notify_moderators_of_proposal") == [{"args": [proposal.pk], "kwargs": {}}]
    assert callbacks == []


def test_a_rolled_back_proposal_leaves_no_task_behind(database_queue):
    with pytest.raises(RuntimeError), transaction.atomic():
        submit_proposal()
        raise RuntimeError("the request failed after the proposal was saved")
    assert Proposal.objects.count() == 0
    assert queued("notify_moderators_of_proposal") == []


def test_a_sign_up_and_its_confirmation_are_written_together(database_queue, home, django_capture_on_commit_callbacks):
    from home.demo_support import add_translated_page
    from participation.models import WorkshopIndexPage

    workshop = make_workshop(add_translated_page(home, WorkshopIndexPage, INDEX_CONTENT))
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        result = signup_create(workshop=workshop, **signup_kwargs())
    assert callbacks == []
    assert queued("send_signup_email") == [{"args": [], "kwargs": {"signup_id": result.signup.pk, "kind": "confirmed"}}]
    assert WorkshopSignup.objects.count() == 1


def test_with_a_queue_outside_the_database_the_task_waits_for_the_commit(django_capture_on_commit_callbacks):
    # The immediate backend of development and tests runs a task inside enqueue(): before the commit it would
    # act on data that may still roll back.
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        submit_proposal()
    assert len(callbacks) == 1
    assert queued("notify_moderators_of_proposal") == []
