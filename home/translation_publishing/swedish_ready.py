"""A Finnish page goes live only with its Swedish translation, finished and published with it.

Vaasa is officially bilingual: what the city says in Finnish it says in Swedish at the same time. So a Finnish page
of the public kinds is published only when every piece of its text, as it is about to go live, has a Swedish
translation in wagtail-localize; the Swedish page is then synced and published in the same step. English stays
optional. The rule, the page types exempt from it and the permission that lets a person publish an urgent notice
in Finnish first are settings (SWEDISH_READY_*); a waived refusal is written in the page's history.
"""

import contextlib
from contextvars import ContextVar
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext
from wagtail.models import Locale, Page, PageLogEntry
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from .services import UntranslatedTextError, check_fully_translated, field_labels, string_segments

SWEDISH = "sv"
WAIVED_LOG_ACTION = "home.published_before_swedish"

_waived = ContextVar("swedish_ready_waived", default=False)


@contextlib.contextmanager
def swedish_ready_waived():
    """Publish inside this block without the Swedish-ready rule (callers say why, and log it if a person chose it)."""
    token = _waived.set(True)
    try:
        yield
    finally:
        _waived.reset(token)


def is_exempt(page_class):
    exempt = {label.lower() for label in settings.SWEDISH_READY_EXEMPT_PAGE_TYPES}
    return page_class._meta.label_lower in exempt


def swedish_locale():
    return Locale.objects.filter(language_code=SWEDISH).first()


def rule_applies(page):
    """Say whether publishing `page` must wait for its Swedish translation."""
    if not settings.SWEDISH_READY_BEFORE_PUBLISHING or _waived.get():
        return False
    if page.locale.language_code != settings.LANGUAGE_CODE or is_exempt(type(page)):
        return False
    return swedish_locale() is not None


def may_publish_before_swedish(user):
    return user is not None and user.has_perm(settings.SWEDISH_READY_OVERRIDE_PERMISSION)


@dataclass
class SwedishReadiness:
    translation: Translation | None
    swedish_page: Page | None
    # Labels of the fields whose current Finnish text has no Swedish translation yet.
    untranslated: list = field(default_factory=list)

    @property
    def missing(self):
        return self.translation is None and self.swedish_page is None

    @property
    def ready(self):
        return not self.missing and not self.untranslated


def swedish_readiness(page):
    """Return how far the Swedish translation of `page` (the Finnish content about to go live) is."""
    locale = swedish_locale()
    swedish_page = Page.objects.filter(translation_key=page.translation_key, locale=locale).first()
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            source__locale_id=page.locale_id,
            target_locale=locale,
            enabled=True,
        )
        .select_related("source")
        .first()
    )
    if translation is None:
        # A Swedish page written by hand, outside wagtail-localize, is the translator's own finished work.
        return SwedishReadiness(None, swedish_page)
    translated = set(
        StringTranslation.objects.filter(
            locale=locale, has_error=False, context__object_id=page.translation_key
        ).values_list("context__path", "translation_of__data")
    )
    untranslated_paths = [
        segment.path for segment in string_segments(page) if (segment.path, segment.string.data) not in translated
    ]
    return SwedishReadiness(translation, swedish_page, field_labels(type(page), untranslated_paths))


class SwedishNotReadyError(ValidationError):
    """Publishing a Finnish page was refused because its Swedish translation is not ready to go live with it."""

    def __init__(self, *, page, readiness):
        self.readiness = readiness
        super().__init__({NON_FIELD_ERRORS: [refusal_message(page=page, readiness=readiness)]})

    @property
    def message_text(self):
        return self.error_dict[NON_FIELD_ERRORS][0].messages[0]


def refusal_message(*, page, readiness):
    if readiness.missing:
        what = gettext("It has no Swedish translation yet: translate it into Swedish first.")
    else:
        what = gettext("Not yet translated into Swedish: %(fields)s.") % {
            "fields": ", ".join(str(label) for label in readiness.untranslated)
        }
    return gettext(
        "“%(page)s” was not published, because its Swedish version must go live at the same time. %(what)s "
        "Nothing was changed on the public site."
    ) % {"page": page.title, "what": what}


def check_swedish_ready(page):
    """Return the readiness of the Swedish translation, or None when the rule does not apply to `page`.

    Raises SwedishNotReadyError when the Swedish translation cannot go live with `page`.
    """
    if not rule_applies(page):
        return None
    readiness = swedish_readiness(page)
    if not readiness.ready:
        raise SwedishNotReadyError(page=page, readiness=readiness)
    return readiness


def publish_swedish_with(page, readiness, user=None):
    """Sync the Swedish translation with the Finnish `page` just published, and publish it."""
    if readiness.translation is not None:
        source, _created = TranslationSource.update_or_create_from_instance(page)
        # As in home/translation.py: save a draft and publish its revision now, rather than through
        # wagtail-localize's on-commit publishing with a copy of the page that may be stale by then.
        swedish = source.create_or_update_translation(
            readiness.translation.target_locale, user=user, publish=False, copy_parent_pages=True, fallback=True
        )[0]
        swedish.refresh_from_db()
        swedish.get_latest_revision().publish(user=user)
    elif readiness.swedish_page is not None and not readiness.swedish_page.live:
        revision = readiness.swedish_page.specific.get_latest_revision()
        if revision is not None:
            revision.publish(user=user)


def log_published_before_swedish(page, user):
    """Write in the page's history that it went live in Finnish before its Swedish translation was ready."""
    readiness = swedish_readiness(page)
    PageLogEntry.objects.log_action(
        page,
        WAIVED_LOG_ACTION,
        user=user,
        data={"missing": readiness.missing, "untranslated": [str(label) for label in readiness.untranslated]},
    )


# What refuses publishing; both carry a translated `message_text` for the editor.
PUBLISHING_REFUSALS = (UntranslatedTextError, SwedishNotReadyError)


def check_may_go_live(page):
    """Raise one of PUBLISHING_REFUSALS when `page` (the content about to go live) may not be published."""
    check_fully_translated(page)
    check_swedish_ready(page)
