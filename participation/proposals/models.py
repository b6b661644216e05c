"""Ideas residents send without an account: the records moderators handle (the pages are in `pages.py`).

A proposal is what a person wrote, never translated content: it keeps the `language` it was written in, and every
e-mail to its author goes out in that language. Name and e-mail are optional and are the only personal data; they
are kept apart from the idea so that retention and erasure can remove them and leave the idea.
"""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_supported_content_language_variant

from experiments.models import Theme
from participation.emails import normalise_email

TITLE_MAX_LENGTH = 120
DESCRIPTION_MAX_LENGTH = 3000
PUBLIC_RESPONSE_MAX_LENGTH = 2000

# Letters and digits nobody confuses when reading a reference aloud or copying it by hand: no I, L, O, U, 0 or 1.
REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"
REFERENCE_LENGTH = 8


def new_reference():
    """Return a random, human-friendly reference such as "K7QM-2XHD" (30^8 ≈ 6.6 * 10^11 possibilities).

    Random rather than sequential, so a reference tells nobody how many ideas have arrived, and guessing one is
    no way to reach someone else's idea.
    """
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))
    return f"{code[:4]}-{code[4:]}"


class ProposalStatus(models.TextChoices):
    NEW = "new", _("New")
    IN_REVIEW = "in_review", _("In review")
    NEEDS_INFO = "needs_info", _("Needs more information")
    ACCEPTED = "accepted", _("Accepted")
    REFINED = "refined", _("Refined into an experiment")
    # The two vocabularies share English words but not always grammar: each is translated on its own.
    DECLINED = "declined", pgettext_lazy("idea status", "Declined")
    SPAM = "spam", _("Spam")


# What the form, the board and the exports call an idea whose sender found no theme of their own in the list.
OTHER_THEME = "other"
OTHER_THEME_LABEL = _("Something else")


def source_theme_rows():
    """Return the themes in Finnish (the source language): the rows ideas point at."""
    return Theme.objects.filter(locale__language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE))


def source_theme(theme):
    """Return the Finnish (source) row of `theme`, the one ideas keep, or `theme` itself if it has none."""
    return source_theme_rows().filter(translation_key=theme.translation_key).first() or theme


# What the public sees on the idea board.
PUBLIC_STATUSES = (ProposalStatus.ACCEPTED, ProposalStatus.REFINED)
# What a moderator still has to act on: the dashboard count and the menu badge.
WAITING_STATUSES = (ProposalStatus.NEW, ProposalStatus.IN_REVIEW)
# A decision starts the retention clock.
DECIDED_STATUSES = (ProposalStatus.ACCEPTED, ProposalStatus.REFINED, ProposalStatus.DECLINED, ProposalStatus.SPAM)
# Not decided (yet): the author's data goes a set time after the last change instead, so an idea nobody decides on
# does not keep a name and an address for ever.
UNDECIDED_STATUSES = (ProposalStatus.NEW, ProposalStatus.IN_REVIEW, ProposalStatus.NEEDS_INFO)


class ProposalQuerySet(models.QuerySet):
    def with_theme_names(self):
        """Read each idea's theme in the active language in the same query, so lists stay at a fixed count."""
        translated = Theme.objects.filter(
            translation_key=OuterRef("theme__translation_key"),
            locale__language_code=get_supported_content_language_variant(get_language()),
        )
        return self.select_related("theme").annotate(localized_theme_name=Subquery(translated.values("name")[:1]))

    def of_theme(self, theme):
        """Return the ideas of `theme` (a row in any language), or those of no listed theme when it is None."""
        if theme is None:
            return self.filter(theme__isnull=True)
        return self.filter(theme__translation_key=theme.translation_key)

    def public(self):
        return self.filter(status__in=PUBLIC_STATUSES)

    def waiting(self):
        return self.filter(status__in=WAITING_STATUSES)

    def by_email(self, email):
        """Return the proposals sent with this e-mail address, however its letters were cased."""
        email = normalise_email(email)
        if not email:
            return self.none()
        return self.filter(email__iexact=email)


class Proposal(models.Model):
    """One idea sent by a resident, and what the city decided about it."""

    reference = models.CharField(_("reference"), max_length=9, unique=True, editable=False, default=new_reference)
    page = models.ForeignKey(
        "participation.ProposalFormPage",
        verbose_name=_("sent through"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
        editable=False,
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES, editable=False)

    title = models.CharField(_("title"), max_length=TITLE_MAX_LENGTH)
    description = models.TextField(_("description"), max_length=DESCRIPTION_MAX_LENGTH)
    # The experiments' own themes, so that ideas and experiments are sorted by one list. The link is to the theme's
    # Finnish (source) row, so one idea has one theme whatever language it is read in; empty means "something else".
    theme = models.ForeignKey(
        "experiments.Theme",
        verbose_name=_("theme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
    )
    district = models.CharField(_("district or place"), max_length=100, blank=True)

    # Personal data: optional, removed by the retention command and by an erasure request.
    name = models.CharField(_("name"), max_length=100, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    contact_consent = models.BooleanField(_("may be contacted about the idea"), default=False)
    name_consent = models.BooleanField(_("name may be shown with the idea"), default=False)
    personal_data_removed_at = models.DateTimeField(_("personal data removed"), null=True, blank=True, editable=False)

    status = models.CharField(
        _("state"), max_length=20, choices=ProposalStatus.choices, default=ProposalStatus.NEW, db_index=True
    )
    moderator_note = models.TextField(
        _("moderator note"),
        blank=True,
        help_text=_(
            "Internal: not shown on the site nor sent with the decision (the author can ask for a copy of their data)."
        ),
    )
    public_response = models.TextField(
        _("public response"),
        max_length=PUBLIC_RESPONSE_MAX_LENGTH,
        blank=True,
        help_text=_(
            "Shown on the idea board and sent to the author with the decision. Write it in the language of the idea."
        ),
    )
    # A page rather than experiments.ExperimentPage, so participation does not depend on the experiments app;
    # the admin limits the chooser to experiment pages (see participation.proposals.viewsets).
    experiment = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("experiment"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="source_proposals",
        help_text=_("The experiment this idea was refined into."),
    )

    # Which think tank took the idea up, and which city unit answers for it: the step between a moderator's
    # acceptance and a workshop or an experiment.
    think_tank = models.ForeignKey(
        "experiments.ThinkTankPage",
        verbose_name=_("think tank"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="taken_up_proposals",
        help_text=_("The think tank that took the idea up."),
    )
    responsible_unit = models.CharField(
        _("responsible city unit"),
        max_length=120,
        blank=True,
        help_text=_("The city unit that answers for taking the idea forward."),
    )
    assigned_at = models.DateTimeField(_("taken up"), null=True, blank=True, editable=False)

    submitted_at = models.DateTimeField(_("sent"), default=timezone.now, db_index=True, editable=False)
    # Derived from the form's signed render stamp: the same form sent twice is one proposal (see participation.spam).
    submission_key = models.CharField(
        _("submission key"), max_length=64, unique=True, null=True, blank=True, editable=False
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ProposalQuerySet.as_manager()

    class Meta:
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")
        ordering = ["-submitted_at"]
        indexes = [models.Index(fields=["status", "-decided_at"], name="proposal_status_decided_idx")]
        permissions = [("view_personal_data", _("Can see the name and e-mail address of a proposal's author"))]

    def __str__(self):
        return f"{self.title} ({self.reference})"

    @property
    def is_public(self):
        return self.status in PUBLIC_STATUSES

    @property
    def public_author_name(self):
        """Return the author's name where they agreed to show it, otherwise an empty string."""
        return self.name if self.name_consent else ""

    @property
    def theme_name(self):
        """Return the theme in the active language, or in Finnish if it has not been translated."""
        if self.theme_id is None:
            return str(OTHER_THEME_LABEL)
        if hasattr(self, "localized_theme_name"):
            # Read by the list's own query (`with_theme_names`): None when the theme has no translation yet.
            return self.localized_theme_name or self.theme.name
        # Outside lists (an e-mail, one export) a single query finds the translation.
        return self.theme.localized.name

    @property
    def theme_code(self):
        """Return a code for the theme that stays the same in every language and when the theme is renamed."""
        return str(self.theme.translation_key) if self.theme_id else OTHER_THEME

    @property
    def has_personal_data(self):
        return bool(self.name or self.email)
