"""Staff sessions end a working day after the login, however busy the day was.

Django's own expiry (SESSION_COOKIE_AGE) counts from the last time the session changed, and the admin changes it on
most actions (messages, "remember me"), so a session kept busy would never end. The login time is kept in the session
instead, and a session older than SESSION_COOKIE_AGE is logged out on its next request.
"""

import time

from django.conf import settings
from django.contrib.auth import logout

LOGIN_AT_KEY = "portal_login_at"


class WorkingDaySessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Only requests that carry a session cookie: anonymous readers cost nothing here.
        if settings.SESSION_COOKIE_NAME in request.COOKIES and request.user.is_authenticated:
            started = request.session.get(LOGIN_AT_KEY)
            if started is not None and time.time() - started > settings.SESSION_COOKIE_AGE:
                logout(request)
        response = self.get_response(request)
        # Stamped on the login request itself (login() has set request.user), or on the first request of a session
        # that began before this existed.
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and LOGIN_AT_KEY not in request.session:
            request.session[LOGIN_AT_KEY] = int(time.time())
        return response
