"""Register the workshop sign-up queue, its bulk actions and its dashboard panel with the Wagtail admin."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from .bulk_actions import (
    ApproveSignupsBulkAction,
    DeclineSignupsBulkAction,
    MarkAttendedBulkAction,
    MarkNotAttendedBulkAction,
)
from .models import WorkshopSignup
from .viewsets import PendingSignupsPanel, SignupPermissionPolicy, WorkshopSignupViewSet

# Registered before the viewset, so the viewset does not create the default policy first.
signup_permission_policy = SignupPermissionPolicy(WorkshopSignup)
register_permission_policy(WorkshopSignup, signup_permission_policy)
register_snippet(WorkshopSignupViewSet)


for action in (ApproveSignupsBulkAction, DeclineSignupsBulkAction, MarkAttendedBulkAction, MarkNotAttendedBulkAction):
    hooks.register("register_bulk_action", action)


@hooks.register("construct_homepage_panels")
def add_pending_signups_panel(request, panels):
    if signup_permission_policy.user_has_any_permission(request.user, ["view", "change"]):
        panels.append(PendingSignupsPanel())
