"""Background work of subscriptions: every e-mail leaves through the task queue and the worker."""

import logging

from django.db import transaction
from django_tasks import task

from home.tasks import email_arguments, enqueue_on_save, queue_email, send_email
from participation.proposals.models import Proposal
from participation.workshops.pages import WorkshopPage

from .deliveries import digest_claim, immediate_claim
from .emails import invitation_email, subscription_email, updates_email
from .models import Subscription

logger = logging.getLogger(__name__)


@task()
def send_subscription_email(subscription_id, kind):
    """Send the confirmation request or the "already following" note; a deleted subscription gets nothing."""
    subscription = Subscription.objects.select_related("page").filter(pk=subscription_id).first()
    if subscription is None:
        logger.info("Subscription e-mail skipped: the subscription is gone", extra={"kind": kind})
        return False
    queue_email(subscription_email(subscription, kind))
    return True


@task()
def send_subscription_updates(subscription_id, digest=False):
    """Send what is owed: at once for an immediate subscription, or the person's daily digest.

    The claim of the deliveries and the queued e-mail are one transaction (see deliveries.py).
    """
    claim = digest_claim if digest else immediate_claim
    with transaction.atomic():
        subscription, events = claim(subscription_id=subscription_id)
        if subscription is None or not events:
            return False
        message = updates_email(subscription, events, digest=digest)
        if message is None:
            return False
        enqueue_on_save(send_email, **email_arguments(message))
    return True


@task()
def send_author_invitation(proposal_id, workshop_id):
    """Invite an idea's author to a workshop; an author who withdrew the address or consent meanwhile gets nothing."""
    proposal = Proposal.objects.filter(pk=proposal_id).first()
    workshop = WorkshopPage.objects.filter(pk=workshop_id).first()
    if proposal is None or workshop is None or not (proposal.contact_consent and proposal.email):
        return False
    queue_email(invitation_email(proposal, workshop))
    return True
