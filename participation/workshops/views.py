"""Thin views of workshops: show and take sign-ups, the listing and its feed, and the personal manage page."""

import logging

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from experiments.models import ThinkTankPage
from home.saving import answer_saved, log_error_after_saving, saved_page
from participation import retention
from participation.spam import is_flooding, log_discarded

from .forms import WorkshopSignupForm
from .ics import workshops_feed
from .models import SignupState, WorkshopSignup
from .services import (
    CANCELLABLE_STATES,
    RegistrationClosed,
    SignupNotChangeable,
    seat_counts,
    signup_cancel,
    signup_create,
    signup_withdraw_health_consent,
)
from .tokens import ExpiredToken, InvalidToken, read_token

logger = logging.getLogger(__name__)

PAST_PER_PAGE = 10
TEMPLATES = "participation/workshops"


def signup_rate():
    return retention.signup_rate()


def waitlist_position(signup):
    """Return the person's place in the waitlist (1 is next in line), or None when they are not on it."""
    if signup.state != SignupState.WAITLISTED:
        return None
    return (
        WorkshopSignup.objects.filter(workshop_id=signup.workshop_id, state=SignupState.WAITLISTED)
        .filter(Q(created_at__lt=signup.created_at) | Q(created_at=signup.created_at, pk__lte=signup.pk))
        .count()
    )


# A personal or form-carrying answer stays out of every cache, the page cache and browsers' alike.
@never_cache
def workshop_page(request, page):
    """Show a workshop with its seat status and sign-up form; take a sign-up on POST."""
    form = None
    status = page.seat_status()
    template = f"{TEMPLATES}/workshop_page.html"
    if request.method == "POST" and status.accepts_signups:
        if is_flooding(request, group="workshop-signup", rate=signup_rate()):
            return render(request, "participation/rate_limited.html", status=429)
        form = WorkshopSignupForm(request.POST, workshop=page)
        if form.is_valid():
            reason = form.spam_reason()
            if reason:
                log_discarded(form.form_id, reason)
                return signup_received(request, page)
            try:
                # The same form sent again (a double click, a resend after a lost answer) is the same sign-up.
                signup_create(workshop=page, submission_key=form.submission_key(), **form.signup_data())
            except RegistrationClosed:
                status = page.seat_status()
                form = None
            except ValidationError as error:
                # A rule the form does not know about: the person sees it on the form, with what they typed.
                form.add_model_errors(error)
            else:
                return signup_received(request, page)
    elif request.method not in ("GET", "HEAD", "POST"):
        return HttpResponse(status=405, headers={"Allow": "GET, HEAD, POST"})
    if form is None and status.accepts_signups:
        form = WorkshopSignupForm(workshop=page)
    context = {**page.get_context(request), "form": form, "status": status}
    response = TemplateResponse(request, template, context)
    return response


def signup_received(request, page):
    """Give every sign-up the same answer, whether new, already there, waitlisted or pending.

    What happened is in the e-mail to the address: saying it here would tell anyone who types an address whether
    its owner has signed up. Once the sign-up is committed, no error may say otherwise (home/saving.py).
    """
    try:
        response = render(request, f"{TEMPLATES}/signup_done.html", {"page": page})
    except Exception as error:  # noqa: BLE001 - whatever failed, the sign-up is saved and the person must hear so
        log_error_after_saving(error, "a sign-up")
        response = saved_page(request, check_email=True)
    return answer_saved(request, response)


@never_cache  # live seat counts
def workshop_index(request, page):
    """List upcoming workshops with what each can offer now, and past ones apart, a page at a time."""
    now = timezone.now()
    upcoming = list(page.upcoming_workshops(now))
    counts = seat_counts(upcoming)
    cards = [{"workshop": workshop, "status": workshop.seat_status(now, counts[workshop.pk])} for workshop in upcoming]
    past = Paginator(page.past_workshops(now), PAST_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        **page.get_context(request),
        "upcoming": cards,
        "past_page": past,
        "calendar_url": page.url + page.reverse_subpage("calendar"),
    }
    return TemplateResponse(request, f"{TEMPLATES}/workshop_index_page.html", context)


def workshop_calendar(request, page):
    """Return the listing's upcoming workshops as an iCalendar feed in the page's language."""
    return calendar_response(request, page.upcoming_workshops(), name=page.title, slug=page.slug)


def think_tank_calendar(request, page, think_tank_id):
    """Return one think tank's upcoming workshops as an iCalendar feed, in the language of the listing `page`."""
    think_tank = ThinkTankPage.objects.live().public().filter(pk=think_tank_id, locale_id=page.locale_id).first()
    if think_tank is None:
        raise Http404
    workshops = page.think_tank_workshops(think_tank).upcoming().order_by("starts_at", "pk")
    return calendar_response(request, workshops, name=think_tank.title, slug=think_tank.slug)


def calendar_response(request, workshops, *, name, slug):
    body = workshops_feed(workshops, name=name, url_for=lambda workshop: workshop.get_full_url(request))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{slug}.ics"'
    # No seat counts or personal data in the feed: calendar apps may cache it for a while.
    patch_cache_control(response, public=True, max_age=900)
    return response


def link_problem(request, reason, status):
    return render(request, f"{TEMPLATES}/link_problem.html", {"reason": reason}, status=status)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def signup_manage(request, token):
    """Show a person their sign-up; cancel it, or withdraw the consent to their needs, only on POST, since link
    scanners follow every GET."""
    try:
        public_id = read_token(token)
    except ExpiredToken:
        return link_problem(request, "expired", 410)
    except InvalidToken:
        return link_problem(request, "invalid", 404)
    signup = WorkshopSignup.objects.select_related("workshop").filter(public_id=public_id).first()
    if signup is None or signup.anonymised_at:
        return link_problem(request, "invalid", 404)
    if signup.state == SignupState.CANCELLED:
        return link_problem(request, "cancelled", 410)
    if signup.workshop.ends_at < timezone.now():
        return link_problem(request, "ended", 410)

    workshop = signup.workshop.translation_for_language(get_language())
    consent_withdrawn = False
    if request.method == "POST" and request.POST.get("action") == "withdraw_health_consent":
        consent_withdrawn = signup_withdraw_health_consent(signup=signup)
    elif request.method == "POST":
        try:
            signup_cancel(signup=signup)
        except SignupNotChangeable:
            pass
        else:
            return render(request, f"{TEMPLATES}/signup_cancelled.html", {"workshop": workshop})
    context = {
        "consent_withdrawn": consent_withdrawn,
        "signup": signup,
        "workshop": workshop,
        "can_cancel": signup.state in CANCELLABLE_STATES,
        "waitlist_position": waitlist_position(signup),
        "state_message": state_message(signup),
    }
    return render(request, f"{TEMPLATES}/signup_manage.html", context)


def state_message(signup):
    return {
        SignupState.PENDING: _(
            "Your sign-up is waiting for the organisers' approval. We will e-mail you the decision."
        ),
        SignupState.CONFIRMED: _("You have a seat. Welcome!"),
        SignupState.WAITLISTED: _("You are on the waitlist. If a seat opens up, it is yours and we will e-mail you."),
        SignupState.DECLINED: _("Unfortunately your sign-up was not approved this time."),
        SignupState.ATTENDED: _("You took part in this workshop. Thank you!"),
    }.get(signup.state, "")
