"""A database that cannot be reached gives a clear "try again" page (HTTP 503), never a stack trace.

Two ways in, because Django handles an exception differently depending on where it is raised:
- from a view or a template: `DatabaseUnavailableMiddleware.process_exception` answers it;
- from another middleware (a session saved on the way out): Django turns it into its 500 handler, and
  `server_error`, set as `handler500`, looks at the exception being handled.

The page is rendered without a request context: the usual context processors and the base template's menus
would query the database that is down.

Every error handler here leaves the request's body alone. Django's own handlers are decorated with
`requires_csrf_token`, which reads `request.POST` on a POST; when the body is what made the request fail (a form
declared in a character set other than UTF-8), reading it again inside the handler raises once more, and the
visitor gets the app server's bare 500 without the security headers. The CSRF middleware still sets its cookie on
the way out, which is all those decorators are for.
"""

import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import (
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseForbidden,
    HttpResponseNotFound,
    HttpResponseServerError,
)
from django.template import TemplateDoesNotExist, loader
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language

from home.saving import SaveOutcomeUnknown, saved_answer

logger = logging.getLogger(__name__)

UNAVAILABLE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def is_database_unavailable(error):
    return isinstance(error, UNAVAILABLE_ERRORS)


def unavailable_response(request, error=None):
    """Render the trilingual "try again" page: the visitor's language first, then the other two."""
    current = get_language() or settings.LANGUAGE_CODE
    codes = [code for code, _name in settings.LANGUAGES]
    languages = [current, *[code for code in codes if code != current]] if current in codes else codes
    html = loader.render_to_string(
        "503.html",
        {
            "languages": languages,
            "primary_language": languages[0],
            "is_submission": request.method == "POST",
            # "Nothing was saved" would be untrue when the commit itself may have gone through (home/saving.py).
            "outcome_unknown": isinstance(error, SaveOutcomeUnknown),
        },
    )
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_database_unavailable(exception):
            return None
        if saved_answer(request) is not None:
            # What the person sent is committed: they get its success page (home/saving.py).
            return saved_answer(request)
        # The path and the error's class only: the message may quote what was being saved.
        logger.warning("Database unavailable during %s %s (%s)", request.method, request.path, type(exception).__name__)
        return unavailable_response(request, exception)


def bad_request(request, exception):
    """Answer a request the site cannot read with the trilingual 400 page, built without the request."""
    return HttpResponseBadRequest(loader.get_template("400.html").render())


def permission_denied(request, exception):
    try:
        template = loader.get_template("403.html")
    except TemplateDoesNotExist:
        return HttpResponseForbidden("<h1>403 Forbidden</h1>", content_type="text/html")
    return HttpResponseForbidden(template.render(request=request))


def page_not_found(request, exception):
    return HttpResponseNotFound(loader.get_template("404.html").render(request=request))


def server_error(request):
    """Answer an unhandled exception: the "try again" page for a database outage, the plain 500 page otherwise."""
    error = sys.exc_info()[1]
    if saved_answer(request) is not None:
        # Failed on the way out after the data was committed: still the success page (home/saving.py).
        return saved_answer(request)
    if is_database_unavailable(error):
        return unavailable_response(request, error)
    return HttpResponseServerError(loader.get_template("500.html").render())
