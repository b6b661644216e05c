"""Helpers for loading trilingual demo content: each app's `demo/` folder holds data files and a loader using these.

The content itself is data, one YAML file per area beside its loader: texts are mappings keyed by language
({"fi": ..., "sv": ..., "en": ...}), and facts that are the same in every language (dates, numbers, images,
related pages) are given once. Loading is idempotent: a page that already exists (same slug under the same parent)
is left as it is.
"""

from pathlib import Path

import yaml
from wagtail.models import Locale, Page

from .translation import publish_translations, stream_block_id
from .translation_publishing.swedish_ready import swedish_ready_waived

SOURCE_LANGUAGE = "fi"
TARGET_LANGUAGES = ("sv", "en")


def read_data(package_file, name):
    """Return the parsed YAML file `name` that sits beside the module `package_file` (pass `__file__`).

    Only plain data is read (no tags, no objects); YAML's own dates come back as `datetime.date`.
    """
    with (Path(package_file).parent / name).open(encoding="utf-8") as data:
        return yaml.safe_load(data)


def source_locale():
    return Locale.objects.get(language_code=SOURCE_LANGUAGE)


def stream(key, blocks):
    """Return raw StreamField data whose block ids depend only on `key` and position, in every language."""
    return [
        {"type": block_type, "value": value, "id": stream_block_id(key, index)}
        for index, (block_type, value) in enumerate(blocks)
    ]


def paragraphs(*texts):
    """Return rich text from plain paragraphs (the text must not contain HTML)."""
    return "".join(f"<p>{text}</p>" for text in texts)


def existing_child(parent, slug):
    return parent.get_children().filter(slug=slug).specific().first()


def publish_finnish_before_its_translations(page, user):
    # The Swedish-ready rule is waived on purpose: the caller publishes the Swedish (and English) translation right
    # after this, in the same call, from text written in Swedish. Publishing Swedish first to satisfy the rule would
    # leave every translation older than its Finnish page, and the translation status report would call them all
    # out of date.
    with swedish_ready_waived():
        page.save_revision(user=user).publish(user=user)


def add_translated_page(parent, model, content, facts=None, user=None):
    """Create `model` under `parent` in Finnish, publish it, and publish its Swedish and English translations.

    Returns the Finnish page; an existing page with the same slug is returned untouched.
    """
    facts = facts or {}
    slug = content[SOURCE_LANGUAGE]["slug"]
    page = existing_child(parent, slug)
    if page is not None:
        return page
    page = model(**content[SOURCE_LANGUAGE], **facts)
    parent.add_child(instance=page)
    publish_finnish_before_its_translations(page, user)
    publish_translations(
        page,
        {code: model(**content[code], **facts) for code in TARGET_LANGUAGES if code in content},
        user=user,
    )
    return page


def update_translated_page(page, content, facts=None, user=None):
    """Set new content on an existing Finnish page, publish it, and publish its translations."""
    page = page.specific
    for name, value in {**content[SOURCE_LANGUAGE], **(facts or {})}.items():
        setattr(page, name, value)
    publish_finnish_before_its_translations(page, user)
    page.refresh_from_db()
    model = type(page)
    publish_translations(
        page,
        {code: model(**content[code], **(facts or {})) for code in TARGET_LANGUAGES if code in content},
        user=user,
    )
    return page


def translations_of(page):
    """Return {language code: page} for the live language versions of a page."""
    return {
        translation.locale.language_code: translation.specific
        for translation in Page.objects.filter(translation_key=page.translation_key).select_related("locale")
    }
