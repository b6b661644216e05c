"""The moderated queue of workshop sign-ups in the Wagtail admin."""

import django_filters
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from home.admin_columns import LocalDateTimeColumn
from home.spreadsheets import spreadsheet_safe
from participation.admin_access import RecordsChooserViewSet

from .models import SEAT_STATES, SignupState, StakeholderGroup, WorkshopSignup
from .pages import WorkshopPage


class SignupPermissionPolicy(ModelPermissionPolicy):
    """Sign-ups come only from the public form and leave only by cancellation, retention or erasure.

    So nobody adds or deletes them in the admin, superusers included: a deleted confirmed sign-up would free a seat
    without giving it to the waitlist.
    """

    blocked_actions = {"add", "delete"}

    def user_has_permission(self, user, action):
        return action not in self.blocked_actions and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(user, [a for a in actions if a not in self.blocked_actions])


def canonical_workshops():
    """Return the workshops that hold sign-ups (each workshop's first language version), newest first."""
    return WorkshopPage.objects.filter(pk__in=WorkshopSignup.objects.values("workshop_id")).order_by("-starts_at")


class WorkshopSignupFilterSet(WagtailFilterSet):
    state = django_filters.MultipleChoiceFilter(
        label=_("State"), choices=SignupState.choices, widget=django_filters.widgets.forms.CheckboxSelectMultiple
    )
    workshop = django_filters.ModelChoiceFilter(label=_("Workshop"), queryset=lambda request: canonical_workshops())
    stakeholder_group = django_filters.ChoiceFilter(label=_("Stakeholder group"), choices=StakeholderGroup.choices)
    upcoming = django_filters.BooleanFilter(label=_("Workshop still to come"), method="filter_upcoming")

    class Meta:
        model = WorkshopSignup
        fields = ["state", "workshop", "stakeholder_group"]

    def filter_upcoming(self, queryset, name, value):
        if value is None:
            return queryset
        lookup = {"workshop__ends_at__gte": timezone.now()}
        return queryset.filter(**lookup) if value else queryset.exclude(**lookup)


class SignupIndexView(IndexView):
    """The listing, whose CSV export is safe to open in a spreadsheet."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV and isinstance(value, str):
            return spreadsheet_safe(value)
        return value

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("workshop")


class NeedsColumn(Column):
    def get_value(self, instance):
        labels = instance.need_labels()
        if instance.needs_details:
            labels.append(str(_("other needs (see details)")))
        return ", ".join(str(label) for label in labels) or "–"


class WorkshopSignupViewSet(SnippetViewSet):
    model = WorkshopSignup
    icon = "group"
    menu_label = _("Workshop sign-ups")
    menu_name = "workshop-signups"
    menu_order = 310
    add_to_admin_menu = True
    url_prefix = "workshop-signups"
    index_view_class = SignupIndexView
    filterset_class = WorkshopSignupFilterSet
    search_fields = ["name", "email", "organisation"]
    search_backend_name = None  # plain database lookups: sign-ups are not in the site's search index
    inspect_view_enabled = True
    chooser_viewset_class = RecordsChooserViewSet
    inspect_view_fields = [
        "workshop",
        "state",
        "name",
        "email",
        "organisation",
        "stakeholder_group",
        "needs",
        "needs_details",
        "health_consent_version",
        "health_consent_at",
        "language",
        "created_at",
        "state_changed_at",
        "reminder_sent_at",
        "anonymised_at",
    ]
    list_per_page = 50
    ordering = ["workshop__starts_at", "created_at", "pk"]
    list_display = [
        "name",
        Column("workshop", label=_("Workshop"), accessor="workshop"),
        Column("state", label=_("State"), accessor="get_state_display"),
        Column("stakeholder_group", label=_("Stakeholder group"), accessor="get_stakeholder_group_display"),
        NeedsColumn("needs", label=_("Needs")),
        Column("language", label=_("Language"), accessor="language"),
        LocalDateTimeColumn("created_at", label=_("Signed up")),
    ]
    list_export = [
        "workshop.title",
        "workshop.starts_at",
        "state",
        "name",
        "email",
        "organisation",
        "stakeholder_group",
        "need_list",
        "needs_details",
        "language",
        "created_at",
    ]
    export_headings = {
        "workshop.title": _("Workshop"),
        "workshop.starts_at": _("Starts at"),
        "need_list": _("Needs"),
    }
    export_filename = "workshop-attendees"
    # State changes go through the bulk actions (and so through the locked services), never through this form.
    edit_handler = ObjectList(
        [FieldPanel("name"), FieldPanel("organisation"), FieldPanel("needs_details")],
    )


class PendingSignupsPanel(Component):
    """Dashboard: how many sign-ups wait for a decision, and the seats of the workshops still to come."""

    name = "workshop_signups"
    order = 150
    template_name = "participation/workshops/admin/pending_panel.html"

    def get_context_data(self, parent_context):
        now = timezone.now()
        pending = WorkshopSignup.objects.filter(state=SignupState.PENDING, workshop__ends_at__gte=now).count()
        workshops = (
            canonical_workshops()
            .filter(ends_at__gte=now)
            .order_by("starts_at")
            .annotate(
                taken=Count("workshop_signups", filter=Q(workshop_signups__state__in=SEAT_STATES)),
                waiting=Count("workshop_signups", filter=Q(workshop_signups__state=SignupState.WAITLISTED)),
                pending=Count("workshop_signups", filter=Q(workshop_signups__state=SignupState.PENDING)),
            )[:10]
        )
        return {"pending_count": pending, "workshops": workshops, "request": parent_context.get("request")}
