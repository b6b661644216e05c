"""The e-mails of a subscription, in the language the person subscribed in, each with a one-click way out.

Every message carries the manage link in its body and as `List-Unsubscribe`, with `List-Unsubscribe-Post`
(RFC 8058), so a mail program's own "unsubscribe" button ends the subscription with one POST.
"""

from django.utils import translation
from wagtail.models import Page, Site

from experiments.choices import Decision, Status
from participation.emails import build_email
from participation.retention import subscription_confirm_days

from .models import EventKind
from .tokens import confirm_path, manage_path

TEMPLATE_DIR = "participation/subscriptions/emails"


def site_root():
    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else ""


def unsubscribe_headers(manage_url):
    return {"List-Unsubscribe": f"<{manage_url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def page_in_language(page, language):
    """Return `page` live in `language`, or None: news is not told in a language it has not been published in."""
    return (
        Page.objects.live()
        .public()
        .filter(translation_key=page.translation_key, locale__language_code=language)
        .first()
    )


def followed_pages(subscriptions, language):
    """Return {subscription pk: followed page} in `language` where it is live, in two queries for any number."""
    keys = {subscription.followed_key for subscription in subscriptions}
    live = {
        page.translation_key: page
        for page in Page.objects.live()
        .public()
        .filter(translation_key__in=keys, locale__language_code=language)
        .specific()
    }
    fallback = {page.pk: page for page in Page.objects.filter(pk__in=[s.page_id for s in subscriptions]).specific()}
    return {
        subscription.pk: live.get(subscription.followed_key) or fallback[subscription.page_id]
        for subscription in subscriptions
    }


def followed_page(subscription):
    """Return the followed page in the person's language where it is live, otherwise the version they followed."""
    page = page_in_language(subscription.page, subscription.language) or subscription.page
    return page.specific


def subscription_email(subscription, kind):
    """Return the confirmation ("confirm") or the "already following" ("existing") message."""
    root = site_root()
    manage_url = root + manage_path(subscription)
    with translation.override(subscription.language):
        page = followed_page(subscription)
        context = {
            "subscription": subscription,
            "page": page,
            "page_url": page.get_full_url(),
            "confirm_url": root + confirm_path(subscription),
            "confirm_days": subscription_confirm_days(),
            "manage_url": manage_url,
        }
    return build_email(
        template=f"{TEMPLATE_DIR}/{kind}",
        context=context,
        language=subscription.language,
        to=subscription.email,
        headers=unsubscribe_headers(manage_url),
    )


def news_item(event, language):
    """Return what one piece of news says in `language`, or None if its page is not live in that language."""
    page = page_in_language(event.page, language)
    if page is None:
        return None
    page = page.specific
    item = {"kind": event.kind, "page": page, "url": page.get_full_url()}
    if event.kind == EventKind.WORKSHOP:
        item["seats_left"] = page.seat_status().seats_left
    elif event.kind == EventKind.STATUS:
        item["value"] = Status(event.value).label if event.value in Status.values else event.value
    elif event.kind == EventKind.DECISION:
        item["value"] = Decision(event.value).label if event.value in Decision.values else event.value
    return item


def updates_email(subscription, events, *, digest=False):
    """Return the message with the news owed (one item at once, or a person's daily digest), or None if nothing
    can be told in their language."""
    root = site_root()
    manage_url = root + manage_path(subscription)
    with translation.override(subscription.language):
        items = [item for item in (news_item(event, subscription.language) for event in events) if item]
        if not items:
            return None
        context = {"subscription": subscription, "items": items, "manage_url": manage_url, "digest": digest}
    # A digest covers every subscription of the address: its one-click unsubscribe ends them all.
    one_click_url = f"{manage_url}?all=1" if digest else manage_url
    return build_email(
        template=f"{TEMPLATE_DIR}/updates",
        context=context,
        language=subscription.language,
        to=subscription.email,
        headers=unsubscribe_headers(one_click_url),
    )


def invitation_email(proposal, workshop):
    """Return the invitation of an idea's author to a workshop that works on the idea, in the idea's language."""
    with translation.override(proposal.language):
        shown = (page_in_language(workshop, proposal.language) or workshop).specific
        context = {
            "proposal": proposal,
            "workshop": shown,
            "page_url": shown.get_full_url(),
            "seats_left": shown.seat_status().seats_left,
        }
    return build_email(
        template=f"{TEMPLATE_DIR}/invitation", context=context, language=proposal.language, to=proposal.email
    )
