"""The site's addresses plus the benchmark's reference view. Mounted only by portal.settings.bench."""

from django.http import HttpResponse
from django.urls import path

from .urls import urlpatterns as site_urlpatterns

handler500 = "portal.errors.server_error"


def minimal(request):
    """Answer as cheaply as Django can: the ceiling any page of the site is measured against."""
    return HttpResponse(b"ok", content_type="text/plain")


urlpatterns = [path("bench/minimal/", minimal), *site_urlpatterns]
