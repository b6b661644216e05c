"""The follow form: an e-mail address, what to follow where there is a choice, and how often to hear."""

from django import forms
from django.utils.translation import gettext_lazy as _

from participation.forms import EMAIL_MAX_LENGTH, EMAIL_TOO_LONG, SpamProtectedForm

from .models import Frequency


class FollowForm(SpamProtectedForm):
    form_id = "subscription-follow"

    email = forms.EmailField(
        label=_("E-mail"),
        max_length=EMAIL_MAX_LENGTH,
        help_text=_("We first send you a message to confirm the subscription. Nothing else is sent before that."),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "class": "form-control"}),
        error_messages={
            "required": _("Enter your e-mail address."),
            "invalid": _("Enter an e-mail address in the form name@example.com."),
            "max_length": EMAIL_TOO_LONG,
        },
    )
    follow = forms.TypedChoiceField(
        label=_("What do you want to follow?"),
        coerce=int,
        widget=forms.RadioSelect(attrs={"class": "form-check-input"}),
        error_messages={"required": _("Choose what you want to follow.")},
    )
    frequency = forms.ChoiceField(
        label=_("How often do you want e-mail?"),
        choices=Frequency.choices,
        initial=Frequency.DIGEST,
        widget=forms.RadioSelect(attrs={"class": "form-check-input"}),
        error_messages={"required": _("Choose how often you want e-mail.")},
    )
    origin = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, origin, choices, **kwargs):
        # Ids of their own: the form sits on pages that have other forms.
        kwargs.setdefault("auto_id", "follow-%s")
        super().__init__(*args, **kwargs)
        self.fields["follow"].choices = [(page.pk, page.title) for page in choices]
        self.initial.setdefault("follow", choices[0].pk)
        self.initial["origin"] = origin.pk
        # One thing to follow is no choice: the field is sent, not asked.
        if len(choices) == 1:
            self.fields["follow"].widget = forms.HiddenInput()
