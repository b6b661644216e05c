"""The two links of a subscription: a confirmation link that expires, and a manage link that works while it exists.

Both sign the subscription's random `public_id` (participation/signed_links.py), each with its own salt, so one
cannot stand in for the other. Opening either link changes nothing; only a POST confirms or unsubscribes (mail
scanners open every link they find).
"""

from django.urls import reverse
from django.utils import translation

from participation.retention import subscription_confirm_days
from participation.signed_links import ExpiredToken, InvalidToken, read, sign

__all__ = ["ExpiredToken", "InvalidToken", "confirm_path", "manage_path", "read_confirm_token", "read_manage_token"]

CONFIRM_SALT = "participation.subscription-confirm"
MANAGE_SALT = "participation.subscription-manage"


def read_confirm_token(token):
    return read(token, salt=CONFIRM_SALT, max_age=subscription_confirm_days() * 24 * 3600)


def read_manage_token(token):
    # No expiry: the link in any e-mail, however old, must still let the person leave.
    return read(token, salt=MANAGE_SALT)


def confirm_path(subscription):
    with translation.override(subscription.language):
        return reverse("subscription_confirm", kwargs={"token": sign(subscription.public_id, salt=CONFIRM_SALT)})


def manage_path(subscription):
    with translation.override(subscription.language):
        return reverse("subscription_manage", kwargs={"token": sign(subscription.public_id, salt=MANAGE_SALT)})
