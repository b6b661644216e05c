"""An operator checks that e-mail leaves; a mail server that is down gets the message later, none is dropped."""

import smtplib
from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail import EmailMessage
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.utils import timezone
from django_tasks import default_task_backend
from django_tasks.base import TaskContext

from home.tasks import RETRY_DELAYS, queue_email, send_email

pytestmark = pytest.mark.django_db


class MailServerDownBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


class RecipientRefusedBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise smtplib.SMTPRecipientsRefused({"nobody@example.fi": (550, b"No such user")})


@pytest.fixture
def queued_only(settings):
    """Keep tasks in the queue instead of running them, as the database backend does until a worker comes."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    default_task_backend.clear()
    yield default_task_backend
    default_task_backend.clear()


def run(result):
    return send_email.call(TaskContext(task_result=result), *result.args, **result.kwargs)


def test_an_operator_queues_test_emails_and_each_leaves_with_its_own_message_id(capsys):
    call_command("send_test_email", "operator@example.fi", count=2)

    assert [message.subject for message in mail.outbox] == [
        "Test message 1/2 from the portal",
        "Test message 2/2 from the portal",
    ]
    assert mail.outbox[0].to == ["operator@example.fi"]
    message_ids = {message.extra_headers["Message-ID"] for message in mail.outbox}
    assert len(message_ids) == 2 and all(value.endswith("@example.fi>") for value in message_ids)
    assert "Queued 2 test e-mail(s)" in capsys.readouterr().out


def test_a_mail_server_that_is_down_gets_the_same_message_a_minute_later(settings, queued_only):
    settings.EMAIL_BACKEND = "tests.operations.test_email_task.MailServerDownBackend"
    first = send_email.enqueue(subject="Kiitos ideastasi", body="...", to=["resident@example.fi"])

    assert run(first) == "deferred"

    retry = queued_only.results[-1]
    assert retry.id != first.id
    assert retry.kwargs["attempt"] == 2
    assert retry.kwargs["message_id"] == f"<{first.id}@example.fi>"
    assert retry.kwargs["to"] == ["resident@example.fi"] and retry.kwargs["subject"] == "Kiitos ideastasi"
    expected = timezone.now() + timedelta(seconds=RETRY_DELAYS[0])
    assert abs(retry.task.run_after - expected) < timedelta(seconds=5)

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert run(retry) == "sent"
    assert mail.outbox[0].extra_headers["Message-ID"] == f"<{first.id}@example.fi>"


def test_the_last_attempt_fails_loudly_so_the_failure_is_on_record(settings, queued_only):
    settings.EMAIL_BACKEND = "tests.operations.test_email_task.MailServerDownBackend"
    last = send_email.enqueue(subject="s", body="b", to=["resident@example.fi"], attempt=len(RETRY_DELAYS) + 1)

    with pytest.raises(smtplib.SMTPServerDisconnected):
        run(last)
    assert len(queued_only.results) == 1


def test_a_refused_recipient_is_not_retried(settings, queued_only):
    settings.EMAIL_BACKEND = "tests.operations.test_email_task.RecipientRefusedBackend"
    result = send_email.enqueue(subject="s", body="b", to=["nobody@example.fi"])

    with pytest.raises(smtplib.SMTPRecipientsRefused):
        run(result)
    assert len(queued_only.results) == 1


def test_a_sign_up_confirmation_waits_out_the_mail_server_with_its_calendar_invitation(settings, queued_only):
    invitation = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nSUMMARY:Työpaja – Verkstad\r\nEND:VCALENDAR\r\n"
    message = EmailMessage(subject="Ilmoittautumisesi on vahvistettu", body="Tervetuloa!", to=["asukas@example.fi"])
    message.attach("workshop.ics", invitation.encode(), "text/calendar; charset=utf-8; method=PUBLISH")
    settings.EMAIL_BACKEND = "tests.operations.test_email_task.MailServerDownBackend"

    first = queue_email(message)
    assert run(first) == "deferred"

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert run(queued_only.results[-1]) == "sent"
    delivered = mail.outbox[0]
    assert delivered.extra_headers["Message-ID"] == f"<{first.id}@example.fi>"
    [(filename, content, mimetype)] = delivered.attachments
    assert filename == "workshop.ics" and content == invitation
    assert mimetype.startswith("text/calendar")
