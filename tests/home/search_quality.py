"""The fixed list of search queries and the pages each should find, and recall at 5 measured on it.

Used by test_demo_content.py, and by hand to compare search implementations on the demo content
(docs/search.md says how).
"""

from pathlib import Path

import yaml
from wagtail.models import Locale, Page

from home.search.services import search_pages

QUERIES = Path(__file__).with_name("search_quality.yaml")
TOP = 5


def quality_list():
    return yaml.safe_load(QUERIES.read_text(encoding="utf-8"))


def site_search(query, locale):
    """The slugs of the first results of the site's search."""
    entries, _ = search_pages(query, locale)
    return [entry.page.slug for entry in entries[:TOP]]


def wagtail_search(query, locale):
    """The slugs of the first results of Wagtail's own search backend, as the site searched before."""
    pages = Page.objects.live().public().filter(locale=locale).search(query)
    return [page.slug for page in pages[:TOP]]


def recall_at_5(language, search=site_search):
    """Return the mean share of each query's expected pages found in the top 5, and the queries that missed."""
    locale = Locale.objects.get(language_code=language)
    shares, misses = [], []
    for item in quality_list()[language]:
        found = search(item["query"], locale)
        missing = [slug for slug in item["expect"] if slug not in found]
        shares.append(1 - len(missing) / len(item["expect"]))
        if missing:
            misses.append((item["query"], missing, found))
    return sum(shares) / len(shares), misses
