"""Background work of sign-ups: e-mails go through the task queue, queued only after the data has committed."""

import logging

from django_tasks import task

from home.tasks import queue_email

from .emails import signup_email
from .models import WorkshopSignup

logger = logging.getLogger(__name__)


@task()
def send_signup_email(signup_id, kind, withdraw_invitation=False):
    """Send one sign-up e-mail; a sign-up erased or anonymised in the meantime gets nothing.

    `withdraw_invitation`: the sign-up lost a seat it had been invited to, so the e-mail cancels the event.
    """
    signup = WorkshopSignup.objects.select_related("workshop").filter(pk=signup_id).first()
    if signup is None or signup.anonymised_at or not signup.email:
        logger.info("Sign-up e-mail skipped: no personal data any more", extra={"signup": signup_id, "kind": kind})
        return False
    queue_email(signup_email(signup, kind, withdraw_invitation=withdraw_invitation))
    return True
