"""The public proposal form: the idea first, then (optionally) who sent it."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Field, Fieldset, Layout
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from experiments.models import Theme
from participation.forms import EMAIL_MAX_LENGTH, EMAIL_TOO_LONG, PlainTextField, SingleLineTextField, SpamProtectedForm

from .models import (
    DESCRIPTION_MAX_LENGTH,
    OTHER_THEME,
    OTHER_THEME_LABEL,
    REFERENCE_LENGTH,
    TITLE_MAX_LENGTH,
    source_theme,
)


class ProposalForm(SpamProtectedForm):
    form_id = "proposal"

    title = SingleLineTextField(
        label=_("Title of your idea"),
        max_length=TITLE_MAX_LENGTH,
        min_length=5,
        error_messages={"required": _("Give your idea a title.")},
    )
    description = PlainTextField(
        label=_("Describe your idea"),
        max_length=DESCRIPTION_MAX_LENGTH,
        min_length=20,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"required": _("Describe your idea.")},
    )
    theme = forms.ChoiceField(
        label=_("Theme"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the theme closest to your idea.")},
    )
    district = SingleLineTextField(
        label=_("District or place (optional)"),
        max_length=100,
        required=False,
        help_text=_("For example Palosaari, the market square or the university campus."),
    )
    name = SingleLineTextField(
        label=_("Your name (optional)"),
        max_length=100,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Your e-mail address (optional)"),
        # What the model stores: a longer address is a form error, never a failed save.
        max_length=EMAIL_MAX_LENGTH,
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("We send the decision about your idea to this address."),
        error_messages={
            "invalid": _("Enter an e-mail address in the form name@example.fi."),
            "max_length": EMAIL_TOO_LONG,
        },
    )
    contact_consent = forms.BooleanField(
        label=_("You may contact me to develop the idea further."),
        required=False,
    )
    name_consent = forms.BooleanField(
        label=_("You may show my name with the idea if it is published on the idea board."),
        required=False,
    )

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        # The experiments' themes in the reader's language, the same list the catalog and the idea board filter on.
        self.themes = {str(theme.pk): theme for theme in Theme.objects.filter(locale=locale)} if locale else {}
        self.fields["theme"].choices = [
            *((pk, theme.name) for pk, theme in self.themes.items()),
            (OTHER_THEME, OTHER_THEME_LABEL),
        ]
        # Set here rather than in the class body: a lazy text with a placeholder would be filled in once, at import.
        self.fields["title"].help_text = gettext("A short name for the idea, at most %(count)d characters.") % {
            "count": TITLE_MAX_LENGTH
        }
        self.fields["description"].help_text = gettext(
            "What should be tried, where, and who would benefit? Plain text, at most %(count)d characters."
        ) % {"count": DESCRIPTION_MAX_LENGTH}
        self.helper = FormHelper()
        # The page template draws the <form> element, the error summary and the submit button.
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = Layout(
            Fieldset(
                _("Your idea"),
                Field("title"),
                Field("description"),
                Field("theme"),
                Field("district"),
            ),
            Fieldset(
                _("About you (optional)"),
                Field("name"),
                Field("email"),
                Field("contact_consent"),
                Field("name_consent"),
            ),
            Field("rendered_at"),
            self.honeypot_layout(),
        )

    def clean_theme(self):
        """Return the chosen theme's Finnish (source) row, which the idea keeps; None for "something else"."""
        value = self.cleaned_data["theme"]
        if value == OTHER_THEME:
            return None
        return source_theme(self.themes[value])

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("contact_consent") and not cleaned.get("email") and "email" not in self.errors:
            self.add_error(
                "email",
                ValidationError(_("Give your e-mail address so that we can contact you."), code="email_for_contact"),
            )
        if cleaned.get("name_consent") and not cleaned.get("name") and "name" not in self.errors:
            self.add_error(
                "name",
                ValidationError(_("Give your name if you want it shown with the idea."), code="name_for_display"),
            )
        return cleaned


class ProposalStatusForm(SpamProtectedForm):
    """An idea's reference and the address its author gave: the pair that shows the author how the idea stands."""

    form_id = "proposal-status"

    reference = SingleLineTextField(
        label=_("Reference"),
        # Room for spaces and a dash typed around the eight characters; `clean_reference` removes them.
        max_length=20,
        help_text=_("The reference you got when you sent the idea, for example K7QM-2XHD."),
        error_messages={"required": _("Give the reference number of your idea.")},
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false", "autocapitalize": "characters"}),
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=EMAIL_MAX_LENGTH,
        help_text=_("The address you gave with the idea."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Give the e-mail address you gave with the idea."),
            "invalid": _("Enter an e-mail address in the form name@example.fi."),
            "max_length": EMAIL_TOO_LONG,
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = Layout(Field("reference"), Field("email"), Field("rendered_at"), self.honeypot_layout())

    def clean_reference(self):
        """Accept the reference as people copy it: any case, with or without the dash, with stray spaces."""
        code = "".join(char for char in self.cleaned_data["reference"].upper() if char.isalnum())
        if len(code) != REFERENCE_LENGTH:
            # Not a reference's shape: no idea can have it, so the answer is the neutral one (see the view).
            return code
        return f"{code[:4]}-{code[4:]}"
