from django.shortcuts import redirect
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.models import Locale

from .page_cache import mark_page_cacheable


@hooks.register("before_serve_page")
def serve_pages_in_their_own_language(page, request, serve_args, serve_kwargs):
    """Send a request for a page under another language's prefix to the page's own address.

    Wagtail falls back to the default language's page when a translation is missing, which would show Finnish
    text under a Swedish or English address and interface.
    """
    # The active locale is remembered for the request; the page's own would be one more query to compare codes.
    active = Locale.get_active()
    if active.language_code == get_language() and page.locale_id == active.pk:
        # The same row: the page's templates and context ask for their locale without a query of their own.
        page.locale = active
        return None
    if page.locale.language_code != get_language():
        return redirect(page.get_url(request))
    return None


@hooks.register("before_serve_page")
def let_the_page_cache_store_content_pages(page, request, serve_args, serve_kwargs):
    mark_page_cacheable(page, request)


# Refusing to publish untranslated text is a feature of its own; Wagtail only discovers an app's top-level hooks.
from .translation_publishing import wagtail_hooks as translation_publishing_hooks  # noqa: E402, F401
from .translation_status import wagtail_hooks as translation_status_hooks  # noqa: E402, F401
