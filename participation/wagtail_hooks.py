"""Register the participation app's admin features; the features themselves live in their own modules."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from participation.models import Proposal, ProposalStatus
from participation.personal_data_views import PersonalDataRequestView, can_handle_requests
from participation.proposals.bulk_actions import (
    AcceptProposalsBulkAction,
    DeclineProposalsBulkAction,
    MarkProposalsAsSpamBulkAction,
)
from participation.proposals.dashboard import ProposalQueuePanel
from participation.proposals.viewsets import ProposalPermissionPolicy, ProposalViewSet
from participation.workshops import admin_hooks  # noqa: F401  (workshop queue, dashboard count)

# Before the viewset is registered: the viewset and bulk actions look the policy up.
register_permission_policy(Proposal, ProposalPermissionPolicy(Proposal))
register_snippet(ProposalViewSet)

for bulk_action in (AcceptProposalsBulkAction, DeclineProposalsBulkAction, MarkProposalsAsSpamBulkAction):
    hooks.register("register_bulk_action", bulk_action)


@hooks.register("construct_homepage_panels")
def add_proposal_queue_panel(request, panels):
    if Proposal.snippet_viewset.permission_policy.user_has_permission(request.user, "change"):
        panels.append(ProposalQueuePanel())


@hooks.register("register_log_actions")
def register_proposal_log_actions(actions):
    @actions.register_action("participation.proposal_status")
    class ProposalStatusFormatter(LogFormatter):
        label = _("Change state")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            try:
                return _("State changed from “%(old)s” to “%(new)s”") % {
                    "old": ProposalStatus(data["old"]).label,
                    "new": ProposalStatus(data["new"]).label,
                }
            except (KeyError, ValueError):
                return _("State changed")


class PersonalDataMenuItem(MenuItem):
    def is_shown(self, request):
        return can_handle_requests(request.user)


@hooks.register("register_admin_urls")
def register_personal_data_urls():
    return [path("personal-data/", PersonalDataRequestView.as_view(), name="participation_personal_data")]


@hooks.register("register_settings_menu_item")
def register_personal_data_menu_item():
    return PersonalDataMenuItem(
        _("Personal data requests"), reverse("participation_personal_data"), icon_name="user", order=900
    )
