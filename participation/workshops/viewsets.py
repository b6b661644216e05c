"""The moderated queue of workshop sign-ups in the Wagtail admin."""

import django_filters
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import IndexView, InspectView, SnippetViewSet

from home.admin_columns import LocalDateTimeColumn
from home.admin_exports import LocalInspectViewMixin, LocalSpreadsheetExportMixin, yes_no
from home.local_formats import format_range
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


class SignupIndexView(LocalSpreadsheetExportMixin, IndexView):
    """The listing, whose export gives each workshop's sign-ups in the order they came, with places on the waitlist."""

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("workshop")

    def as_spreadsheet(self, queryset, spreadsheet_format):
        # Whatever the listing is sorted by, the venue reads the export workshop by workshop, in queue order: the
        # first on the waitlist gets the next seat.
        queryset = queryset.order_by("workshop__starts_at", "workshop_id", "created_at", "pk")
        self.waitlist_places = waitlist_places(queryset.values("workshop_id"))
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def to_row_dict(self, item):
        item.waitlist_place = self.waitlist_places.get(item.pk)
        return super().to_row_dict(item)


def waitlist_places(workshop_ids):
    """Return {sign-up id: its place on its workshop's waitlist, from 1} for the given workshops."""
    places, counts = {}, {}
    for workshop_id, pk in (
        WorkshopSignup.objects.waitlist().filter(workshop_id__in=workshop_ids).values_list("workshop_id", "pk")
    ):
        counts[workshop_id] = counts.get(workshop_id, 0) + 1
        places[pk] = counts[workshop_id]
    return places


class SignupInspectView(LocalInspectViewMixin, InspectView):
    extra_fields = {"health_consent": _("Consent to health-related needs")}

    def get_needs_display_value(self):
        return ", ".join(str(label) for label in self.object.need_labels())

    def get_health_consent_display_value(self):
        signup = self.object
        if signup.health_consent_at is None:
            return yes_no(False)
        return gettext("%(yes)s (wording version %(version)s, given %(time)s)") % {
            "yes": yes_no(True),
            "version": signup.health_consent_version,
            "time": format_range(signup.health_consent_at),
        }


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
    inspect_view_class = SignupInspectView
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
        "health_consent",
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
        Column("language", label=_("Language"), accessor="get_language_display"),
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
        "waitlist_place",
    ]
    export_headings = {
        "workshop.title": _("Workshop"),
        "workshop.starts_at": _("Starts at"),
        "need_list": _("Needs"),
        "waitlist_place": _("Place on the waitlist"),
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
