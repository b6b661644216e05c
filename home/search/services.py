"""Keep the search index up to date, and search it: one function for the view, whatever the database.

Both databases stem with Snowball, so an inflected word finds its base form ("kokeilussa" finds "kokeilu",
"försöket" finds "försök"). The embedded SQLite database matches the stems of Python's Snowball
(`snowballstemmer`), made at index and query time. PostgreSQL matches, with a GIN index, a vector of the
lexemes of its own text search configuration for the page's language (finnish, swedish, english) together with
those same Python stems: the Snowball that PostgreSQL ships can be older than the Python package and miss an
ending (PostgreSQL 15 leaves "försöket" whole), and the stems make both databases find the same pages.
See docs/search.md.
"""

import functools
import re
from dataclasses import dataclass

import snowballstemmer
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.db.models.functions import Length, Replace
from django.utils import translation
from wagtail.models import Page
from wagtail.search import index

from .models import PageSearchEntry

# The language of a page (its locale) names both PostgreSQL's text search configuration and the Snowball
# stemmer; a language without one is matched word for word.
TEXT_SEARCH_CONFIGS = {"fi": "finnish", "sv": "swedish", "en": "english"}
UNSTEMMED_CONFIG = "simple"

# Longer queries are cut: each word costs a condition in the SQL.
MAX_QUERY_WORDS = 8
MIN_QUERY_LETTERS = 2
# A query stem this long also finds compounds it ends ("budget" finds "medborgarbudget", "kokeilu" finds
# "kesäkokeilu"): Finnish and Swedish write compounds as one word, and the last part says what the thing is.
# Shorter stems are often endings themselves ("-ning", "-inen").
MIN_COMPOUND_HEAD = 5

WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class SearchTerms:
    """What a query asks for: the words as typed (lower case) and their stems in the query's language."""

    language: str
    words: tuple[str, ...]
    stems: tuple[str, ...]

    def __bool__(self):
        return bool(self.words)


def text_search_config(language):
    return TEXT_SEARCH_CONFIGS.get(language, UNSTEMMED_CONFIG)


@functools.cache
def _stemmer(language):
    config = TEXT_SEARCH_CONFIGS.get(language)
    return snowballstemmer.stemmer(config) if config else None


def words_of(text):
    return WORD.findall(text.lower())


def stem_words(words, language):
    """Return the Snowball stems of lower-case words in a language (the words themselves if it has no stemmer)."""
    stemmer = _stemmer(language)
    if stemmer is None:
        return list(words)
    stems = stemmer.stemWords(words)
    if language == "sv":
        return [_swedish_definite(word, stem) for word, stem in zip(words, stems, strict=True)]
    return stems


DOUBLED_END = re.compile(r"([bcdfghjklmnpqrstvwxz])\1$")
# Definite endings that Snowball's Swedish leaves on, and what the indefinite form ends with instead:
# "tankesmedjan" (tankesmedja), "sommarjobbssedeln" (sommarjobbssedel), "reparationskaféet" (reparationskafé).
DEFINITE_ENDINGS = [
    (re.compile(r"an$"), "a"),
    (re.compile(r"(?<=el)n$"), ""),
    (re.compile(r"(?<=[aeiouyåäöé])et$"), ""),
]


def _swedish_definite(word, stem):
    # Snowball's Swedish takes off most endings, but not the definite "-an" of nouns in -a ("tankesmedjan"
    # while "tankesmedja" becomes "tankesmedj"), the "-n" of nouns in -el ("sedeln"), "-et" after a vowel
    # ("kaféet"), and only the "-a" of the plural definite "-ena" ("slutarbetena"). It also keeps a doubled
    # consonant that the base form lacks ("workshoppen" gives "workshopp", "workshop" stays). These are forms
    # readers type most: such a word is stemmed as its indefinite form, so both meet.
    if stem == word and len(word) >= 6:
        for ending, indefinite in DEFINITE_ENDINGS:
            if ending.search(word):
                stem = _stemmer("sv").stemWord(ending.sub(indefinite, word))
                break
    elif word.endswith("ena") and stem == word[:-1] and len(word) >= 7:
        stem = _stemmer("sv").stemWord(stem)
    return DOUBLED_END.sub(r"\1", stem)


def stems_text(text, language):
    """Return the stems of a text as the index stores them: every stem between spaces, in order, repeated."""
    return "".join(f" {stem} " for stem in stem_words(words_of(text), language))


def query_is_too_short(query):
    """Say whether a query has too few letters or digits to search for."""
    return sum(len(word) for word in words_of(query)) < MIN_QUERY_LETTERS


def search_terms(query, language):
    words = tuple(dict.fromkeys(words_of(query)))[:MAX_QUERY_WORDS]
    return SearchTerms(language=language, words=words, stems=tuple(stem_words(words, language)))


# Indexing ---------------------------------------------------------------------------------------------------


def _plain_text(value):
    if value is None:
        return ""
    if isinstance(value, str):
        # Rich text arrives as text already (its get_searchable_content strips the markup); a plain field's
        # "<" is the writer's own character.
        return value
    if isinstance(value, list | tuple):
        return "\n".join(_plain_text(item) for item in value)
    if isinstance(value, dict):
        return "\n".join(_plain_text(item) for item in value.values())
    return str(value)


def page_body_text(page):
    """Return the searchable text of a page except its title: the fields its class declares in `search_fields`."""
    parts = []
    for field in page.get_search_fields():
        if isinstance(field, index.SearchField) and field.field_name != "title":
            text = _plain_text(field.get_value(page)).strip()
            if text:
                parts.append(text)
    return "\n".join(parts)


def _update_vectors(entries):
    """Build the weighted PostgreSQL vectors of some entries in the database: title weight A, body weight B.

    Each part holds the lexemes of PostgreSQL's configuration for the language and the stems of Python's
    Snowball (as 'simple' lexemes), so PostgreSQL finds everything the embedded database finds.
    """
    if connection.vendor != "postgresql":
        return
    languages = entries.values_list("page__locale__language_code", flat=True).distinct()
    for language in list(languages):
        config = text_search_config(language)
        entries.filter(page__locale__language_code=language).update(
            vector=SearchVector("title", weight="A", config=config)
            + SearchVector("title_stems", weight="A", config=UNSTEMMED_CONFIG)
            + SearchVector("body", weight="B", config=config)
            + SearchVector("body_stems", weight="B", config=UNSTEMMED_CONFIG)
        )


def search_entry_update(*, page):
    """Index a page as it is now published, or forget it if it is no longer live."""
    page = page.specific
    if not page.live:
        PageSearchEntry.objects.filter(page_id=page.pk).delete()
        return None
    language = page.locale.language_code
    # Blocks may offer a label as searchable text; in the page's own language, never the editor's.
    with translation.override(language):
        body = page_body_text(page)
    entry, _ = PageSearchEntry.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "title": page.title,
            "body": body,
            "title_stems": stems_text(page.title, language),
            "body_stems": stems_text(body, language),
        },
    )
    _update_vectors(PageSearchEntry.objects.filter(pk=entry.pk))
    return entry


def search_entry_delete(*, page):
    PageSearchEntry.objects.filter(page_id=page.pk).delete()


def search_index_rebuild():
    """Index every live page again, forget the others; return how many pages are indexed."""
    PageSearchEntry.objects.exclude(page__live=True).delete()
    count = 0
    for page in Page.objects.live().exclude(depth=1).select_related("locale").specific().iterator():
        search_entry_update(page=page)
        count += 1
    return count


# Searching --------------------------------------------------------------------------------------------------


def _visible_entries(locale):
    """Entries of the live, public pages of one language."""
    return PageSearchEntry.objects.filter(
        page__in=Page.objects.live().public().filter(locale=locale).values("pk"),
    ).select_related("page", "page__content_type", "page__locale")


def _contains(field, stem):
    return Q(**{f"{field}__contains": f" {stem} "})


def _compound_head(stem):
    """Match an indexed word that ends with the stem, which includes the word itself."""
    if len(stem) < MIN_COMPOUND_HEAD:
        return Q(pk__in=[])
    return Q(title_stems__contains=f"{stem} ") | Q(body_stems__contains=f"{stem} ")


def _combine(conditions, *, match_all):
    combined = conditions[0]
    for condition in conditions[1:]:
        combined = (combined & condition) if match_all else (combined | condition)
    return combined


def _sqlite_search(entries, terms, *, match_all):
    # A stem matches when it stands between spaces; counting how often it does ranks the pages. A compound that
    # only ends with it is found too, but adds nothing to the rank.
    def occurrences(field, stem):
        needle = f" {stem} "
        return (Length(F(field)) - Length(Replace(F(field), Value(needle), Value("")))) / len(needle)

    combined = _combine(
        [_contains("title_stems", stem) | _contains("body_stems", stem) | _compound_head(stem) for stem in terms.stems],
        match_all=match_all,
    )
    title_hits = sum(
        (Case(When(_contains("title_stems", stem), then=Value(1)), default=Value(0)) for stem in terms.stems),
        Value(0, output_field=IntegerField()),
    )
    body_hits = sum((occurrences("body_stems", stem) for stem in terms.stems), Value(0, output_field=IntegerField()))
    return (
        entries.filter(combined)
        .annotate(title_hits=title_hits, body_hits=body_hits)
        .order_by("-title_hits", "-body_hits", "title", "pk")
    )


def _postgresql_search(entries, terms, *, match_all):
    config = text_search_config(terms.language)
    word_queries = [
        SearchQuery(word, config=config) | SearchQuery(stem, config=UNSTEMMED_CONFIG)
        for word, stem in zip(terms.words, terms.stems, strict=True)
    ]
    query = word_queries[0]
    for word_query in word_queries[1:]:
        query = (query & word_query) if match_all else (query | word_query)
    # The vector finds the words through the GIN index; compounds that end with a stem are found by the stems,
    # the same way as on SQLite (no text search configuration splits compounds).
    combined = _combine(
        [
            Q(vector=word_query) | _compound_head(stem)
            for word_query, stem in zip(word_queries, terms.stems, strict=True)
        ],
        match_all=match_all,
    )
    return (
        entries.filter(combined)
        .annotate(
            title_rank=SearchRank(
                SearchVector("title", config=config) + SearchVector("title_stems", config=UNSTEMMED_CONFIG), query
            ),
            rank=SearchRank(F("vector"), query),
        )
        .order_by("-title_rank", "-rank", "title", "pk")
    )


def search_pages(query, locale):
    """Return the search entries of the live, public pages of `locale` that match `query`, best first.

    Pages whose title has the words come first, then by how often the text has them. Every word must match;
    when no page has them all, pages with any of them are returned. Each entry carries its `page` (with its
    content type and locale), and `terms` says what was searched for, for highlighting.
    """
    terms = search_terms(query, locale.language_code)
    if not terms:
        return PageSearchEntry.objects.none(), terms
    run = _postgresql_search if connection.vendor == "postgresql" else _sqlite_search
    entries = _visible_entries(locale)
    results = run(entries, terms, match_all=True)
    if len(terms.words) > 1 and not results.exists():
        results = run(entries, terms, match_all=False)
    return results, terms
