"""The site's search page."""

from django.core.exceptions import BadRequest
from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

from .excerpts import excerpt
from .services import MIN_QUERY_LETTERS, query_is_too_short, search_pages

SEARCH_RESULTS_PER_PAGE = 10
SEARCH_QUERY_MAX_LENGTH = 200


def specific_pages(entries):
    """Return {pk: specific page} for the entries' pages: one query per page kind, not one per result."""
    return {page.pk: page for page in Page.objects.filter(pk__in=[entry.page_id for entry in entries]).specific()}


@require_GET
def search(request):
    """Search the published pages of the active language only."""
    query = request.GET.get("q", "").strip()[:SEARCH_QUERY_MAX_LENGTH]
    # No keyboard types a NUL, and PostgreSQL refuses it in text: say the request is wrong, not that we failed.
    if "\x00" in query:
        raise BadRequest("NUL in the search words")
    results_page = None
    # A search for nothing, or for one letter, would list every page: the page says what to type instead.
    too_short = "q" in request.GET and query_is_too_short(query)
    if query and not too_short:
        entries, terms = search_pages(query, Locale.get_active())
        # A page number that is not one shows the first page, one past the end the last.
        results_page = Paginator(entries, SEARCH_RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        specific = specific_pages(results_page.object_list)
        for entry in results_page.object_list:
            entry.excerpt = excerpt(entry.body, terms)
            model = entry.page.content_type.model_class()
            entry.page_type = model._meta.verbose_name if model else ""
            # A page kind with a state the reader cares about (an experiment's status) offers it to its result.
            entry.status = getattr(specific.get(entry.page_id), "search_result_status", None)
    context = {
        "search_query": query,
        "results_page": results_page,
        "query_too_short": too_short,
        "min_query_letters": MIN_QUERY_LETTERS,
    }
    return render(request, "home/search.html", context)
