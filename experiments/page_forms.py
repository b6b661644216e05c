"""Admin forms of the experiment pages: what the editor does not have to do by hand."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from .choices import StakeholderGroup


class ExperimentPageForm(WagtailAdminPageForm):
    def save(self, commit=True):
        page = super().save(commit=False)
        # The timeline grows by itself when an editor changes the status; the date can be corrected afterwards.
        page.record_status()
        if commit:
            page.save()
        return page


class ThinkTankPageForm(WagtailAdminPageForm):
    # Stored as a JSON list so the same code runs on SQLite and PostgreSQL; offered as checkboxes.
    participant_groups = forms.MultipleChoiceField(
        label=_("Who takes part"),
        choices=[(group.value, group.group_name) for group in StakeholderGroup],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
