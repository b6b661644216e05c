"""Background tasks of the ground floor: one e-mail, sent by the task worker after the sender's transaction commits.

Every feature that e-mails someone (proposals, workshop sign-ups, the operators' `send_test_email`) enqueues
`send_email`, and features enqueue their own tasks with `enqueue_on_save`. With the database backend the task is a
row written in the same transaction as the data that caused it, so a task is queued exactly when its reason is
saved (a connection lost right after the commit cannot lose it), and survives a worker that dies (see
home/worker.py).
"""

import logging
import smtplib
from datetime import timedelta
from email.utils import formataddr, parseaddr
from functools import partial

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import DEFAULT_DB_ALIAS, router, transaction
from django.utils import timezone
from django.utils.translation import gettext
from django_tasks import task
from django_tasks_db import DatabaseBackend

logger = logging.getLogger(__name__)

# A mail server that cannot take a message now gets it later: after 1, 5 and 15 minutes, then hourly.
RETRY_DELAYS = [60, 300, 900, 3600, 3600, 3600]


def message_domain():
    return parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "localhost"


def sender_address():
    """Return the sender in the active language: "Tulevaisuuden Vaasa <…>", "Framtidens Vasa <…>", "Future Vaasa <…>".

    Only the address comes from DEFAULT_FROM_EMAIL. The name is the programme's, translated like the rest of the
    message, so a Swedish reader's inbox does not show a Finnish sender above a Swedish subject.
    """
    return formataddr((gettext("Future Vaasa"), parseaddr(settings.DEFAULT_FROM_EMAIL)[1]))


def is_permanent(error):
    """Return whether retrying cannot help: the server refused the recipient or the sender, or answered 5xx."""
    if isinstance(error, smtplib.SMTPRecipientsRefused | smtplib.SMTPSenderRefused):
        return True
    return isinstance(error, smtplib.SMTPResponseException) and error.smtp_code >= 500


@task(takes_context=True)
def send_email(
    context, *, subject, body, to, from_email="", reply_to=(), attachments=(), headers=None, message_id="", attempt=1
):
    """Send one plain-text e-mail; on a temporary failure, queue it again for later.

    `attachments` are [filename, text, mimetype] lists (task arguments must be JSON), e.g. a calendar invitation.
    The Message-ID is fixed at the first attempt, so a message sent twice (a worker killed between sending and
    recording it) is recognisably the same message. `from_email` is the sender built with the message, in its
    language (`sender_address`); without it the message goes out from DEFAULT_FROM_EMAIL. `headers` are extra
    header lines, e.g. a subscription's List-Unsubscribe.
    """
    message_id = message_id or f"<{context.task_result.id}@{message_domain()}>"
    message = EmailMessage(
        subject=subject, body=body, from_email=from_email or None, to=list(to), reply_to=list(reply_to)
    )
    message.extra_headers.update(headers or {})
    message.extra_headers["Message-ID"] = message_id
    for filename, content, mimetype in attachments:
        message.attach(filename, content, mimetype)
    try:
        message.send()
    except (smtplib.SMTPException, OSError) as error:
        can_defer = send_email.get_backend().supports_defer
        if is_permanent(error) or attempt > len(RETRY_DELAYS) or not can_defer:
            raise
        delay = RETRY_DELAYS[attempt - 1]
        send_email.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue(
            subject=subject,
            body=body,
            to=list(to),
            from_email=from_email,
            reply_to=list(reply_to),
            attachments=[list(attachment) for attachment in attachments],
            headers=headers,
            message_id=message_id,
            attempt=attempt + 1,
        )
        logger.warning(
            "E-mail task %s: the mail server did not take the message (%s); attempt %d in %d s",
            context.task_result.id,
            type(error).__name__,
            attempt + 1,
            delay,
        )
        return "deferred"
    return "sent"


def email_arguments(message):
    """Return `send_email`'s arguments for an EmailMessage built elsewhere (task arguments must be JSON)."""
    return {
        "subject": message.subject,
        "body": message.body,
        "to": list(message.to),
        "from_email": message.from_email,
        "reply_to": list(message.reply_to),
        "attachments": [[filename, content, mimetype] for filename, content, mimetype in message.attachments],
        "headers": dict(message.extra_headers),
    }


def queue_email(message):
    """Queue an EmailMessage built elsewhere, so it gets `send_email`'s retries and fixed Message-ID."""
    return send_email.enqueue(**email_arguments(message))


def stores_with_data(backend, using=DEFAULT_DB_ALIAS):
    """Return whether `backend` writes its tasks as rows of the database `using`, in that database's transaction."""
    if not isinstance(backend, DatabaseBackend):
        return False
    from django_tasks_db.models import DBTaskResult

    return router.db_for_write(DBTaskResult) == using


def enqueue_on_save(task_, *args, using=DEFAULT_DB_ALIAS, **kwargs):
    """Queue `task_` as part of the current transaction: it exists if and only if the transaction commits.

    With the database backend the task is a row inserted right now, in the open transaction, so it commits (or
    rolls back) with the data it is about. Deferring that insert to `transaction.on_commit` would leave a window
    in which the data is committed and the task not yet written: a connection lost there loses the task for good.
    Any other backend runs or sends the task at once (the immediate backend of tests and development runs it
    inside enqueue()), so there the task waits for the commit, or it would act on data that may yet roll back.
    """
    if stores_with_data(task_.get_backend(), using):
        task_.enqueue(*args, **kwargs)
    else:
        transaction.on_commit(partial(task_.enqueue, *args, **kwargs), using=using)
