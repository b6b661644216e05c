"""Wagtail's admin login, throttled against password guessing.

Failed logins are counted twice, in the default cache (Redis in production, so every app server sees one count):
per user name, so one account cannot be guessed at from many addresses, and per client address, so one address
cannot try many accounts. When either count reaches its limit, further attempts are refused without checking the
password until the counting window ends. Only failures count: a person who logs in correctly is never held back by
their own successful logins, and one account's lockout does not touch any other account logged into from
elsewhere.
"""

import logging
import math

from django.conf import settings
from django.contrib.auth import get_user_model
from django.forms.utils import ErrorDict
from django.utils.translation import npgettext
from django_ratelimit.core import get_usage
from wagtail.admin.views.account import LoginView

from home.client_address import client_address

logger = logging.getLogger(__name__)

GROUP_USERNAME = "admin-login:username"
GROUP_ADDRESS = "admin-login:address"


def _normalised(username):
    # Normalised the way people type it, so "Editor" and "editor " share one count. The cache key is a hash.
    return (username or "").strip().casefold()


def _rates(username):
    if username is None:

        def username_key(group, request):
            return _normalised(request.POST.get(get_user_model().USERNAME_FIELD))

    else:

        def username_key(group, request):
            return _normalised(username)

    return {
        GROUP_USERNAME: (username_key, settings.ADMIN_LOGIN_FAILURES_PER_USERNAME),
        GROUP_ADDRESS: (client_address, settings.ADMIN_LOGIN_FAILURES_PER_ADDRESS),
    }


def _usages(request, *, increment, username):
    for group, (key, rate) in _rates(username).items():
        usage = get_usage(request, group=group, key=key, rate=rate, method="POST", increment=increment)
        if usage is not None:
            yield group, usage


def lockout_seconds_left(request, *, username=None):
    """Return how long the user name or the address of this login POST stays locked out, 0 if it is not.

    The user name is the one posted, unless a later step of the login (the second factor) names it: a wrong code
    counts against the same account and address as a wrong password.
    """
    return max(
        (
            max(usage["time_left"], 1)
            for _group, usage in _usages(request, increment=False, username=username)
            if usage["count"] >= usage["limit"]
        ),
        default=0,
    )


def count_failure(request, *, username=None):
    for group, usage in _usages(request, increment=True, username=username):
        if usage["count"] == usage["limit"]:
            # Which counter, never the user name or the address: logs carry no personal data.
            logger.warning("Admin login locked out after repeated failures", extra={"group": group})


def lockout_message(seconds_left):
    minutes = math.ceil(seconds_left / 60)
    return npgettext(
        "minutes until logging in is allowed again",
        "Too many failed login attempts. Logging in is blocked for a while to protect the account. "
        "Try again in %(minutes)d minute.",
        "Too many failed login attempts. Logging in is blocked for a while to protect the account. "
        "Try again in %(minutes)d minutes.",
        minutes,
    ) % {"minutes": minutes}


class ThrottledLoginView(LoginView):
    def post(self, request, *args, **kwargs):
        seconds_left = lockout_seconds_left(request)
        if seconds_left:
            form = self.get_form_class()(request, data=request.POST)
            # The password is not checked at all while locked out (no full_clean): a correct guess must look the
            # same as a wrong one.
            form._errors, form.cleaned_data = ErrorDict(), {}
            form.add_error(None, lockout_message(seconds_left))
            response = self.render_to_response(self.get_context_data(form=form))
            response.status_code = 429
            return response
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        count_failure(self.request)
        return super().form_invalid(form)
