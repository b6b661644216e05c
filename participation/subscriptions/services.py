"""The rules of following: subscribe, confirm, leave, announce, and invite an idea's author to its workshop.

Every change goes through a function here, so the public views, the publish signals, the commands and the tests
follow the same rules.
"""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page

from experiments.choices import Decision
from experiments.models import ExperimentPage, ThinkTankPage
from home.tasks import enqueue_on_save
from participation.emails import normalise_email
from participation.retention import subscription_confirm_days
from participation.workshops.pages import WorkshopIndexPage, WorkshopPage

from .deliveries import DIGEST_INTERVAL
from .models import AuthorInvitation, Delivery, EventKind, FollowedKind, Frequency, Subscription, SubscriptionEvent
from .tasks import send_author_invitation, send_subscription_email, send_subscription_updates

# A second request for the same address and thing sends at most one e-mail in this time.
RESEND_INTERVAL = timedelta(hours=1)

FOLLOWED_KINDS = {ThinkTankPage: FollowedKind.THINK_TANK, ExperimentPage: FollowedKind.EXPERIMENT}


def followed_kind(page):
    """Return what following `page` (a specific page) means, or None if it cannot be followed."""
    if isinstance(page, WorkshopIndexPage):
        return FollowedKind.WORKSHOPS
    return FOLLOWED_KINDS.get(type(page))


def followable_page(page_id):
    """Return the live, public page with this id if it can be followed, otherwise None."""
    try:
        page_id = int(page_id)
    except (TypeError, ValueError):
        return None
    page = Page.objects.live().public().filter(pk=page_id).first()
    page = page.specific if page else None
    return page if page is not None and followed_kind(page) else None


def follow_choices(origin):
    """Return the pages a follow form shown on `origin` offers: the page itself, and on the workshop listing the
    think tanks of its language too, so a person can follow only the workshops of the one they care about."""
    choices = [origin]
    if isinstance(origin, WorkshopIndexPage):
        choices += list(ThinkTankPage.objects.live().public().filter(locale_id=origin.locale_id).order_by("title"))
    return choices


@transaction.atomic
def subscription_request(*, page, email, language, frequency=Frequency.DIGEST, now=None):
    """Ask to follow `page`; return nothing, since the answer must be the same whether the address was known.

    A new request gets a confirmation e-mail. A repeated one gets one e-mail at most once an hour: the
    confirmation again while it is unconfirmed, otherwise a note that the address already follows the thing.
    """
    now = now or timezone.now()
    email = normalise_email(email)
    defaults = {
        "kind": followed_kind(page),
        "page": page,
        "language": language,
        "frequency": frequency,
        "link_sent_at": now,
    }
    try:
        with transaction.atomic():
            subscription, created = Subscription.objects.get_or_create(
                email=email, followed_key=page.translation_key, defaults=defaults
            )
    except IntegrityError:
        # Two requests at once: the other one made the row.
        subscription, created = Subscription.objects.get(email=email, followed_key=page.translation_key), False
    if created:
        enqueue_on_save(send_subscription_email, subscription.pk, "confirm")
        return
    # Claimed by a conditional update, so two requests at once send one e-mail.
    claimed = (
        Subscription.objects.filter(pk=subscription.pk)
        .filter(Q(link_sent_at__isnull=True) | Q(link_sent_at__lt=now - RESEND_INTERVAL))
        .update(link_sent_at=now)
    )
    if not claimed:
        return
    if subscription.is_confirmed:
        enqueue_on_save(send_subscription_email, subscription.pk, "existing")
        return
    # Still unconfirmed: the new request starts its time again, in the language and rhythm asked for now.
    Subscription.objects.filter(pk=subscription.pk).update(
        created_at=now, language=language, frequency=frequency, page=page
    )
    enqueue_on_save(send_subscription_email, subscription.pk, "confirm")


def subscription_confirm(*, subscription, now=None):
    """Confirm the subscription; return whether this call confirmed it (False if it already was)."""
    return bool(
        Subscription.objects.filter(pk=subscription.pk, confirmed_at__isnull=True).update(
            confirmed_at=now or timezone.now()
        )
    )


def subscription_expired(subscription, *, now=None):
    """Return whether an unconfirmed subscription is past the time its confirmation link works."""
    now = now or timezone.now()
    return not subscription.is_confirmed and subscription.created_at < now - timedelta(days=subscription_confirm_days())


def subscription_end(*, subscription):
    """Unsubscribe: the subscription and what was owed to it are deleted, not kept as a flag."""
    Subscription.objects.filter(pk=subscription.pk).delete()


def subscriptions_end_all(*, subscription):
    """Unsubscribe the address of `subscription` from everything it follows."""
    subscriptions_of(subscription).delete()


def subscriptions_expire_unconfirmed(*, now=None, days=None):
    """Delete subscriptions left unconfirmed for longer than their link works; return how many."""
    now = now or timezone.now()
    days = subscription_confirm_days() if days is None else days
    _deleted, by_model = Subscription.objects.filter(
        confirmed_at__isnull=True, created_at__lt=now - timedelta(days=days)
    ).delete()
    return by_model.get(Subscription._meta.label, 0)


def subscriptions_bounced(*, email):
    """Delete every subscription of an address that no longer takes mail; return how many."""
    _deleted, by_model = Subscription.objects.filter(email=normalise_email(email)).delete()
    return by_model.get(Subscription._meta.label, 0)


def subscriptions_of(subscription):
    """Return every subscription of the same address, for the page that lets a person end each of them."""
    return Subscription.objects.filter(email=subscription.email).select_related("page").order_by("created_at", "pk")


# Announcing: an event per piece of news, a delivery per follower.


def live_languages(translation_key):
    return set(
        Page.objects.live()
        .public()
        .filter(translation_key=translation_key)
        .values_list("locale__language_code", flat=True)
    )


def event_announce(*, key, kind, page, followers, value="", now=None):
    """Record the news `key` once and owe it to every confirmed follower who can read it in their language.

    Followers who confirmed after the news first came out are not owed it. Run again when a translation is
    published, the same event reaches those whose language has just become available, and nobody twice.
    """
    event, _created = SubscriptionEvent.objects.get_or_create(
        key=key, defaults={"kind": kind, "page": page, "value": value}
    )
    languages = live_languages(page.translation_key)
    subscriptions = list(
        followers.confirmed()
        .filter(confirmed_at__lte=event.created_at, language__in=languages)
        .values_list("pk", "frequency")
    )
    Delivery.objects.bulk_create(
        [Delivery(subscription_id=pk, event=event) for pk, _frequency in subscriptions], ignore_conflicts=True
    )
    for pk, frequency in subscriptions:
        if frequency == Frequency.IMMEDIATE:
            enqueue_on_save(send_subscription_updates, pk)
    return event


def workshop_published(*, workshop, now=None):
    """Tell the followers of the workshops, and of the think tank that runs it, about a coming workshop; and
    invite the authors of the ideas it works on."""
    now = now or timezone.now()
    if workshop.starts_at <= now:
        return
    keys = []
    if workshop.think_tank_id:
        keys = list(Page.objects.filter(pk=workshop.think_tank_id).values_list("translation_key", flat=True))
    followers = Subscription.objects.filter(Q(kind=FollowedKind.WORKSHOPS) | Q(followed_key__in=keys))
    event_announce(
        key=f"workshop:{workshop.translation_key}", kind=EventKind.WORKSHOP, page=workshop, followers=followers
    )
    authors_invite(workshop=workshop)


def experiment_published(*, experiment):
    """Tell the experiment's followers of its status, its result and its decision, each once."""
    followers = Subscription.objects.filter(followed_key=experiment.translation_key)
    base = f"experiment:{experiment.translation_key}"
    event_announce(
        key=f"{base}:status:{experiment.status}",
        kind=EventKind.STATUS,
        page=experiment,
        followers=followers,
        value=experiment.status,
    )
    if experiment.result.strip():
        event_announce(key=f"{base}:result", kind=EventKind.RESULT, page=experiment, followers=followers)
    if experiment.decision != Decision.UNDECIDED:
        event_announce(
            key=f"{base}:decision:{experiment.decision}",
            kind=EventKind.DECISION,
            page=experiment,
            followers=followers,
            value=experiment.decision,
        )


def digests_due(*, now=None):
    """Return one subscription id per person (address and language) owed news with no digest for a day."""
    now = now or timezone.now()
    rows = (
        Subscription.objects.confirmed()
        .filter(frequency=Frequency.DIGEST, deliveries__sent_at__isnull=True)
        .filter(Q(last_digest_at__isnull=True) | Q(last_digest_at__lt=now - DIGEST_INTERVAL))
        .values_list("email", "language", "pk")
        .order_by("email", "language", "pk")
    )
    first = {}
    for email, language, pk in rows:
        first.setdefault((email, language), pk)
    return list(first.values())


def digests_queue(*, now=None):
    """Queue the day's digest for every person who is owed one; return how many were queued."""
    due = digests_due(now=now)
    with transaction.atomic():
        for pk in due:
            enqueue_on_save(send_subscription_updates, pk, digest=True)
    return len(due)


# Idea authors


def authors_invite(*, workshop):
    """Invite, once per workshop, each author of an idea the workshop works on who gave an address and consent."""
    for link in WorkshopPage.objects.get(pk=workshop.pk).proposal_links.select_related("proposal"):
        proposal = link.proposal
        if not (proposal.contact_consent and proposal.email):
            continue
        _invitation, created = AuthorInvitation.objects.get_or_create(
            proposal=proposal, workshop_key=workshop.translation_key
        )
        if created:
            enqueue_on_save(send_author_invitation, proposal.pk, workshop.pk)


# Personal data


def subscriptions_export_for_email(email):
    """Return what is held about this address in subscriptions, as plain data for an export file."""
    return [
        {
            "type": "subscription",
            "follows": subscription.get_kind_display(),
            "page": subscription.page.title,
            "email": subscription.email,
            "language": subscription.language,
            "frequency": subscription.frequency,
            "subscribed_at": subscription.created_at.isoformat(),
            "confirmed_at": subscription.confirmed_at.isoformat() if subscription.confirmed_at else None,
        }
        for subscription in Subscription.objects.filter(email=normalise_email(email)).select_related("page")
    ]


def subscriptions_erase_for_email(email):
    """Delete every subscription of this address; return how many."""
    return subscriptions_bounced(email=email)
