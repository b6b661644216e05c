"""The public sign-up form of a workshop."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import get_language, gettext, npgettext
from django.utils.translation import gettext_lazy as _

from participation.forms import EMAIL_MAX_LENGTH, EMAIL_TOO_LONG, PlainTextField, SingleLineTextField, SpamProtectedForm
from participation.retention import signup_retention_days

from .models import HEALTH_CONSENT_REQUIRED, HEALTH_CONSENT_VERSION, NeedChoice, StakeholderGroup


class WorkshopSignupForm(SpamProtectedForm):
    """Who is coming, how to reach them, and what they need to take part."""

    name = SingleLineTextField(
        label=_("Name"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Enter your name.")},
    )
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=EMAIL_MAX_LENGTH,
        help_text=_("We send the confirmation and your personal link for cancelling here."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Enter your e-mail address."),
            "invalid": _("Enter an e-mail address in the form name@example.com."),
            "max_length": EMAIL_TOO_LONG,
        },
    )
    organisation = SingleLineTextField(
        label=_("Organisation (optional)"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    stakeholder_group = forms.ChoiceField(
        label=_("I take part as"),
        choices=StakeholderGroup.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the group you take part as.")},
    )
    needs = forms.MultipleChoiceField(
        label=_("What do you need to take part? (optional)"),
        choices=NeedChoice.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    needs_details = PlainTextField(
        label=_("Tell us more about your needs (optional)"),
        help_text=_("For example a food allergy, or what kind of help you need. Only the organisers see this."),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    # Separate, never ticked in advance, and asked only for the needs: the sign-up itself does not depend on it.
    # Its label and hint are set in __init__ (the hint carries the retention period); the wording's version is
    # models.HEALTH_CONSENT_VERSION: bump it when the wording changes.
    health_consent = forms.BooleanField(required=False)
    language = forms.ChoiceField(
        label=_("Language of communication"),
        help_text=_("We write to you in this language."),
        choices=settings.LANGUAGES,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, workshop, **kwargs):
        # A render stamp from one workshop's form is worthless on another's.
        self.form_id = f"workshop-signup:{workshop.translation_key}"
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("language", get_language())
        days = signup_retention_days()
        consent = self.fields["health_consent"]
        consent.label = gettext(
            "I consent to the organisers using the needs I give above, which may reveal something about my "
            "health, only for arranging this workshop."
        )
        consent.help_text = npgettext(
            "retention period",
            "The needs and this consent are deleted %(count)d day after the workshop, or at once when you cancel or "
            "withdraw the consent on your sign-up's page. Without the consent, leave the needs empty: you can sign "
            "up all the same.",
            "The needs and this consent are deleted %(count)d days after the workshop, or at once when you cancel "
            "or withdraw the consent on your sign-up's page. Without the consent, leave the needs empty: you can "
            "sign up all the same.",
            days,
        ) % {"count": days}
        for field in self.fields.values():
            is_choice = isinstance(field.widget, forms.RadioSelect | forms.CheckboxSelectMultiple | forms.CheckboxInput)
            field.widget.attrs.setdefault("class", "form-check-input" if is_choice else "form-control")

    @property
    def cache_variant(self):
        """Return what the cached empty form depends on besides the content: the consent's wording and period."""
        return f"consent{HEALTH_CONSENT_VERSION}-{signup_retention_days()}"

    def clean(self):
        cleaned = super().clean()
        has_needs = bool(cleaned.get("needs") or (cleaned.get("needs_details") or "").strip())
        if has_needs and not cleaned.get("health_consent"):
            # What was typed stays in the form: the person only has to tick the box or clear the needs.
            self.add_error("health_consent", ValidationError(HEALTH_CONSENT_REQUIRED, code="health_consent_required"))
        return cleaned

    def signup_data(self):
        """Return the cleaned values as `signup_create` takes them."""
        data = self.cleaned_data
        return {
            "name": data["name"],
            "email": data["email"],
            "organisation": data.get("organisation", ""),
            "stakeholder_group": data["stakeholder_group"],
            "needs": data.get("needs", []),
            "needs_details": data.get("needs_details", ""),
            "health_consent": data.get("health_consent", False),
            "language": data["language"],
        }
