import contextlib

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail_localize.views.update_translations import UpdateTranslationsView

from .services import UntranslatedTextError, check_translation_complete
from .swedish_ready import PUBLISHING_REFUSALS, check_may_go_live


class SyncTranslationsView(UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages", where "publish immediately" publishes only finished translations.

    The sync itself always happens, so translators see what changed; a translation that still lacks text stays
    as it was, live or not, and the editor is told which fields are missing.
    """

    @transaction.atomic
    def form_valid(self, form):
        publish = form.cleaned_data["publish_translations"]
        form.cleaned_data["publish_translations"] = False
        response = super().form_valid(form)
        if not publish:
            return response
        for translation in self.object.translations.filter(enabled=True).select_related("target_locale", "source"):
            try:
                check_translation_complete(translation)
            except UntranslatedTextError as refusal:
                messages.error(self.request, refusal.message_text)
                continue
            # wagtail-localize ignores validation errors here too: the translator sees them in the editor.
            with contextlib.suppress(ValidationError):
                translation.save_target(user=self.request.user, publish=True)
        return response


class ApproveTranslatedPageView(WorkflowActionView):
    """Wagtail's workflow action view ("Approve", "Approve with comment"), refusing to approve untranslated text.

    The approval is refused, not turned into a rejection: the publisher asked to approve, and a "Request changes"
    in their name that they never chose would mislead the editor. The task stays in progress, so the page can be
    approved as soon as its translation is finished; the publisher can still request changes with a comment.
    """

    def post(self, request, *args, **kwargs):
        if self.action_name == "approve":
            try:
                # The latest revision is what Wagtail publishes when the last task is approved.
                check_may_go_live(self.object.get_latest_revision_as_object())
            except PUBLISHING_REFUSALS as refusal:
                messages.error(request, refusal.message_text)
                if request.headers.get("x-requested-with") == "XMLHttpRequest":
                    # The approval modal follows a "success" step's redirect, where the message is shown.
                    return self.render_modal_json(request, {"step": "success", "redirect": self.redirect_url})
                return redirect(self.redirect_url)
        return super().post(request, *args, **kwargs)
