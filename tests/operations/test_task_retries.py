"""A task that meets a passing outage (cache, database, mail server) waits and runs again; a real bug fails."""

import smtplib
from datetime import timedelta
from unittest import mock

import pytest
from django.db import OperationalError
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from home.management.commands.db_worker import RetryingWorker
from home.tasks import RETRY_DELAYS, send_email

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def database_backend(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def worker():
    return RetryingWorker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="worker-1",
        excluded_queue_names=[],
    )


def run_queued_email(error, *, earlier_attempts=0):
    """Queue an e-mail, let the worker claim it and run it while sending raises `error`; return its row."""
    result = DBTaskResult.objects.get(pk=send_email.enqueue(subject="s", body="b", to=["resident@example.fi"]).id)
    result.worker_ids = [f"earlier-{number}" for number in range(earlier_attempts)]
    result.claim("worker-1")
    with mock.patch("home.tasks.EmailMessage.send", side_effect=error):
        worker().run_task(result)
    return DBTaskResult.objects.get(pk=result.pk)


@pytest.mark.parametrize(
    "error",
    [
        RedisConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused."),
        RedisTimeoutError("Timeout reading from socket"),
        OperationalError("server closed the connection unexpectedly"),
    ],
    ids=["cache away", "cache hung", "database connection lost"],
)
def test_a_task_that_meets_a_passing_outage_waits_a_minute_and_runs_again(error):
    before = timezone.now()

    result = run_queued_email(error)

    assert result.status == TaskResultStatus.READY
    assert before + timedelta(seconds=RETRY_DELAYS[0]) <= result.run_after <= timezone.now() + timedelta(seconds=61)
    assert result.exception_class_path == f"{type(error).__module__}.{type(error).__qualname__}"
    # A worker picks it up again once its time has come.
    assert not DBTaskResult.objects.ready().filter(pk=result.pk).exists()
    DBTaskResult.objects.filter(pk=result.pk).update(run_after=timezone.now())
    assert DBTaskResult.objects.ready().filter(pk=result.pk).exists()


def test_later_attempts_wait_longer():
    result = run_queued_email(RedisTimeoutError("Timeout"), earlier_attempts=2)

    assert result.status == TaskResultStatus.READY
    assert result.run_after >= timezone.now() + timedelta(seconds=RETRY_DELAYS[2] - 5)


def test_a_task_still_failing_after_the_last_attempt_is_recorded_as_failed():
    result = run_queued_email(RedisConnectionError("Connection refused"), earlier_attempts=len(RETRY_DELAYS))

    assert result.status == TaskResultStatus.FAILED


@pytest.mark.parametrize(
    "error",
    [ValueError("a bug"), smtplib.SMTPRecipientsRefused({"resident@example.fi": (550, b"No such user")})],
    ids=["a bug", "recipient refused"],
)
def test_an_error_that_another_try_cannot_fix_fails_at_once(error):
    result = run_queued_email(error)

    assert result.status == TaskResultStatus.FAILED
