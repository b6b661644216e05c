"""Claiming what is owed: the step that makes every piece of news reach every follower once.

A claim locks the subscriptions it sends for, marks their deliveries sent and is committed together with the
queued e-mail (home.tasks.enqueue_on_save): a second app server, or a worker restarted mid-run, finds the
deliveries claimed and sends nothing.
"""

from datetime import timedelta

from django.db.models import Max
from django.utils import timezone

from .models import Delivery, Frequency, Subscription

# A digest goes out at most once a day; a little slack keeps a daily cron run from skipping a day.
DIGEST_INTERVAL = timedelta(hours=23)


def claim(subscriptions, now):
    """Mark the unsent deliveries of `subscriptions` sent; return their events, oldest first, with who they are for."""
    deliveries = list(
        Delivery.objects.filter(subscription__in=subscriptions, sent_at__isnull=True)
        .select_related("event")
        .order_by("event__created_at", "pk")
    )
    Delivery.objects.filter(pk__in=[delivery.pk for delivery in deliveries]).update(sent_at=now)
    return [delivery.event for delivery in deliveries]


def immediate_claim(*, subscription_id, now=None):
    """Claim what an immediate subscription is owed; return (subscription, events), or (None, []) if nothing."""
    now = now or timezone.now()
    subscription = (
        Subscription.objects.select_for_update()
        .filter(pk=subscription_id, confirmed_at__isnull=False, frequency=Frequency.IMMEDIATE)
        .first()
    )
    if subscription is None:
        return None, []
    return subscription, claim([subscription], now)


def digest_claim(*, subscription_id, now=None):
    """Claim the day's news of the person behind a digest subscription: everything their digest subscriptions in
    the same language are owed, in one message, at most once a day. Return (subscription, events)."""
    now = now or timezone.now()
    anchor = Subscription.objects.filter(pk=subscription_id, confirmed_at__isnull=False).first()
    if anchor is None:
        return None, []
    group = list(
        Subscription.objects.select_for_update()
        .filter(email=anchor.email, language=anchor.language, frequency=Frequency.DIGEST, confirmed_at__isnull=False)
        .order_by("pk")
    )
    last = Subscription.objects.filter(pk__in=[s.pk for s in group]).aggregate(last=Max("last_digest_at"))["last"]
    if not group or (last and last > now - DIGEST_INTERVAL):
        return None, []
    events = claim(group, now)
    if events:
        Subscription.objects.filter(pk__in=[s.pk for s in group]).update(last_digest_at=now)
    return group[0], events
