"""The second step of the admin login, enrolling an authenticator app, recovery codes, and a superuser's reset.

The password step does not log anyone in: it remembers, in the session, who gave the right password and when. Only
a right code from that person's authenticator app (or an unused recovery code) logs them in, so no session ever
holds a login without its second factor. Wrong codes are counted by the same throttle as wrong passwords.
"""

import base64
import time
from urllib.parse import urlencode

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth import login as auth_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import npgettext
from django.views import View
from django_otp import login as otp_login

from portal.login import ThrottledLoginView, count_failure, lockout_message, lockout_seconds_left
from portal.second_factor import services
from portal.second_factor.forms import CodeForm, EnrolmentCodeForm

PENDING_KEY = "portal_second_factor_pending"
NEW_CODES_KEY = "portal_second_factor_new_codes"


class TwoStepLoginView(ThrottledLoginView):
    """Wagtail's login form, whose right password leads to the second step instead of into the admin."""

    def form_valid(self, form):
        user = form.get_user()
        # A new session key for the half-finished login, as Django's own login() would make for a finished one.
        self.request.session.cycle_key()
        self.request.session[PENDING_KEY] = {
            "user": user.pk,
            "backend": user.backend,
            "started": int(time.time()),
            "remember": bool(form.cleaned_data.get("remember")),
        }
        step = "second_factor_step" if services.has_second_factor(user) else "second_factor_enrol"
        return redirect(_with_next(reverse(step), self.get_success_url()))


class _PendingLoginView(View):
    template_name = None
    form_class = CodeForm

    def dispatch(self, request, *args, **kwargs):
        pending = request.session.get(PENDING_KEY)
        if not pending or time.time() - pending["started"] > settings.ADMIN_SECOND_STEP_SECONDS:
            request.session.pop(PENDING_KEY, None)
            return redirect(_with_next(reverse("wagtailadmin_login"), self.next_url()))
        self.pending = pending
        self.user = get_object_or_404(get_user_model(), pk=pending["user"], is_active=True)
        return super().dispatch(request, *args, **kwargs)

    def next_url(self):
        wanted = self.request.POST.get("next") or self.request.GET.get("next")
        if wanted and url_has_allowed_host_and_scheme(
            wanted, allowed_hosts={self.request.get_host()}, require_https=self.request.is_secure()
        ):
            return wanted
        return reverse("wagtailadmin_home")

    def get(self, request):
        return self.render(self.form_class())

    def post(self, request):
        form = self.form_class(request.POST)
        seconds_left = lockout_seconds_left(request, username=self.user.get_username())
        if seconds_left:
            # The code is not checked at all while locked out: a right guess must look the same as a wrong one.
            form.is_valid()
            form.add_error(None, lockout_message(seconds_left))
            return self.render(form, status=429)
        if form.is_valid():
            response = self.code_given(form, form.cleaned_data["code"])
            if response is not None:
                return response
            count_failure(request, username=self.user.get_username())
            form.add_error(
                "code",
                _(
                    "The code is not right. Check that the time on your phone is correct, and type the code "
                    "the app shows now."
                ),
            )
        return self.render(form)

    def log_in(self, device):
        request = self.request
        del request.session[PENDING_KEY]
        auth_login(request, self.user, backend=self.pending["backend"])
        otp_login(request, device)
        request.session.set_expiry(settings.SESSION_COOKIE_AGE if self.pending["remember"] else 0)

    def render(self, form, status=200, **context):
        context = {
            "form": form,
            "next": self.next_url(),
            "issuer": settings.OTP_TOTP_ISSUER,
            **self.extra_context(),
            **context,
        }
        return TemplateResponse(self.request, self.template_name, context, status=status)

    def extra_context(self):
        return {}


class SecondStepView(_PendingLoginView):
    template_name = "portal/second_factor/step.html"

    def get(self, request):
        if not services.has_second_factor(self.user):
            return redirect(_with_next(reverse("second_factor_enrol"), self.next_url()))
        return super().get(request)

    def code_given(self, form, code):
        device = services.device_for_code(user=self.user, code=code)
        if device is None:
            return None
        self.log_in(device)
        left = services.recovery_codes_left(self.user)
        if services.is_recovery_code(device) and left <= settings.ADMIN_RECOVERY_CODES_LOW:
            messages.warning(
                self.request,
                npgettext(
                    "recovery codes left after a login",
                    "You have %(count)d recovery code left. Make new ones in Account > Recovery codes.",
                    "You have %(count)d recovery codes left. Make new ones in Account > Recovery codes.",
                    left,
                )
                % {"count": left},
            )
        return redirect(self.next_url())


class EnrolView(_PendingLoginView):
    template_name = "portal/second_factor/enrol.html"
    form_class = EnrolmentCodeForm

    def get(self, request):
        if services.has_second_factor(self.user):
            return redirect(_with_next(reverse("second_factor_step"), self.next_url()))
        return super().get(request)

    def post(self, request):
        if services.has_second_factor(self.user):
            # Enrolling again would let someone with only the password replace the real person's app.
            raise PermissionDenied
        return super().post(request)

    def extra_context(self):
        device = services.authenticator_being_enrolled(user=self.user)
        secret = base64.b32encode(device.bin_key).decode()
        return {
            "qr_code": segno.make(device.config_url, error="m").svg_inline(
                scale=5, border=2, title=_("QR code for your authenticator app")
            ),
            "secret_groups": [secret[start : start + 4] for start in range(0, len(secret), 4)],
        }

    def code_given(self, form, code):
        device = services.authenticator_being_enrolled(user=self.user)
        codes = services.enrolment_confirm(device=device, code=code)
        if codes is None:
            return None
        self.log_in(device)
        self.request.session[NEW_CODES_KEY] = codes
        return redirect(_with_next(reverse("second_factor_recovery_codes"), self.next_url()))


class RecoveryCodesView(View):
    """A member of staff's own recovery codes: shown once when made, and made anew on request."""

    template_name = "portal/second_factor/recovery_codes.html"

    def get(self, request):
        return self.render(request.session.pop(NEW_CODES_KEY, None))

    def post(self, request):
        return self.render(services.recovery_codes_renew(user=request.user))

    def render(self, codes):
        request = self.request
        wanted = request.GET.get("next")
        if not (wanted and url_has_allowed_host_and_scheme(wanted, allowed_hosts={request.get_host()})):
            wanted = reverse("wagtailadmin_home")
        context = {
            "codes": codes,
            "codes_left": services.recovery_codes_left(request.user),
            "next": wanted,
        }
        return TemplateResponse(request, self.template_name, context)


class ResetView(View):
    """A superuser removes another person's second factors, for a lost phone; they enrol again at their next login."""

    template_name = "portal/second_factor/reset.html"

    def dispatch(self, request, user_id):
        if not request.user.is_superuser:
            raise PermissionDenied
        self.person = get_object_or_404(get_user_model(), pk=user_id)
        return super().dispatch(request, user_id)

    def get(self, request, user_id):
        return TemplateResponse(request, self.template_name, {"person": self.person})

    def post(self, request, user_id):
        services.second_factor_reset(user=self.person, by=request.user)
        messages.success(
            request,
            _("The second factor of %(name)s was reset. They set up an authenticator app again at their next login.")
            % {"name": self.person.get_full_name() or self.person.get_username()},
        )
        return redirect("wagtailusers_users:index")


def _with_next(url, next_url):
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url
