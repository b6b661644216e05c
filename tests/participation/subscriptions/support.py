"""Helpers for the subscription tests: what a person types into the follow form, and the links they get."""

import re
import time

from django.core import mail

from participation.models import Subscription
from participation.spam import TIMESTAMP_FIELD, signed_render_time
from participation.subscriptions.services import subscription_confirm, subscription_request

FOLLOW_URL = {"fi": "/fi/follow/", "sv": "/sv/follow/", "en": "/en/follow/"}


def follow_data(page, follow=None, **overrides):
    """What a person sends from the follow form shown on `page`; the form was rendered a minute ago."""
    data = {
        "email": "aino@example.com",
        "follow": (follow or page).pk,
        "frequency": "digest",
        "origin": page.pk,
        TIMESTAMP_FIELD: signed_render_time("subscription-follow", time.time() - 60),
    }
    data.update(overrides)
    return data


def links_in(message):
    return re.findall(r"https?://\S+", message.body)


def confirm_link(message):
    return next(link for link in links_in(message) if "/follow/confirm/" in link)


def manage_link(message):
    return next(link for link in links_in(message) if "/follow/manage/" in link)


def path_of(link):
    return re.sub(r"^https?://[^/]+", "", link)


def last_mail_to(address):
    return [message for message in mail.outbox if address in message.to][-1]


def follower(page, email="aino@example.com", language="fi", frequency="digest"):
    """A subscription its owner has confirmed, made through the same rules as the form's."""
    subscription_request(page=page, email=email, language=language, frequency=frequency)
    subscription = Subscription.objects.get(email=email, followed_key=page.translation_key)
    subscription_confirm(subscription=subscription)
    subscription.refresh_from_db()
    return subscription
