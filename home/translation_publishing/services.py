"""When a translated page may go live, and which address it takes.

A translation that still holds text in its source language is never published: a resident who opens a Swedish
address must read Swedish. wagtail-localize fills every segment nobody has translated with the source text, so
"untranslated" is decided from its own records: a piece of text is untranslated when it is the source's text in
the same place and no translator has ever recorded that text as its own translation (names such as "Runsor" are
the same in every language, and a translator confirms them by entering them).

The slug is not prose: a translated page's address follows its translated title, unless the translator gave the
slug segment a value of their own.
"""

from django.core.exceptions import NON_FIELD_ERRORS, FieldDoesNotExist, ObjectDoesNotExist, ValidationError
from django.db.models import F
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext, pgettext
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

SLUG = "slug"


class UntranslatedTextError(ValidationError):
    """Publishing was refused because the page still holds untranslated source-language text."""

    def __init__(self, *, title, locale, source_locale, fields):
        self.fields = fields
        message = refusal_message(title=title, locale=locale, source_locale=source_locale, fields=fields)
        # A dictionary of errors, so that callers which look for field errors (wagtail-localize does) find none.
        super().__init__({NON_FIELD_ERRORS: [message]})

    @property
    def message_text(self):
        return self.error_dict[NON_FIELD_ERRORS][0].messages[0]


def language_in_text(language_code):
    """Name a language as the untranslated text's language, in the form the refusal message needs."""
    names = {
        "fi": pgettext("untranslated text in this language", "Finnish"),
        "sv": pgettext("untranslated text in this language", "Swedish"),
        "en": pgettext("untranslated text in this language", "English"),
    }
    return names.get(language_code, language_code)


def refusal_message(*, title, locale, source_locale, fields):
    return gettext(
        "“%(page)s” (%(language)s) was not published because it still has untranslated %(source_language)s "
        "text. Not yet translated: %(fields)s. Nothing was changed on the public site."
    ) % {
        "page": title,
        "language": locale.get_display_name(),
        "source_language": language_in_text(source_locale.language_code),
        "fields": ", ".join(str(field) for field in fields),
    }


def field_label(model, path):
    """Return the editor's name for the field a segment path starts with."""
    name = path.split(".", 1)[0]
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return name
    label = getattr(field, "verbose_name", None)
    if label is None and field.related_model is not None:
        label = field.related_model._meta.verbose_name_plural
    return capfirst(label or name)


def field_labels(model, paths):
    labels = []
    for path in paths:
        label = field_label(model, path)
        if label not in labels:
            labels.append(label)
    return labels


def string_segments(instance):
    return [
        segment
        for segment in extract_segments(instance)
        if isinstance(segment, StringSegmentValue) and segment.path != SLUG
    ]


def source_of(page):
    """Return (source locale, source instance) the page was translated from, or None for an original page."""
    translation = (
        Translation.objects.filter(source__object_id=page.translation_key, target_locale_id=page.locale_id)
        .select_related("source", "source__locale")
        .order_by("-enabled", "-pk")
        .first()
    )
    if translation is not None:
        return translation.source.locale, translation.source.as_instance()
    # A page translated by hand, without wagtail-localize: its counterpart in the default language is the source.
    default_locale = Locale.get_default()
    if page.locale_id == default_locale.pk:
        return None
    original = Page.objects.filter(translation_key=page.translation_key, locale=default_locale).specific().first()
    return (default_locale, original) if original is not None else None


def untranslated_fields(page):
    """Return the names of the fields of `page` (its content as it would go live) that hold untranslated text."""
    found = source_of(page)
    if found is None:
        return None, []
    source_locale, source = found
    source_texts = {(segment.path, segment.string.data) for segment in string_segments(source)}
    suspects = [
        (segment.path, segment.string.data)
        for segment in string_segments(page)
        if (segment.path, segment.string.data) in source_texts
    ]
    if not suspects:
        return source_locale, []
    confirmed = set(
        StringTranslation.objects.filter(
            locale_id=page.locale_id,
            has_error=False,
            data__in={text for _path, text in suspects},
            translation_of__data=F("data"),
        ).values_list("data", flat=True)
    )
    return source_locale, field_labels(type(page), [path for path, text in suspects if text not in confirmed])


def check_fully_translated(page):
    """Raise UntranslatedTextError when `page` (the content about to go live) still holds untranslated text."""
    source_locale, fields = untranslated_fields(page)
    if fields:
        raise UntranslatedTextError(title=page.title, locale=page.locale, source_locale=source_locale, fields=fields)


def translation_gaps(translation):
    """Return the names of the fields wagtail-localize would fill with source text when saving `translation`."""
    missing = (
        StringSegment.objects.filter(source=translation.source)
        .annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .exclude(context__path=SLUG)
        .order_by("order")
        .values_list("context__path", flat=True)
    )
    return field_labels(translation.source.specific_content_type.model_class(), list(missing))


def check_translation_complete(translation):
    """Raise UntranslatedTextError when publishing `translation` would put source-language text on its page."""
    fields = translation_gaps(translation)
    if fields:
        try:
            title = str(translation.get_target_instance())
        except ObjectDoesNotExist:
            title = translation.source.object_repr
        raise UntranslatedTextError(
            title=title, locale=translation.target_locale, source_locale=translation.source.locale, fields=fields
        )


def translated_slug(page):
    """Return the slug a page that wagtail-localize keeps in sync should have, or None to keep the current one.

    The translator's own slug wins; otherwise the slug follows the translated title, unique among its siblings.
    """
    if page.alias_of_id or page.locale_id == Locale.get_default().pk:
        return None
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source")
        .first()
    )
    if translation is None:
        return None
    source_slug = translation.source.as_instance().slug
    own_slug = (
        StringSegment.objects.filter(source=translation.source, context__path=SLUG)
        .annotate_translation(page.locale_id)
        .values_list("translation", flat=True)
        .first()
    )
    if own_slug and slugify(own_slug) != slugify(source_slug):
        return None
    parent = page.get_parent()
    if parent is None:
        return None
    slug = slugify(page.title) or slugify(source_slug)
    return find_available_slug(parent, slug, ignore_page_id=page.pk)
