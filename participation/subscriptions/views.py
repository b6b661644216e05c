"""Thin views of following: take a follow request, confirm it, and let a person see and end their subscriptions."""

from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from home.saving import answer_saved
from participation import retention
from participation.spam import is_flooding, log_discarded

from .emails import followed_pages
from .forms import FollowForm
from .models import Subscription
from .services import (
    follow_choices,
    followable_page,
    subscription_confirm,
    subscription_end,
    subscription_expired,
    subscription_request,
    subscriptions_end_all,
    subscriptions_of,
)
from .tokens import ExpiredToken, InvalidToken, read_confirm_token, read_manage_token

TEMPLATES = "participation/subscriptions"


# Without a CSRF token, so that the pages the form sits on stay in the page cache (a token would keep them out).
# A forged cross-site request can do no more than a stranger typing the address: it asks for a confirmation that
# only the address's owner can give, at most once an hour, under the same rate limit.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def follow(request):
    """Take a follow request; on errors, show the form again with what was typed."""
    if request.method != "POST":
        origin = followable_page(request.GET.get("page"))
        if origin is None:
            return link_problem(request, "invalid", 404)
        form = FollowForm(origin=origin, choices=follow_choices(origin))
        return render(request, f"{TEMPLATES}/follow.html", {"form": form, "origin": origin})
    if is_flooding(request, group="subscription-follow", rate=retention.subscription_rate()):
        return render(request, "participation/rate_limited.html", status=429)
    origin = followable_page(request.POST.get("origin"))
    if origin is None:
        return link_problem(request, "invalid", 404)
    choices = follow_choices(origin)
    form = FollowForm(request.POST, origin=origin, choices=choices)
    if not form.is_valid():
        return render(request, f"{TEMPLATES}/follow.html", {"form": form, "origin": origin}, status=400)
    reason = form.spam_reason()
    if reason:
        log_discarded(form.form_id, reason)
        return follow_received(request, origin)
    page = next(page for page in choices if page.pk == form.cleaned_data["follow"])
    subscription_request(
        page=page, email=form.cleaned_data["email"], language=get_language(), frequency=form.cleaned_data["frequency"]
    )
    return follow_received(request, origin)


def follow_received(request, origin):
    """Give every request the same answer: whether the address already followed it is told only to the address."""
    return answer_saved(request, render(request, f"{TEMPLATES}/follow_done.html", {"origin": origin}))


def link_problem(request, reason, status):
    context = {"reason": reason, "confirm_days": retention.subscription_confirm_days()}
    return render(request, f"{TEMPLATES}/link_problem.html", context, status=status)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """Show a button that confirms the subscription; only its POST confirms, since mail scanners open links."""
    # Mail scanners open the link too; this GET changes nothing.
    try:
        public_id = read_confirm_token(token)
    except ExpiredToken:
        return link_problem(request, "expired", 410)
    except InvalidToken:
        return link_problem(request, "invalid", 404)
    subscription = Subscription.objects.select_related("page").filter(public_id=public_id).first()
    if subscription is None:
        return link_problem(request, "expired", 410)
    confirmed = subscription.is_confirmed
    if not confirmed and subscription_expired(subscription):
        # Past its time but not yet deleted by the nightly run: as dead as if it had been.
        return link_problem(request, "expired", 410)
    if request.method == "POST":
        subscription_confirm(subscription=subscription)
        confirmed = True
    context = {
        "subscription": subscription,
        "page": followed_page(subscription),
        "confirmed": confirmed,
        "confirm_days": retention.subscription_confirm_days(),
    }
    return render(request, f"{TEMPLATES}/confirm.html", context)


# RFC 8058: a mail program's one-click unsubscribe is a POST from the mail provider, which has no CSRF token. The
# signed token in the address is what authorises the request, as it is for the person who opens the page.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def manage(request, token):
    """List the address's subscriptions; a POST ends the one the link belongs to, or the one it names."""
    try:
        public_id = read_manage_token(token)
    except InvalidToken:
        return link_problem(request, "invalid", 404)
    subscription = Subscription.objects.filter(public_id=public_id).first()
    if subscription is None:
        # Already unsubscribed (or never confirmed and expired): a second click must not look like a failure.
        return render(request, f"{TEMPLATES}/unsubscribed.html", {"ended": None})
    if request.method == "POST" and request.GET.get("all"):
        # The one-click address of a digest, which covers every subscription of the address.
        page = followed_page(subscription)
        subscriptions_end_all(subscription=subscription)
        return render(request, f"{TEMPLATES}/unsubscribed.html", {"ended": page, "all": True})
    if request.method == "POST":
        chosen = request.POST.get("subscription")
        ending = subscriptions_of(subscription).filter(public_id=chosen).first() if chosen else subscription
        if ending is not None:
            page = followed_page(ending)
            subscription_end(subscription=ending)
            if ending.pk == subscription.pk:
                return render(request, f"{TEMPLATES}/unsubscribed.html", {"ended": page})
    subscriptions = list(subscriptions_of(subscription))
    pages = followed_pages(subscriptions, get_language())
    items = [{"subscription": item, "page": pages[item.pk]} for item in subscriptions]
    return render(request, f"{TEMPLATES}/manage.html", {"items": items, "token": token})


def followed_page(subscription):
    """Return the followed page in the reader's language where it is live."""
    return followed_pages([subscription], get_language())[subscription.pk]
