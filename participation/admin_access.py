"""Keep residents' records out of sight of admin users who do not work with them.

Proposals and sign-ups hold what residents wrote and who they are, and only Moderators may see them. Wagtail opens
two doors around a viewset's own permission checks: the snippet chooser lists every record to anyone who can reach
the admin, and a bulk action's confirmation page lists the chosen records, even those the user may not act on ("you
don't have permission"). Both are closed here: the chooser and every bulk action of this app answer 403 to a user
without the model's view or change permission, before they load a single record.
"""

from functools import wraps

from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.http import Http404
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.bulk_action import index as wagtail_bulk_action
from wagtail.permissions import policy_registry
from wagtail.snippets.views.chooser import SnippetChooserViewSet

APP_LABEL = "participation"


def may_see_records(user, model):
    """Return whether `user` may list records of `model` at all (view or change permission)."""
    return policy_registry.get_by_type(model).user_has_any_permission(user, ["view", "change"])


def may_change_records(user, model):
    return policy_registry.get_by_type(model).user_has_permission(user, "change")


class RecordsChooserViewSet(SnippetChooserViewSet):
    """A snippet chooser that only users who may see the model's records can open."""

    def construct_view(self, view_class, **kwargs):
        view = super().construct_view(view_class, **kwargs)
        model = self.model

        @wraps(view)
        def guarded(request, *args, **kwargs):
            if not may_see_records(request.user, model):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return guarded


def bulk_action(request, model_name, action):
    """Run Wagtail's bulk action view for this app's models, after refusing anyone who may not change them.

    The refusal is a plain 403, raised outside Wagtail's admin wrapper, which would turn it into a redirect.
    """
    try:
        model = apps.get_model(APP_LABEL, model_name)
    except LookupError as error:
        raise Http404 from error
    if request.user.is_authenticated and not may_change_records(request.user, model):
        raise PermissionDenied
    return _wagtail_bulk_action(request, APP_LABEL, model_name, action)


# Anonymous visitors are still sent to the login page, as everywhere in the admin.
_wagtail_bulk_action = require_admin_access(wagtail_bulk_action)
