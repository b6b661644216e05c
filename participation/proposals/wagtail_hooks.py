"""The proposal queue in the Wagtail admin: the snippet viewset, bulk decisions, the dashboard panel, the log, and the
chooser of public ideas that workshop editors use."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.models import Page
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from .bulk_actions import (
    AcceptProposalsBulkAction,
    AssignProposalsToThinkTankBulkAction,
    DeclineProposalsBulkAction,
    MarkProposalsAsSpamBulkAction,
)
from .choosers import public_idea_chooser
from .dashboard import ProposalQueuePanel
from .models import Proposal, ProposalStatus
from .viewsets import ProposalPermissionPolicy, ProposalViewSet

# Before the viewset is registered: the viewset and bulk actions look the policy up.
register_permission_policy(Proposal, ProposalPermissionPolicy(Proposal))
register_snippet(ProposalViewSet)

for bulk_action in (
    AcceptProposalsBulkAction,
    DeclineProposalsBulkAction,
    MarkProposalsAsSpamBulkAction,
    AssignProposalsToThinkTankBulkAction,
):
    hooks.register("register_bulk_action", bulk_action)


@hooks.register("register_admin_viewset")
def register_public_idea_chooser():
    return public_idea_chooser


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

    @actions.register_action("participation.proposal_assigned")
    class ProposalAssignedFormatter(LogFormatter):
        label = _("Assign to think tank")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            if not data.get("think_tank"):
                return _("Taken back from the think tank")
            # Named by the page's current title; the log keeps only its id.
            think_tank = Page.objects.filter(pk=data["think_tank"]).only("title").first()
            name = think_tank.title if think_tank else str(data["think_tank"])
            if data.get("unit"):
                return _("Assigned to the think tank “%(think_tank)s”, responsible unit: %(unit)s") % {
                    "think_tank": name,
                    "unit": data["unit"],
                }
            return _("Assigned to the think tank “%(think_tank)s”") % {"think_tank": name}
