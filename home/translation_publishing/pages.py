from .services import check_fully_translated, translated_slug


class TranslatedPageMixin:
    """Refuse to publish untranslated text, and give translations an address from their own title.

    Every page model of the portal uses this mixin, so that every way to publish a revision (the translation
    editor, "Sync translated pages", bulk publishing, scheduled publishing, workflows) meets the same rule. The
    admin's views check first and explain the refusal; this check is the last line behind them.
    """

    def publish(self, revision, *args, **kwargs):
        check_fully_translated(revision.as_object())
        return super().publish(revision, *args, **kwargs)

    def save(self, *args, **kwargs):
        # wagtail-localize saves a synced translation with the source's slug; a Swedish page would then live at a
        # Finnish address. Partial saves (update_fields) never carry content, so they are left alone.
        if kwargs.get("update_fields") is None and self.pk is not None:
            slug = translated_slug(self)
            if slug is not None:
                self.slug = slug
        return super().save(*args, **kwargs)
