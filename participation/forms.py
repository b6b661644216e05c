"""Form building blocks shared by the public participation forms (proposals, workshop sign-ups)."""

import unicodedata

from crispy_forms.layout import Div, Field
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .spam import HONEYPOT_FIELD, TIMESTAMP_FIELD, signed_render_time, submission_key, timestamp_problem

ALLOWED_CONTROL_CHARACTERS = {"\n", "\r", "\t"}


def validate_no_control_characters(value):
    """Reject control characters (NUL included) that no keyboard produces but attacks and broken copies do."""
    if any(
        unicodedata.category(char) in {"Cc", "Cs"} and char not in ALLOWED_CONTROL_CHARACTERS for char in value or ""
    ):
        raise ValidationError(
            _("The text contains invisible control characters. Please remove them and try again."),
            code="control_characters",
        )


class PlainTextField(forms.CharField):
    """A CharField for text people type: control characters are a form error, never a server error."""

    default_validators = [validate_no_control_characters]

    def to_python(self, value):
        # Django's own NUL check runs as a validator after this; checking first gives one clear message.
        if isinstance(value, str):
            validate_no_control_characters(value)
        return super().to_python(value)


# Line breaks, and the bidirectional embedding, override and isolate characters, which make a name or title shown
# elsewhere read differently from what was stored: reversed in the admin and on the idea board, or as a line of its
# own in a moderator's e-mail.
SINGLE_LINE_FORBIDDEN = frozenset("\r\n\v\f\x85\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def validate_single_line(value):
    """Reject line breaks and text-direction controls in a value that is shown as one line of text."""
    if any(char in SINGLE_LINE_FORBIDDEN for char in value or ""):
        raise ValidationError(
            _("Write this on one line, without line breaks or characters that change the direction of the text."),
            code="single_line",
        )


class SingleLineTextField(PlainTextField):
    """A PlainTextField for a name, a title or a place: one line, read in the order it was typed."""

    default_validators = [*PlainTextField.default_validators, validate_single_line]


class SpamProtectedForm(forms.Form):
    """Add the honeypot and the signed render timestamp to a public form.

    Subclasses set `form_id`, so a stamp from one form is worthless on another, and put `honeypot_layout()` in
    their crispy layout. After `is_valid()`, `spam_reason()` tells whether to discard the submission silently.
    """

    form_id = "participation"

    hp_ref_code = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    rendered_at = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial[TIMESTAMP_FIELD] = signed_render_time(self.form_id)

    @staticmethod
    def honeypot_layout():
        # Off-screen, out of the tab order and hidden from screen readers: only software fills it in.
        return Div(Field(HONEYPOT_FIELD), css_class="hp-field", aria_hidden="true")

    def spam_reason(self):
        if self.data.get(HONEYPOT_FIELD):
            return "honeypot"
        return timestamp_problem(self.form_id, self.data.get(TIMESTAMP_FIELD))

    def submission_key(self):
        """Return the idempotency key of this filled-in form (call once `spam_reason()` found nothing wrong).

        The benchmark turns keys off: it sends one rendered form thousands of times, as thousands of people.
        """
        if not getattr(settings, "PARTICIPATION_SUBMISSION_KEYS_ENABLED", True):
            return None
        return submission_key(self.data[TIMESTAMP_FIELD])

    def add_model_errors(self, error):
        """Show a model's ValidationError from a service on the form: on its field where the form has one."""
        by_field = error.error_dict if hasattr(error, "error_dict") else {None: error.error_list}
        for field, messages in by_field.items():
            self.add_error(field if field in self.fields else None, messages)


# The longest address the models store (RFC 5321's path limit less the angle brackets). The forms check it, so a
# long but valid address is a message on the form, not a save that fails.
EMAIL_MAX_LENGTH = 254
EMAIL_TOO_LONG = _("The e-mail address is too long: at most %(limit_value)d characters are allowed.")
