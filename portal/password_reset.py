"""Wagtail's admin password reset, throttled, answered at once, and e-mailed by the task worker.

Django's reset view looks the address up and sends the e-mail inside the request. So a known address took as long
as the mail server (seconds when it is slow) and an unknown one no time at all, which told anyone which addresses
are staff accounts; and nothing stopped a script from filling a staff mailbox with reset links from the city's
domain. Here the request only checks the form and the limits and queues one task, the same for every address; the
task does the lookup and queues the e-mail (home/tasks.py), so the worker's retries cover a mail server that is down.

Requests are counted per client address, so one address cannot try many accounts, and per target address, so one
mailbox cannot be flooded from many addresses. Every request counts, whether or not the account exists: otherwise
the limit itself would tell which addresses exist.
"""

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMessage
from django.http import HttpResponseRedirect
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext
from django_ratelimit.core import is_ratelimited
from django_tasks import task
from wagtail.admin.views.account import PasswordResetView, get_password_reset_form

from home.client_address import client_address
from home.tasks import queue_email, sender_address

logger = logging.getLogger(__name__)

GROUP_ADDRESS = "admin-password-reset:address"
GROUP_EMAIL = "admin-password-reset:email"


def _email_key(group, request):
    # The cache key is a hash: the address itself is not stored.
    return (request.POST.get("email") or "").strip().casefold()


def is_limited(request):
    """Count this reset request per client address and per target address; return whether either is over."""
    limited = False
    for group, key, rate in (
        (GROUP_ADDRESS, client_address, settings.ADMIN_PASSWORD_RESETS_PER_ADDRESS),
        (GROUP_EMAIL, _email_key, settings.ADMIN_PASSWORD_RESETS_PER_EMAIL),
    ):
        if is_ratelimited(request, group=group, key=key, rate=rate, method="POST", increment=True):
            # Which counter, never the address: logs carry no personal data.
            logger.warning("Admin password reset refused by its rate limit", extra={"group": group})
            limited = True
    return limited


class QueuedPasswordResetMixin:
    """A password reset form whose e-mails go through the task queue instead of out of this process."""

    def send_mail(
        self, subject_template_name, email_template_name, context, from_email, to_email, html_email_template_name=None
    ):
        subject = "".join(render_to_string(subject_template_name, context).splitlines())
        body = render_to_string(email_template_name, context)
        queue_email(EmailMessage(subject=subject, body=body, from_email=sender_address(), to=[to_email]))


def queued_form_class():
    return type("QueuedPasswordResetForm", (QueuedPasswordResetMixin, get_password_reset_form()), {})


@task()
def send_password_reset(*, email, language, use_https):
    """Find the active accounts with `email` and queue each a reset link; an unknown address gets nothing."""
    form = queued_form_class()(data={"email": email})
    if not form.is_valid():
        return
    domain = urlsplit(getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "").netloc or "localhost"
    with translation.override(language):
        form.save(
            domain_override=domain,
            use_https=use_https,
            subject_template_name=PasswordResetView.subject_template_name,
            email_template_name=PasswordResetView.email_template_name,
        )


class ThrottledPasswordResetView(PasswordResetView):
    def post(self, request, *args, **kwargs):
        form = self.get_form()
        if not form.is_valid():
            return self.form_invalid(form)
        if is_limited(request):
            form.add_error(
                None,
                gettext(
                    "Too many password reset requests. To protect the accounts, resetting is paused for a while. "
                    "Try again later."
                ),
            )
            response = self.form_invalid(form)
            response.status_code = 429
            return response
        return self.form_valid(form)

    def form_valid(self, form):
        # No lookup here: the task does it, so this answer takes the same time for every address.
        send_password_reset.enqueue(
            email=form.cleaned_data["email"],
            language=translation.get_language(),
            use_https=self.request.is_secure(),
        )
        return HttpResponseRedirect(self.get_success_url())
