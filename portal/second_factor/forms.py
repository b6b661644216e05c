from django import forms
from django.utils.translation import gettext_lazy as _


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Verification code"),
        help_text=_("The six-digit code your authenticator app shows now, or one of your recovery codes."),
        max_length=32,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autocapitalize": "off", "spellcheck": "false"}),
        error_messages={"required": _("Type the code from your authenticator app.")},
    )


class EnrolmentCodeForm(CodeForm):
    code = forms.CharField(
        label=_("Verification code"),
        help_text=_("The six-digit code your authenticator app shows after you have added the account."),
        max_length=32,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autocapitalize": "off"}
        ),
        error_messages={"required": _("Type the code from your authenticator app.")},
    )
