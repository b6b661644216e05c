"""A task left running by a worker that died goes back to the queue; one whose worker lives is left alone."""

import pytest
from django.db import connection
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from home.tasks import send_email
from home.worker import WorkerLiveness, requeue_orphaned_tasks, worker_is_alive

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="worker liveness uses PostgreSQL advisory locks; CI runs it there"
    ),
]


@pytest.fixture
def database_backend(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def running_task(worker_id):
    result = send_email.enqueue(subject="s", body="b", to=["resident@example.fi"])
    task = DBTaskResult.objects.get(pk=result.id)
    task.claim(worker_id)
    return task


def test_a_living_workers_lock_is_seen_and_released_with_its_connection():
    liveness = WorkerLiveness("worker-a")
    liveness.hold()
    assert worker_is_alive("worker-a")
    assert not worker_is_alive("worker-b")

    liveness.release()
    assert not worker_is_alive("worker-a")


def test_only_the_task_of_the_dead_worker_is_put_back_in_the_queue(database_backend):
    liveness = WorkerLiveness("alive")
    liveness.hold()
    try:
        orphan = running_task("killed")
        busy = running_task("alive")
        waiting = DBTaskResult.objects.get(pk=send_email.enqueue(subject="s", body="b", to=["x@example.fi"]).id)

        assert requeue_orphaned_tasks(backend_name="default") == [str(orphan.pk)]
    finally:
        liveness.release()

    statuses = dict(DBTaskResult.objects.values_list("pk", "status"))
    assert statuses[orphan.pk] == TaskResultStatus.READY
    assert statuses[busy.pk] == TaskResultStatus.RUNNING
    assert statuses[waiting.pk] == TaskResultStatus.READY
    # The next worker to claim it makes a second attempt.
    assert DBTaskResult.objects.get(pk=orphan.pk).worker_ids == ["killed"]


def test_a_worker_whose_loop_failed_requeues_its_own_task(database_backend):
    liveness = WorkerLiveness("me")
    liveness.hold()
    try:
        mine = running_task("me")
        assert requeue_orphaned_tasks(backend_name="default") == []
        assert requeue_orphaned_tasks(backend_name="default", own_worker_id="me") == [str(mine.pk)]
    finally:
        liveness.release()
