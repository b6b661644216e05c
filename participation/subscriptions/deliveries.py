"""Claiming what a subscription is owed: the step that makes every piece of news reach every follower once."""

from datetime import timedelta

from django.utils import timezone

from .models import Delivery, Frequency, Subscription

# A digest goes out at most once a day; a little slack keeps a daily cron run from skipping a day.
DIGEST_INTERVAL = timedelta(hours=23)


def updates_claim(*, subscription_id, digest=False, now=None):
    """Lock the subscription and claim what it is owed; return (subscription, events), or (None, []) if nothing.

    Call inside a transaction that also queues the e-mail: the claim and the queued e-mail commit together, so
    a second app server or a restarted worker finds nothing left to send.
    """
    now = now or timezone.now()
    subscription = Subscription.objects.select_for_update().filter(pk=subscription_id).first()
    if subscription is None or not subscription.is_confirmed:
        return None, []
    if digest:
        if subscription.frequency != Frequency.DIGEST:
            return None, []
        if subscription.last_digest_at and subscription.last_digest_at > now - DIGEST_INTERVAL:
            return None, []
    elif subscription.frequency != Frequency.IMMEDIATE:
        return None, []
    deliveries = list(
        subscription.deliveries.filter(sent_at__isnull=True).select_related("event").order_by("event__created_at")
    )
    if not deliveries:
        return None, []
    Delivery.objects.filter(pk__in=[delivery.pk for delivery in deliveries]).update(sent_at=now)
    if digest:
        Subscription.objects.filter(pk=subscription.pk).update(last_digest_at=now)
    return subscription, [delivery.event for delivery in deliveries]
