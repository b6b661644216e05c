"""Tell a person the truth about what they sent when the database fails around the commit.

Two moments need care, because the plain "try again" page (portal/errors.py) says that nothing was saved:
- The connection fails while saving, perhaps during the commit itself, so the row may or may not be there. The
  service looks again on a new connection (`look_again`): found means saved; not found means nothing was saved.
  If it cannot look either, `SaveOutcomeUnknown` gets a page that says so, and that sending the form again is safe:
  the form's submission key keeps a resend from becoming a second copy.
- Something fails after the commit (building the answer, a middleware on the way out). The data is saved, so the
  view answers with its success page (`answer_saved`), or with the plain `saved_page` when even that cannot be
  built, and the error is only logged.
"""

import logging

from django.db import DEFAULT_DB_ALIAS, InterfaceError, OperationalError, connections
from django.http import HttpResponse
from django.template import loader
from django.utils.cache import add_never_cache_headers, patch_cache_control

logger = logging.getLogger(__name__)

DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)
SAVED_RESPONSE_ATTRIBUTE = "portal_saved_response"


class SaveOutcomeUnknown(OperationalError):
    """The connection failed while saving, and whether the save was committed could not be found out."""


def look_again(lookup, *, using=DEFAULT_DB_ALIAS):
    """After a database error while saving, return what `lookup()` finds on a fresh connection.

    Returns None inside an outer transaction: nothing of it is committed yet, and it cannot be asked anything.
    Raises `SaveOutcomeUnknown` when the database cannot be asked now.
    """
    connection = connections[using]
    if connection.in_atomic_block:
        return None
    # The failed connection may look open; a new one answers truthfully about what was committed.
    connection.close()
    try:
        return lookup()
    except DATABASE_UNAVAILABLE as error:
        raise SaveOutcomeUnknown("the save may or may not have been committed") from error


def answer_saved(request, response):
    """Remember `response` as the answer to a request whose data is committed; an error after this still gives it."""
    setattr(request, SAVED_RESPONSE_ATTRIBUTE, response)
    return response


def saved_answer(request):
    """Return the success answer remembered for this request, or None if nothing was saved."""
    return getattr(request, SAVED_RESPONSE_ATTRIBUTE, None)


def log_error_after_saving(error, what):
    # The kind of error only: its message may quote what was saved.
    logger.error("Saved %s, then failed to answer (%s); the person is told it was saved", what, type(error).__name__)


def saved_page(request, *, reference="", check_email=False):
    """Render the plain "it was saved" page: no base template, no menus, nothing that needs the database."""
    html = loader.render_to_string("saved.html", {"reference": reference, "check_email": check_email})
    response = HttpResponse(html)
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    return response
