"""No task lost when a task worker dies: liveness locks and recovery of orphaned tasks.

django-tasks-db claims a task by marking it RUNNING in a committed transaction, then runs it. A worker killed
while running (SIGKILL, out of memory, a host that goes away) leaves the task RUNNING forever. Here, every worker
holds a PostgreSQL advisory lock named after its worker id, on a connection of its own, for as long as it lives;
PostgreSQL releases the lock the moment that connection goes, dead process included. A RUNNING task whose last
worker's lock can be taken has no worker left, and goes back to the queue. No heartbeats, no timeouts to tune, and
no task taken from a worker that is merely slow.

Recovery means a task can run twice when its worker died after the work but before recording it: tasks must be
safe to repeat (e-mails keep their Message-ID, see home/tasks.py).

A task that fails on a passing error (the database, the cache or the mail server briefly away) is not recorded as
failed: it goes back to the queue to run again later, on the same schedule as `send_email`'s own retries, so a
short outage while the queue has a backlog loses no sign-up confirmation or decision e-mail.
"""

import hashlib
import logging
import smtplib
from datetime import timedelta
from traceback import format_exception

from django.db import DEFAULT_DB_ALIAS, InterfaceError, OperationalError, connections, transaction
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from .tasks import RETRY_DELAYS, is_permanent

logger = logging.getLogger(__name__)

# Errors that say "not now" rather than "never": connections and timeouts of the database, the cache, the network.
PASSING_ERRORS = (
    OperationalError,
    InterfaceError,
    RedisConnectionError,
    RedisTimeoutError,
    ConnectionError,
    TimeoutError,
    smtplib.SMTPException,
)


def is_passing_error(error):
    return isinstance(error, PASSING_ERRORS) and not is_permanent(error)


def defer_after_passing_error(result, error):
    """Put a task that failed on a passing error back in the queue for later; return False if it must fail.

    Attempts are counted by the workers that claimed the task, so a task that keeps failing ends up FAILED after
    the last delay, with its error recorded as usual.
    """
    attempt = len(result.worker_ids)
    if not is_passing_error(error) or attempt > len(RETRY_DELAYS):
        return False
    delay = RETRY_DELAYS[attempt - 1]
    result.status = TaskResultStatus.READY
    result.run_after = timezone.now() + timedelta(seconds=delay)
    # Kept on the waiting task, so an operator can see why it waits.
    result.exception_class_path = f"{type(error).__module__}.{type(error).__qualname__}"
    result.traceback = "".join(format_exception(error))
    result.save(update_fields=["status", "run_after", "exception_class_path", "traceback"])
    logger.warning(
        "Task id=%s path=%s failed on a passing error (%s); attempt %d in %d s",
        result.id,
        result.task_path,
        type(error).__name__,
        attempt + 1,
        delay,
    )
    return True


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
