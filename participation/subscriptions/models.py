"""Following without an account: an e-mail address that follows a think tank, an experiment or the workshops.

A subscription follows a page by its translation key, so the Finnish and the Swedish version of a think tank are one
thing to follow, and the person reads about it in the language they subscribed in. Nothing is sent to an address
before its owner confirms it (`confirmed_at`). Each announcement is a `SubscriptionEvent`; a `Delivery` row, unique
per subscription and event, is what makes every announcement go to every follower once, whatever number of app
servers or worker restarts.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from participation.forms import EMAIL_MAX_LENGTH


class FollowedKind(models.TextChoices):
    THINK_TANK = "think_tank", pgettext_lazy("followed thing", "Think tank")
    EXPERIMENT = "experiment", pgettext_lazy("followed thing", "Experiment")
    WORKSHOPS = "workshops", pgettext_lazy("followed thing", "All new workshops")


class Frequency(models.TextChoices):
    DIGEST = "digest", _("A summary at most once a day")
    IMMEDIATE = "immediate", _("Each piece of news at once")


class SubscriptionQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)


class Subscription(models.Model):
    """One address following one thing, in one language."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    email = models.EmailField(_("e-mail address"), max_length=EMAIL_MAX_LENGTH)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    kind = models.CharField(_("follows"), max_length=20, choices=FollowedKind.choices)
    # The version of the page the person followed; `followed_key` is what every language version shares.
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page"))
    followed_key = models.UUIDField(editable=False)
    frequency = models.CharField(_("frequency"), max_length=20, choices=Frequency.choices, default=Frequency.DIGEST)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    # When a confirmation or an "already following" message last went out: typing an address again and again
    # must not flood its owner.
    link_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_digest_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        constraints = [
            # The address is stored normalised (participation.emails.normalise_email): one row per address and thing.
            models.UniqueConstraint(fields=["email", "followed_key"], name="subscription_one_per_address_and_thing"),
        ]
        indexes = [models.Index(fields=["followed_key", "confirmed_at"], name="subscription_followers")]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.page.title}"

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None


class EventKind(models.TextChoices):
    WORKSHOP = "workshop", _("New workshop")
    STATUS = "status", _("Status changed")
    RESULT = "result", _("Result published")
    DECISION = "decision", _("Decision published")


class SubscriptionEvent(models.Model):
    """Something followers are told about once: a workshop published, an experiment's new status, result or decision.

    `key` names the news itself (the workshop, or the experiment and its new status), so publishing the same news
    again, or in another language, finds the same event instead of making a second one.
    """

    key = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=EventKind.choices)
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    # The status or decision announced, as its choice value: shown in each reader's language.
    value = models.CharField(max_length=40, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("subscription event")
        verbose_name_plural = _("subscription events")

    def __str__(self):
        return self.key


class Delivery(models.Model):
    """One event owed to one subscription; `sent_at` is claimed in the transaction that queues the e-mail."""

    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="deliveries")
    event = models.ForeignKey(SubscriptionEvent, on_delete=models.CASCADE, related_name="deliveries")
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [models.UniqueConstraint(fields=["subscription", "event"], name="delivery_once_per_event")]

    def __str__(self):
        return f"{self.event} → {self.subscription_id}"


class AuthorInvitation(models.Model):
    """An idea's author has been invited to a workshop that works on their idea: never twice for the same workshop."""

    proposal = models.ForeignKey("participation.Proposal", on_delete=models.CASCADE, related_name="+")
    workshop_key = models.UUIDField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("idea author invitation")
        verbose_name_plural = _("idea author invitations")
        constraints = [
            models.UniqueConstraint(fields=["proposal", "workshop_key"], name="invitation_once_per_workshop"),
        ]

    def __str__(self):
        return f"{self.proposal_id} → {self.workshop_key}"
