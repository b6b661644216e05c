"""Moderation steps on many workshop sign-ups at once: approve, decline, mark attended or not.

Wagtail's `BulkAction.check_perm` allows everyone by default; each action here lets through only the sign-ups the
user may change, and changes them through the same services as a single decision.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import npgettext
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from .models import WorkshopSignup
from .services import signup_decide, signup_mark_attendance


class SignupBulkAction(SnippetBulkAction):
    """A moderation step on many sign-ups at once, allowed only to those who may change sign-ups."""

    models = [WorkshopSignup]
    template_name = "participation/workshops/admin/confirm_bulk_action.html"
    question = ""

    def check_perm(self, obj):
        # Wagtail's default allows everyone: ask the permission policy about each sign-up.
        return self.permission_policy.user_has_permission_for_instance(self.request.user, "change", obj)

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "question": self.question, "action_label": self.display_name}

    @classmethod
    def execute_action(cls, objects, **kwargs):
        changed = cls.apply(objects)
        return changed, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        skipped = len(self.actionable_objects) - num_parent_objects
        message = npgettext(
            "sign-ups changed by a bulk action",
            "%(count)d sign-up changed.",
            "%(count)d sign-ups changed.",
            num_parent_objects,
        ) % {"count": num_parent_objects}
        if skipped:
            message += " " + npgettext(
                "sign-ups a bulk action left alone",
                "%(count)d was left as it was: its state does not allow this.",
                "%(count)d were left as they were: their state does not allow this.",
                skipped,
            ) % {"count": skipped}
        return message


class ApproveSignupsBulkAction(SignupBulkAction):
    display_name = _("Approve")
    action_type = "approve_signups"
    aria_label = _("Approve the selected sign-ups")
    action_priority = 10
    question = _("Approve these sign-ups? Each gets a seat if one is free, otherwise a place on the waitlist.")

    @classmethod
    def apply(cls, objects):
        return len(signup_decide(signups=objects, approve=True))


class DeclineSignupsBulkAction(SignupBulkAction):
    display_name = _("Decline")
    action_type = "decline_signups"
    aria_label = _("Decline the selected sign-ups")
    action_priority = 20
    classes = {"serious"}
    question = _("Decline these sign-ups? The people are told by e-mail, and any seat they held goes to the waitlist.")

    @classmethod
    def apply(cls, objects):
        return len(signup_decide(signups=objects, approve=False))


class MarkAttendedBulkAction(SignupBulkAction):
    display_name = _("Mark attended")
    action_type = "mark_signups_attended"
    aria_label = _("Mark the selected people as attended")
    action_priority = 30
    question = _("Mark these people as having attended? Only confirmed sign-ups of workshops that have started change.")

    @classmethod
    def apply(cls, objects):
        return signup_mark_attendance(signups=objects, attended=True)


class MarkNotAttendedBulkAction(SignupBulkAction):
    display_name = _("Mark not attended")
    action_type = "mark_signups_not_attended"
    aria_label = _("Mark the selected people as not attended")
    action_priority = 40
    question = _("Undo the attendance of these people? They go back to confirmed.")

    @classmethod
    def apply(cls, objects):
        return signup_mark_attendance(signups=objects, attended=False)
