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


def _username_key(group, request):
    # Normalised the way people type it, so "Editor" and "editor " share one count. The cache key is a hash.
    return (request.POST.get(get_user_model().USERNAME_FIELD) or "").strip().casefold()


def _rates():
    return {
        GROUP_USERNAME: (_username_key, settings.ADMIN_LOGIN_FAILURES_PER_USERNAME),
        GROUP_ADDRESS: (client_address, settings.ADMIN_LOGIN_FAILURES_PER_ADDRESS),
    }


def _usages(request, *, increment):
    for group, (key, rate) in _rates().items():
        usage = get_usage(request, group=group, key=key, rate=rate, method="POST", increment=increment)
        if usage is not None:
            yield group, usage


def lockout_seconds_left(request):
    """Return how long the user name or the address of this login POST stays locked out, 0 if it is not."""
    return max(
        (
            max(usage["time_left"], 1)
            for _group, usage in _usages(request, increment=False)
            if usage["count"] >= usage["limit"]
        ),
        default=0,
    )


def count_failure(request):
    for group, usage in _usages(request, increment=True):
        if usage["count"] == usage["limit"]:
            # Which counter, never the user name or the address: logs carry no personal data.
            logger.warning("Admin login locked out after repeated failures", extra={"group": group})


class ThrottledLoginView(LoginView):
    def post(self, request, *args, **kwargs):
        seconds_left = lockout_seconds_left(request)
        if seconds_left:
            form = self.get_form_class()(request, data=request.POST)
            # The password is not checked at all while locked out (no full_clean): a correct guess must look the
            # same as a wrong one.
            form._errors, form.cleaned_data = ErrorDict(), {}
            minutes = math.ceil(seconds_left / 60)
            form.add_error(
                None,
                npgettext(
                    "minutes until logging in is allowed again",
                    "Too many failed login attempts. Logging in is blocked for a while to protect the account. "
                    "Try again in %(minutes)d minute.",
                    "Too many failed login attempts. Logging in is blocked for a while to protect the account. "
                    "Try again in %(minutes)d minutes.",
                    minutes,
                )
                % {"minutes": minutes},
            )
            response = self.render_to_response(self.get_context_data(form=form))
            response.status_code = 429
            return response
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        count_failure(self.request)
        return super().form_invalid(form)
