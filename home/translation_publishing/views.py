import contextlib

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail_localize.views.update_translations import UpdateTranslationsView

from .services import UntranslatedTextError, check_translation_complete


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
