"""The proposal queue in the Wagtail admin: listing with filters and search, inspect, edit, export.

Personal data (name, e-mail, consents) is shown and exported only to users with the
`participation.view_personal_data` permission, which the Moderators group has and editors do not.
"""

from datetime import timedelta

import django_filters
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.defaultfilters import linebreaks_filter
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, PageChooserPanel
from wagtail.admin.ui.tables import Column
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import EditView, IndexView, InspectView, SnippetViewSet

from experiments.models import ExperimentPage, Theme, ThinkTankPage
from home.admin_columns import LocalDateTimeColumn
from home.admin_exports import LocalInspectViewMixin, LocalSpreadsheetExportMixin
from participation.admin_access import RecordsChooserViewSet

from .bulk_actions import source_think_tanks
from .models import OTHER_THEME, OTHER_THEME_LABEL, Proposal, ProposalStatus, source_theme_rows
from .services import EDITABLE_FIELDS, assign_to_think_tank, proposal_edit, transition_error

PERSONAL_DATA_PERMISSION = "participation.view_personal_data"
PERSONAL_DATA_FIELDS = ["name", "email", "contact_consent", "name_consent"]


def can_see_personal_data(user):
    return user.has_perm(PERSONAL_DATA_PERMISSION)


class ProposalPermissionPolicy(ModelPermissionPolicy):
    """Proposals arrive only through the public form: nobody adds or copies one in the admin."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action != "add"])


AGE_CHOICES = [
    ("week", _("Sent in the last 7 days")),
    ("month", _("Sent in the last 30 days")),
    ("over_month", _("Waiting over 30 days")),
    ("over_quarter", _("Waiting over 90 days")),
]
AGE_LOOKUPS = {
    "week": ("submitted_at__gte", 7),
    "month": ("submitted_at__gte", 30),
    "over_month": ("submitted_at__lt", 30),
    "over_quarter": ("submitted_at__lt", 90),
}


def theme_filter_choices():
    """The themes in the moderator's admin language, by translation key so that every language's row matches."""
    themes = Theme.objects.filter(locale__language_code=get_supported_content_language_variant(get_language()))
    return [*((str(theme.translation_key), theme.name) for theme in themes), (OTHER_THEME, OTHER_THEME_LABEL)]


class ProposalFilterSet(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(
        label=_("State"), choices=ProposalStatus.choices, widget=forms.CheckboxSelectMultiple
    )
    theme = django_filters.ChoiceFilter(label=_("Theme"), choices=theme_filter_choices, method="filter_theme")
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)
    age = django_filters.ChoiceFilter(label=_("Age"), choices=AGE_CHOICES, method="filter_age")
    think_tank = django_filters.ModelChoiceFilter(
        label=_("Think tank"), queryset=lambda request: source_think_tanks(), null_label=_("No think tank")
    )

    class Meta:
        model = Proposal
        fields = ["status", "theme", "language", "think_tank"]

    def filter_theme(self, queryset, name, value):
        if value == OTHER_THEME:
            return queryset.filter(theme__isnull=True)
        return queryset.filter(theme__translation_key=value)

    def filter_age(self, queryset, name, value):
        lookup, days = AGE_LOOKUPS[value]
        return queryset.filter(**{lookup: timezone.now() - timedelta(days=days)})


class ProposalAdminForm(WagtailAdminModelForm):
    """Check a moderator's state change against the workflow before anything is saved."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "theme" in self.fields:
            # Ideas keep the Finnish row of a theme; the moderator reads its name in their own language.
            field = self.fields["theme"]
            field.queryset = source_theme_rows()
            field.empty_label = OTHER_THEME_LABEL
            field.label_from_instance = lambda theme: theme.localized.name
        if "think_tank" in self.fields:
            # The chooser browses every language; an idea belongs to the Finnish (source) think tank, which its
            # translations point at as well, so a Swedish or English page is refused here.
            self.fields["think_tank"].queryset = source_think_tanks()
            self.fields["think_tank"].error_messages["invalid_choice"] = _(
                "Choose a think tank in Finnish, the language the think tanks are written in first."
            )

    def clean(self):
        cleaned = super().clean()
        status = cleaned.get("status")
        experiment = cleaned.get("experiment")
        if status:
            error = transition_error(self.instance, status, experiment=experiment)
            if error is not None:
                self.add_error("experiment" if error.code == "experiment_required" else "status", error)
        # A proposal is refined into an experiment, and the chooser cannot stop a crafted form from naming any page.
        if experiment is not None and not issubclass(experiment.specific_class, ExperimentPage):
            self.add_error("experiment", ValidationError(_("Choose an experiment page."), code="not_an_experiment"))
        return cleaned


class ProposalIndexView(LocalSpreadsheetExportMixin, IndexView):
    def get_base_queryset(self):
        # The theme and think tank columns: read in the list's own query rather than one more per row.
        return super().get_base_queryset().with_theme_names().select_related("think_tank")

    @property
    def list_export(self):
        fields = [
            "reference",
            "status",
            "theme_name",
            "theme_code",
            "language",
            "district",
            "title",
            "description",
            "public_response",
            "think_tank",
            "responsible_unit",
            "submitted_at",
            "decided_at",
        ]
        if can_see_personal_data(self.request.user):
            fields += PERSONAL_DATA_FIELDS
        return fields

    @property
    def export_headings(self):
        return {"status": _("State"), "theme_name": _("Theme"), "theme_code": _("Theme code")}


class ProposalInspectView(LocalInspectViewMixin, InspectView):
    def get_fields(self):
        fields = [
            "reference",
            "status",
            "title",
            "description",
            "theme",
            "district",
            "language",
            "submitted_at",
            "decided_at",
            "public_response",
            "experiment",
            "think_tank",
            "responsible_unit",
            "assigned_at",
            "moderator_note",
        ]
        if can_see_personal_data(self.request.user):
            fields += [*PERSONAL_DATA_FIELDS, "personal_data_removed_at"]
        return fields

    def get_theme_display_value(self):
        return self.object.theme_name

    def get_description_display_value(self):
        return linebreaks_filter(self.object.description, autoescape=True)

    def get_public_response_display_value(self):
        return linebreaks_filter(self.object.public_response, autoescape=True)

    def get_moderator_note_display_value(self):
        return linebreaks_filter(self.object.moderator_note, autoescape=True)


class ProposalEditView(EditView):
    @transaction.atomic
    def save_instance(self):
        data = self.form.cleaned_data
        proposal_edit(
            proposal=self.object,
            user=self.request.user,
            status=data["status"],
            **{name: data[name] for name in EDITABLE_FIELDS if name in data},
        )
        if "think_tank" in data:
            assign_to_think_tank(
                self.object, data["think_tank"], data.get("responsible_unit", ""), by=self.request.user
            )
        return self.object


class ProposalMenuItem(MenuItem):
    """The queue's menu item, with the number of proposals waiting in its label, e.g. "Proposals (6)".

    Short on purpose: the sidebar cuts longer labels, and the dashboard panel says what the number counts.
    """

    def is_shown(self, request):
        return Proposal.snippet_viewset.permission_policy.user_has_any_permission(request.user, ["change", "view"])

    def render_component(self, request):
        component = super().render_component(request)
        waiting = Proposal.objects.waiting().count()
        if waiting:
            component.label = _("%(label)s (%(count)d)") % {"label": self.label, "count": waiting}
        return component


class ProposalViewSet(SnippetViewSet):
    model = Proposal
    icon = "comment"
    menu_label = _("Proposals")
    menu_name = "proposals"
    menu_order = 250
    add_to_admin_menu = True

    index_view_class = ProposalIndexView
    inspect_view_class = ProposalInspectView
    edit_view_class = ProposalEditView
    inspect_view_enabled = True
    copy_view_enabled = False
    chooser_viewset_class = RecordsChooserViewSet

    list_display = [
        "title",
        "reference",
        Column("status", label=_("State"), accessor="get_status_display", sort_key="status"),
        Column("theme", label=_("Theme"), accessor="theme_name"),
        Column("think_tank", label=_("Think tank"), accessor="think_tank"),
        "language",
        LocalDateTimeColumn("submitted_at", label=_("Sent"), sort_key="submitted_at"),
    ]
    list_per_page = 50
    ordering = ["-submitted_at"]
    filterset_class = ProposalFilterSet
    # Searched in the database, not through the search index: proposals stay out of the site's search index.
    search_fields = ["reference", "title", "description", "district"]
    search_backend_name = None
    export_filename = "proposals"

    def get_menu_item(self, order=None):
        return ProposalMenuItem(
            label=self.menu_label,
            url=self.menu_url,
            name=self.menu_name,
            icon_name=self.menu_icon,
            order=self.get_menu_item_order(order),
        )

    @cached_property
    def edit_handler(self):
        return ObjectList(
            [
                MultiFieldPanel(
                    [
                        FieldPanel("status"),
                        FieldPanel("public_response"),
                        PageChooserPanel("experiment", page_type=ExperimentPage._meta.label),
                    ],
                    heading=_("Decision"),
                ),
                MultiFieldPanel(
                    [
                        PageChooserPanel("think_tank", page_type=ThinkTankPage._meta.label),
                        FieldPanel("responsible_unit"),
                    ],
                    heading=_("Think tank"),
                ),
                FieldPanel("moderator_note"),
                MultiFieldPanel(
                    [FieldPanel("title"), FieldPanel("description"), FieldPanel("theme"), FieldPanel("district")],
                    heading=_("The idea as sent"),
                    help_text=_("Edit only to remove personal data or abuse before the idea is published."),
                ),
            ],
            base_form_class=ProposalAdminForm,
        )
