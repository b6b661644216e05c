"""Views that meet a database outage, for the tests of the "try again" page."""

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

handler500 = "portal.errors.server_error"


@csrf_exempt
def submit_form(request):
    # What psycopg says when PostgreSQL is unreachable, quoting what was being saved.
    raise OperationalError(
        'connection to server at "127.0.0.1", port 5432 failed: Connection refused (resident@example.fi)'
    )


def read_page(request):
    raise InterfaceError("connection already closed")


def broken_page(request):
    raise ValueError("a programming error")


def fine_page(request):
    return HttpResponse("fine")


urlpatterns = [
    path("form/", submit_form),
    path("page/", read_page),
    path("broken/", broken_page),
    path("fine/", fine_page),
]


class SessionStoreDownMiddleware:
    """Fail on the way out, as a session saved to an unreachable database would."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        self.get_response(request)
        raise OperationalError("server closed the connection unexpectedly")


@csrf_exempt
def submit_form_outcome_unknown(request):
    from home.saving import SaveOutcomeUnknown

    raise SaveOutcomeUnknown("the save may or may not have been committed")


urlpatterns.append(path("form-unknown/", submit_form_outcome_unknown))
