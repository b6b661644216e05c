"""Which language versions of a page exist, for the language switcher and the hreflang alternates."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page

from .surroundings import surrounding_pages


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str
    url: str | None  # None: this page has no published version in the language
    full_url: str | None
    current: bool


def language_versions(request, page=None):
    """Return one entry per portal language, in the order of settings.LANGUAGES.

    For a Wagtail page the entry leads to the published translation of that page, or says there is none. For
    any other view (search, a form's thank-you page) the same address under the other language's prefix is the
    translation, since those views translate their interface themselves.
    """
    current = get_language()
    if page is not None and isinstance(page, Page):
        suffix = _language_neutral_suffix(request, page)
        translations = {
            translation.locale.language_code: translation
            for translation in surrounding_pages(request, page)["translations"]
        }
        versions = []
        for code, name in settings.LANGUAGES:
            translation = translations.get(code)
            url = translation.get_url(request) + suffix if translation else None
            # Built from the request, so the address is right behind any host name or port.
            full_url = request.build_absolute_uri(url) if url else None
            versions.append(LanguageVersion(code, name, url, full_url, code == current))
        return versions

    path = request.get_full_path()
    return [
        LanguageVersion(
            code,
            name,
            translate_url(path, code),
            request.build_absolute_uri(translate_url(path, code)),
            code == current,
        )
        for code, name in settings.LANGUAGES
    ]


def _language_neutral_suffix(request, page):
    """Return what follows the page's own address in this request, if the page says that part is the same in
    every language (a routable page's sub-path such as an idea's reference, and filters in the query string)."""
    if not getattr(page, "language_neutral_subpaths", False):
        return ""
    own = page.get_url(request) or ""
    full_path = request.get_full_path()
    return full_path[len(own) :] if own and full_path.startswith(own) else ""
