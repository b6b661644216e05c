"""Publish translations through wagtail-localize from text written in each language.

Demo content (and any import of existing translations) is written by people in Finnish, Swedish and English. It
goes through wagtail-localize's own records, as if a translator had typed it into the translation editor: editors
then see every segment translated and can change any of them in the admin.

The translated text arrives as an unsaved instance of the same model whose translatable fields carry the target
language. Its segments are paired with the source's by their position in the content, so StreamField blocks must
have the same ids in both (see `stream_block_id`) and rich text the same number of paragraphs.
"""

import uuid

from django.db import transaction
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import translate_object
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

DEMO_NAMESPACE = uuid.UUID("6f0c1d0e-5a43-4f4e-9d38-0d7b6c3c6a10")


def stream_block_id(*parts):
    """Return a stable StreamField block id, the same for every language version of a block."""
    return str(uuid.uuid5(DEMO_NAMESPACE, "/".join(str(part) for part in parts)))


class SegmentMismatchError(ValueError):
    pass


def paired_strings(source, translated):
    """Return {(path, source text): translated text} for every translatable string of the two instances."""
    source_strings = [s for s in extract_segments(source) if isinstance(s, StringSegmentValue)]
    target_strings = [s for s in extract_segments(translated) if isinstance(s, StringSegmentValue)]
    if [s.path for s in source_strings] != [s.path for s in target_strings]:
        raise SegmentMismatchError(
            f"{source!r}: the translated content has a different structure "
            f"({len(source_strings)} source strings, {len(target_strings)} translated)"
        )
    return {
        (source_segment.path, source_segment.string.data): target_segment.string.data
        for source_segment, target_segment in zip(source_strings, target_strings, strict=True)
    }


@transaction.atomic
def publish_translations(source, translated_instances, user=None):
    """Create or update the translations of `source` and publish them.

    `translated_instances` maps a language code to an unsaved instance carrying that language's text.
    Returns the published translations by language code.
    """
    if isinstance(source, Page):
        source = source.specific
    locales = {code: Locale.objects.get(language_code=code) for code in translated_instances}
    translation_source, _created = TranslationSource.update_or_create_from_instance(source)
    translate_object(source, list(locales.values()), user=user)

    published = {}
    for code, translated in translated_instances.items():
        pairs = paired_strings(source, translated)
        translation = Translation.objects.get(source=translation_source, target_locale=locales[code])
        po = translation.export_po()
        for entry in po:
            entry.msgstr = pairs.get((entry.msgctxt, entry.msgid), entry.msgstr)
        translation.import_po(po, user=user, tool_name="demo content")
        # wagtail-localize publishes a page's translation in an on-commit hook with the page as it was then; in a
        # longer transaction that stale copy would later overwrite the tree's child counts. So save a draft and
        # publish its revision now.
        drafts = isinstance(source, DraftStateMixin)
        target, _created = translation_source.create_or_update_translation(
            locales[code], user=user, publish=not drafts, copy_parent_pages=True, fallback=True
        )
        if drafts:
            target.refresh_from_db()
            target.get_latest_revision().publish(user=user)
            target.refresh_from_db()
        published[code] = target
    return published
