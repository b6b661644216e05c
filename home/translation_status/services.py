"""Where each page stands in Finnish, Swedish and English.

A row is a page in the source language (Finnish). Each other language is missing, a draft, published, or out of
date: live, but the Finnish page was published again after the translation last was, so its readers see older
content. Everything comes from subquery annotations on the listing's one query, so the report costs the same
number of queries for five pages or five thousand.
"""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db import models
from django.db.models import Count, F, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils.translation import pgettext_lazy
from wagtail.models import Page


class TranslationState(models.TextChoices):
    MISSING = "missing", pgettext_lazy("translation state", "Missing")
    DRAFT = "draft", pgettext_lazy("translation state", "Draft")
    PUBLISHED = "published", pgettext_lazy("translation state", "Published")
    OUT_OF_DATE = "out_of_date", pgettext_lazy("translation state", "Out of date")


# The languages' names as the admin shows them, in the staff member's own language.
LANGUAGE_NAMES = {
    "fi": pgettext_lazy("language", "Finnish"),
    "sv": pgettext_lazy("language", "Swedish"),
    "en": pgettext_lazy("language", "English"),
}


# Link texts name the language inside a sentence, where Finnish and Swedish need their own forms of its name.
EDIT_LINK_TEXTS = {
    "fi": pgettext_lazy("translation status link", "Edit in Finnish"),
    "sv": pgettext_lazy("translation status link", "Edit in Swedish"),
    "en": pgettext_lazy("translation status link", "Edit in English"),
}
TRANSLATE_LINK_TEXTS = {
    "sv": pgettext_lazy("translation status link", "Translate into Swedish"),
    "en": pgettext_lazy("translation status link", "Translate into English"),
}


def language_name(code):
    return LANGUAGE_NAMES.get(code, code)


def source_language():
    return settings.LANGUAGE_CODE


def target_languages():
    """Return the codes of the languages pages are translated into, in the order of the content languages."""
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != source_language()]


def _field(code, name):
    return f"{code}_{name}"


def source_pages():
    """Return every page in the source language below the root, with the state of each translation annotated."""
    pages = Page.objects.filter(locale__language_code=source_language(), depth__gt=1)
    for code in target_languages():
        versions = Page.objects.filter(translation_key=OuterRef("translation_key"), locale__language_code=code)
        pages = pages.annotate(
            **{
                _field(code, "page_id"): Subquery(versions.values("pk")[:1]),
                _field(code, "live"): Subquery(versions.values("live")[:1]),
                _field(code, "published_at"): Subquery(versions.values("last_published_at")[:1]),
            }
        )
    return pages


def state_condition(code, state):
    """Return the condition on `source_pages()` under which the translation into `code` is in `state`."""
    exists = Q(**{f"{_field(code, 'page_id')}__isnull": False})
    live = Q(**{_field(code, "live"): True})
    behind = Q(last_published_at__gt=F(_field(code, "published_at")))
    if state == TranslationState.MISSING:
        return ~exists
    if state == TranslationState.DRAFT:
        return exists & ~live
    if state == TranslationState.OUT_OF_DATE:
        return exists & live & behind
    # Published: live and not behind; a page never published in Finnish cannot be behind it.
    up_to_date = (
        Q(last_published_at__isnull=True)
        | Q(**{f"{_field(code, 'published_at')}__isnull": True})
        | Q(last_published_at__lte=F(_field(code, "published_at")))
    )
    return exists & live & up_to_date


def source_state(page):
    return TranslationState.PUBLISHED if page.live else TranslationState.DRAFT


@dataclass(frozen=True)
class LanguageStatus:
    code: str
    state: TranslationState
    page_id: int | None
    # When the Finnish page was published that the translation has not caught up with (out of date only).
    behind_since: datetime | None
    edit_url: str

    @property
    def name(self):
        return language_name(self.code)

    @property
    def link_text(self):
        texts = TRANSLATE_LINK_TEXTS if self.state == TranslationState.MISSING else EDIT_LINK_TEXTS
        return texts.get(self.code, self.code)


def translation_status(page, code):
    """Return the state of `page` (a row of `source_pages()`) in the language `code`, without a query."""
    if code == source_language():
        return LanguageStatus(
            code, source_state(page), page.pk, None, reverse("wagtailadmin_pages:edit", args=[page.pk])
        )
    page_id = getattr(page, _field(code, "page_id"))
    if page_id is None:
        # wagtail-localize's "Translate" form for this page, where the language is chosen.
        return LanguageStatus(
            code,
            TranslationState.MISSING,
            None,
            None,
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        )
    # A page translated with wagtail-localize opens in its translation editor at its own edit address.
    edit_url = reverse("wagtailadmin_pages:edit", args=[page_id])
    if not getattr(page, _field(code, "live")):
        return LanguageStatus(code, TranslationState.DRAFT, page_id, None, edit_url)
    published_at = getattr(page, _field(code, "published_at"))
    if page.last_published_at and published_at and page.last_published_at > published_at:
        return LanguageStatus(code, TranslationState.OUT_OF_DATE, page_id, page.last_published_at, edit_url)
    return LanguageStatus(code, TranslationState.PUBLISHED, page_id, None, edit_url)


def translation_statuses(page):
    """Return the page's status in every content language, the source language first."""
    return [translation_status(page, code) for code in [source_language(), *target_languages()]]


def attention_counts(pages=None):
    """Return {language code: {"missing": n, "out_of_date": n}} for the target languages, in one query."""
    pages = source_pages() if pages is None else pages
    aggregates = {}
    for code in target_languages():
        for state in (TranslationState.MISSING, TranslationState.OUT_OF_DATE):
            aggregates[f"{code}__{state}"] = Count("pk", filter=state_condition(code, state))
    totals = pages.aggregate(**aggregates) if aggregates else {}
    return {
        code: {state: totals[f"{code}__{state}"] for state in (TranslationState.MISSING, TranslationState.OUT_OF_DATE)}
        for code in target_languages()
    }
