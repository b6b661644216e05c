"""The records of workshops: the sign-ups people make without an account, and the choices they make in them.

Each language version of a workshop is its own page row (`pages.py`), but the seats are one set: every sign-up
points at the workshop's *canonical* page (the language version created first), and that row is the one locked
while seats are counted. See `services.py` for the rules and `docs/workshops.md` for why.
"""

from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from experiments.choices import StakeholderGroup
from participation.emails import normalise_email


class NeedChoice(models.TextChoices):
    STEP_FREE_ACCESS = "step_free_access", _("Step-free access")
    INDUCTION_LOOP = "induction_loop", _("Induction loop")
    SIGN_LANGUAGE = "sign_language", _("Sign language interpretation")
    PLAIN_LANGUAGE = "plain_language", _("Easy language (selkokieli)")
    DIETARY = "dietary", _("Dietary requirements")


class SignupState(models.TextChoices):
    PENDING = "pending", _("Pending approval")
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("Waitlisted")
    CANCELLED = "cancelled", _("Cancelled")
    DECLINED = "declined", pgettext_lazy("sign-up state", "Declined")
    ATTENDED = "attended", _("Attended")


# The wording of the consent to health-related needs (WorkshopSignupForm's `health_consent`) that a sign-up records.
# Bump it whenever that wording changes, so each stored consent still says which text the person agreed to.
HEALTH_CONSENT_VERSION = 1
HEALTH_CONSENT_REQUIRED = _(
    "To tell us your needs, give your consent by ticking this box. You can also leave the needs empty."
)

# A person has at most one of these per workshop; cancelled and declined sign-ups leave room to sign up again.
ACTIVE_STATES = (SignupState.PENDING, SignupState.CONFIRMED, SignupState.WAITLISTED, SignupState.ATTENDED)
# The states that occupy a seat.
SEAT_STATES = (SignupState.CONFIRMED, SignupState.ATTENDED)


class WorkshopSignupQuerySet(models.QuerySet):
    def active(self):
        return self.filter(state__in=ACTIVE_STATES)

    def holding_seat(self):
        return self.filter(state__in=SEAT_STATES)

    def attended(self):
        return self.filter(state=SignupState.ATTENDED)

    def waitlist(self):
        """Return the waitlist in arrival order: the first in line gets the next seat."""
        return self.filter(state=SignupState.WAITLISTED).order_by("created_at", "pk")

    def for_email(self, email):
        return self.filter(email__iexact=normalise_email(email))

    def not_anonymised(self):
        return self.filter(anonymised_at__isnull=True)

    def participant_figures(self):
        """Return attendance in total and by stakeholder group: the figures an impact page shows."""
        attended = self.attended()
        by_group = dict(
            attended.values_list("stakeholder_group").annotate(count=Count("pk")).order_by("stakeholder_group")
        )
        return {
            "total": sum(by_group.values()),
            "by_stakeholder_group": {group.value: by_group.get(group.value, 0) for group in StakeholderGroup},
        }


class WorkshopSignup(models.Model):
    """One person's place at one workshop: confirmed, waiting, or waiting for a moderator's decision."""

    workshop = models.ForeignKey(
        "participation.WorkshopPage",
        verbose_name=_("workshop"),
        on_delete=models.PROTECT,
        related_name="workshop_signups",
        help_text=_("The workshop's first language version, which holds the seats of every language."),
    )
    # The secret behind the personal manage link. Random, so no one can walk through sign-ups by counting.
    public_id = models.UUIDField(_("link identifier"), unique=True, editable=False)
    state = models.CharField(_("state"), max_length=20, choices=SignupState.choices, db_index=True)

    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"), max_length=254)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    stakeholder_group = models.CharField(_("stakeholder group"), max_length=20, choices=StakeholderGroup.choices)
    needs = models.JSONField(_("needs"), default=list, blank=True)
    needs_details = models.TextField(_("other needs"), max_length=1000, blank=True)
    # Needs may reveal something about health: they are kept only with an explicit consent, recorded here with the
    # version of its wording, and go with the rest of the personal data when the sign-up is anonymised.
    health_consent_version = models.PositiveSmallIntegerField(
        _("version of the consent to health-related needs"), null=True, blank=True, editable=False
    )
    health_consent_at = models.DateTimeField(
        _("consent to health-related needs given at"), null=True, blank=True, editable=False
    )
    language = models.CharField(_("language of communication"), max_length=8, choices=settings.LANGUAGES)

    created_at = models.DateTimeField(_("signed up at"), default=timezone.now, db_index=True)
    state_changed_at = models.DateTimeField(_("state changed at"), default=timezone.now)
    reminder_sent_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)
    # When the "you are already signed up" e-mail last went out, so that retyping an address cannot flood its owner.
    link_resent_at = models.DateTimeField(_("link re-sent at"), null=True, blank=True, editable=False)
    # Derived from the form's signed render stamp: the same form sent twice is one sign-up (see participation.spam).
    submission_key = models.CharField(
        _("submission key"), max_length=64, unique=True, null=True, blank=True, editable=False
    )

    objects = WorkshopSignupQuerySet.as_manager()

    class Meta:
        verbose_name = _("workshop sign-up")
        verbose_name_plural = _("workshop sign-ups")
        ordering = ["created_at", "pk"]
        constraints = [
            # The database, not only the code, keeps one active sign-up per address per workshop.
            models.UniqueConstraint(
                Lower("email"),
                "workshop",
                condition=Q(state__in=[state.value for state in ACTIVE_STATES], anonymised_at__isnull=True),
                name="workshop_signup_one_active_per_email",
            ),
        ]
        indexes = [models.Index(fields=["workshop", "state", "created_at"], name="workshop_signup_queue")]

    def __str__(self):
        if self.anonymised_at:
            return str(_("Anonymised sign-up"))
        # No name: this text is shown wherever Wagtail names the record (choosers, history, log entries, messages),
        # some of them to users who may not see who signed up.
        return _("Sign-up %(number)d – %(state)s") % {"number": self.pk or 0, "state": self.get_state_display()}

    @property
    def is_active(self):
        return self.state in ACTIVE_STATES

    @property
    def has_needs(self):
        return bool(self.needs or self.needs_details)

    def need_labels(self):
        labels = dict(NeedChoice.choices)
        return [labels[need] for need in self.needs or [] if need in labels]

    def need_list(self):
        """Return the chosen needs as words the venue understands, for the attendee export."""
        return ", ".join(str(label) for label in self.need_labels())
