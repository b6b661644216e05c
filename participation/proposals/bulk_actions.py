"""Bulk decisions in the proposal queue: accept, decline, mark as spam or assign to a think tank many at once.

Wagtail's `BulkAction.check_perm` allows everyone by default, and the bulk action URL is open to anyone who can
reach the admin; each action here lets through only the proposals the user may change.
"""

from django import forms
from django.utils.functional import classproperty
from django.utils.translation import gettext_lazy as _
from django.utils.translation import npgettext
from wagtail.models import Locale
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from experiments.models import ThinkTankPage
from participation.forms import PlainTextField, SingleLineTextField

from .models import PUBLIC_RESPONSE_MAX_LENGTH, Proposal, ProposalStatus
from .services import assign_to_think_tank, proposal_decide, transition_error


def source_think_tanks():
    """The think tanks an idea can be assigned to: the Finnish (source) pages, which translations point at too."""
    return ThinkTankPage.objects.filter(locale=Locale.get_default()).order_by("title")


class BulkDecisionForm(forms.Form):
    public_response = PlainTextField(
        label=_("Public response (optional)"),
        required=False,
        max_length=PUBLIC_RESPONSE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Given to the proposals that have no public response yet; a response already written is kept. "
            "It is shown on the idea board and sent to the authors, so write it in the language of the ideas."
        ),
    )


class ProposalBulkAction(SnippetBulkAction):
    """Move the chosen proposals to `status` through the same service as the edit view."""

    status = None
    template_name = "participation/proposals/admin/bulk_decision.html"
    form_class = BulkDecisionForm
    offers_public_response = True

    @classproperty
    def models(cls):
        return [Proposal]

    def check_perm(self, proposal):
        return self.permission_policy.user_has_permission_for_instance(self.request.user, "change", proposal)

    def get_form_class(self):
        return self.form_class if self.offers_public_response else forms.Form

    def get_execution_context(self):
        public_response = ""
        if self.cleaned_form is not None:
            public_response = self.cleaned_form.cleaned_data.get("public_response", "")
        return {"user": self.request.user, "public_response": public_response}

    @classmethod
    def execute_action(cls, objects, user=None, public_response="", **kwargs):
        changed = skipped = 0
        for proposal in objects:
            if transition_error(proposal, cls.status) is not None:
                skipped += 1
            elif proposal_decide(proposal=proposal, status=cls.status, user=user, public_response=public_response):
                changed += 1
        return changed, skipped

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["status_label"] = ProposalStatus(self.status).label
        context["action_label"] = self.display_name
        return context

    def get_success_message(self, num_parent_objects, num_child_objects):
        message = npgettext(
            "proposals changed by a bulk action",
            "%(count)d proposal moved to “%(state)s”.",
            "%(count)d proposals moved to “%(state)s”.",
            num_parent_objects,
        ) % {"count": num_parent_objects, "state": ProposalStatus(self.status).label}
        if num_child_objects:
            message += " " + npgettext(
                "proposals a bulk action left alone",
                "%(count)d proposal was left as it was, as its state does not allow the move.",
                "%(count)d proposals were left as they were, as their state does not allow the move.",
                num_child_objects,
            ) % {"count": num_child_objects}
        return message


class AcceptProposalsBulkAction(ProposalBulkAction):
    display_name = _("Accept")
    action_type = "accept"
    aria_label = _("Accept the selected proposals")
    action_priority = 10
    status = ProposalStatus.ACCEPTED


class DeclineProposalsBulkAction(ProposalBulkAction):
    display_name = _("Decline")
    action_type = "decline"
    aria_label = _("Decline the selected proposals")
    action_priority = 20
    status = ProposalStatus.DECLINED


class MarkProposalsAsSpamBulkAction(ProposalBulkAction):
    display_name = _("Mark as spam")
    action_type = "mark_spam"
    aria_label = _("Mark the selected proposals as spam")
    action_priority = 30
    status = ProposalStatus.SPAM
    # Nobody is told about spam, so there is nothing to respond.
    offers_public_response = False


class AssignToThinkTankForm(forms.Form):
    think_tank = forms.ModelChoiceField(
        label=_("Think tank"),
        queryset=ThinkTankPage.objects.none(),
        error_messages={"required": _("Choose the think tank that takes the proposals up.")},
    )
    responsible_unit = SingleLineTextField(
        label=_("Responsible city unit (optional)"),
        max_length=Proposal._meta.get_field("responsible_unit").max_length,
        required=False,
        help_text=_("Replaces the responsible unit of every selected proposal."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # At form time, not import time: the default locale is a row in the database.
        self.fields["think_tank"].queryset = source_think_tanks()


class AssignProposalsToThinkTankBulkAction(SnippetBulkAction):
    """Give the chosen ideas to one think tank through the same service as the edit view."""

    display_name = _("Assign to think tank")
    action_type = "assign_think_tank"
    aria_label = _("Assign the selected proposals to a think tank")
    action_priority = 40
    template_name = "participation/proposals/admin/bulk_assign.html"
    form_class = AssignToThinkTankForm

    @classproperty
    def models(cls):
        return [Proposal]

    def check_perm(self, proposal):
        return self.permission_policy.user_has_permission_for_instance(self.request.user, "change", proposal)

    def get_execution_context(self):
        data = self.cleaned_form.cleaned_data
        return {"user": self.request.user, "think_tank": data["think_tank"], "unit": data["responsible_unit"]}

    @classmethod
    def execute_action(cls, objects, user=None, think_tank=None, unit="", **kwargs):
        changed = 0
        for proposal in objects:
            if assign_to_think_tank(proposal, think_tank, unit, by=user):
                changed += 1
        return changed, 0

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_label"] = self.display_name
        return context

    def get_success_message(self, num_parent_objects, num_child_objects):
        return npgettext(
            "proposals assigned by a bulk action",
            "%(count)d proposal assigned to a think tank.",
            "%(count)d proposals assigned to a think tank.",
            num_parent_objects,
        ) % {"count": num_parent_objects}
