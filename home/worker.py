"""No task lost when a task worker dies: liveness locks and recovery of orphaned tasks.

django-tasks-db claims a task by marking it RUNNING in a committed transaction, then runs it. A worker killed
while running (SIGKILL, out of memory, a host that goes away) leaves the task RUNNING forever. Here, every worker
holds a PostgreSQL advisory lock named after its worker id, on a connection of its own, for as long as it lives;
PostgreSQL releases the lock the moment that connection goes, dead process included. A RUNNING task whose last
worker's lock can be taken has no worker left, and goes back to the queue. No heartbeats, no timeouts to tune, and
no task taken from a worker that is merely slow.

Recovery means a task can run twice when its worker died after the work but before recording it: tasks must be
safe to repeat (e-mails keep their Message-ID, see home/tasks.py).
"""

import hashlib
import logging

from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)

LOCK_NAMESPACE = b"portal.task-worker:"


def worker_lock_key(worker_id):
    """Return the 64-bit advisory lock key of a worker id."""
    digest = hashlib.blake2b(LOCK_NAMESPACE + worker_id.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def supports_recovery(using=DEFAULT_DB_ALIAS):
    return connections[using].vendor == "postgresql"


class WorkerLiveness:
    """Hold a worker's advisory lock on a dedicated connection, outside Django's per-request connection handling."""

    def __init__(self, worker_id, using=DEFAULT_DB_ALIAS):
        self.worker_id = worker_id
        self.key = worker_lock_key(worker_id)
        self.using = using
        self.connection = None

    def hold(self):
        """Take the lock, or take it again if its connection was lost (a database restart). Return True if new."""
        if self.connection is not None and self.connection.is_usable():
            return False
        self.release()
        self.connection = connections.create_connection(self.using)
        # The monitor thread checks and renews the lock too.
        self.connection.inc_thread_sharing()
        with self.connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s)", [self.key])
        return True

    def release(self):
        if self.connection is not None:
            try:
                # Unlock before closing: the server ends a closed session a moment later, not at once.
                with self.connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_unlock(%s)", [self.key])
                self.connection.close()
            except Exception:  # noqa: S110 - a connection that is already gone has released the lock
                pass
            self.connection = None


def worker_is_alive(worker_id, using=DEFAULT_DB_ALIAS):
    """Return whether some process holds the worker's lock (asked from a connection other than the worker's)."""
    key = worker_lock_key(worker_id)
    with connections[using].cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
        (free,) = cursor.fetchone()
        if free:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
    return not free


def requeue_orphaned_tasks(*, backend_name, own_worker_id=None, using=DEFAULT_DB_ALIAS):
    """Put every RUNNING task whose worker is gone back in the queue; return their ids.

    `own_worker_id` names the calling worker when it knows it runs nothing now (after its loop failed): its own
    RUNNING tasks are orphans too, although its lock is held.
    """
    if not supports_recovery(using):
        return []
    requeued = []
    with transaction.atomic(using=using):
        running = (
            DBTaskResult.objects.using(using)
            .running()
            .filter(backend_name=backend_name)
            .select_for_update(skip_locked=True)
        )
        for result in running:
            last_worker = result.worker_ids[-1] if result.worker_ids else ""
            if last_worker and last_worker != own_worker_id and worker_is_alive(last_worker, using):
                continue
            result.status = TaskResultStatus.READY
            result.save(update_fields=["status"])
            requeued.append(str(result.id))
            logger.warning(
                "Requeued task id=%s path=%s: its worker worker_id=%s is gone", result.id, result.task_path, last_worker
            )
    return requeued
