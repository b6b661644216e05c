"""The two links of a subscription: a confirmation link that expires, and a manage link that works while it exists.

Both sign the subscription's random `public_id` (never its sequential key), each with its own salt, so one cannot
stand in for the other. Opening either link changes nothing; only a POST confirms or unsubscribes (mail scanners
open every link they find).
"""

import uuid

from django.core import signing
from django.urls import reverse
from django.utils import translation

from participation.retention import subscription_confirm_days

CONFIRM_SALT = "participation.subscription-confirm"
MANAGE_SALT = "participation.subscription-manage"


class InvalidToken(Exception):
    pass


class ExpiredToken(Exception):
    pass


def read_token(token, *, salt, max_age=None):
    """Return the public identifier in `token`, or raise `InvalidToken` or `ExpiredToken`."""
    try:
        value = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired as error:
        raise ExpiredToken from error
    except signing.BadSignature as error:
        raise InvalidToken from error
    try:
        return uuid.UUID(hex=value)
    except (TypeError, ValueError, AttributeError) as error:
        raise InvalidToken from error


def read_confirm_token(token):
    return read_token(token, salt=CONFIRM_SALT, max_age=subscription_confirm_days() * 24 * 3600)


def read_manage_token(token):
    # No expiry: the link in any e-mail, however old, must still let the person leave.
    return read_token(token, salt=MANAGE_SALT)


def confirm_path(subscription):
    with translation.override(subscription.language):
        token = signing.dumps(subscription.public_id.hex, salt=CONFIRM_SALT)
        return reverse("subscription_confirm", kwargs={"token": token})


def manage_path(subscription):
    with translation.override(subscription.language):
        token = signing.dumps(subscription.public_id.hex, salt=MANAGE_SALT)
        return reverse("subscription_manage", kwargs={"token": token})
