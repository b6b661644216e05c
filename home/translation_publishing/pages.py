from django.db import transaction

from .services import check_fully_translated, translated_slug
from .swedish_ready import check_swedish_ready, publish_swedish_with


class TranslatedPageMixin:
    """Refuse to publish untranslated text, publish Finnish and Swedish together, and give translations an address
    from their own title.

    Every page model of the portal uses this mixin, so that every way to publish a revision (the translation
    editor, "Sync translated pages", bulk publishing, scheduled publishing, workflows) meets the same rule. The
    admin's views check first and explain the refusal; this check is the last line behind them.
    """

    def publish(self, revision, user=None, *args, **kwargs):
        page = revision.as_object()
        check_fully_translated(page)
        swedish = check_swedish_ready(page)
        # The Finnish page and its Swedish translation go live together or not at all.
        with transaction.atomic():
            result = super().publish(revision, user, *args, **kwargs)
            if swedish is not None:
                publish_swedish_with(page, swedish, user=user)
        return result

    def save(self, *args, **kwargs):
        # wagtail-localize saves a synced translation with the source's slug; a Swedish page would then live at a
        # Finnish address. Partial saves (update_fields) never carry content, so they are left alone.
        if kwargs.get("update_fields") is None and self.pk is not None:
            slug = translated_slug(self)
            if slug is not None:
                self.slug = slug
        return super().save(*args, **kwargs)
