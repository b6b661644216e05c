"""No session counts as a staff login without its second factor.

The login itself only ever logs in with one (portal/second_factor/views.py); this catches sessions made any other
way, above all those that began before the second factor was required: they are logged out, and a request for the
admin is sent to the login.
"""

from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse

PROTECTED_PREFIXES = ("/admin/", "/documents/")


class SecondFactorRequiredMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and not user.is_verified():
            logout(request)
            if request.path.startswith(PROTECTED_PREFIXES):
                return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
        return self.get_response(request)
