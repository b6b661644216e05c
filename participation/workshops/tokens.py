"""The personal manage link of a sign-up: a signed, timestamped token around the sign-up's random identifier.

participation/signed_links.py signs and reads it; the link expires after the retention settings' manage-link
lifetime, and also stops working once the sign-up is cancelled or the workshop is over (see the view).
"""

from django.urls import reverse
from django.utils import translation

from participation.retention import manage_link_days
from participation.signed_links import ExpiredToken, InvalidToken, read, sign

__all__ = ["ExpiredToken", "InvalidToken", "make_token", "manage_path", "read_token"]

SALT = "participation.workshop-signup-link"


def max_age_seconds():
    return manage_link_days() * 24 * 3600


def make_token(signup):
    return sign(signup.public_id, salt=SALT)


def read_token(token):
    """Return the sign-up's public identifier from a token, or raise `InvalidToken` or `ExpiredToken`."""
    return read(token, salt=SALT, max_age=max_age_seconds())


def manage_path(signup, language=None):
    """Return the path of the sign-up's manage page in `language` (the person's own by default)."""
    with translation.override(language or signup.language):
        return reverse("workshop_signup_manage", kwargs={"token": make_token(signup)})
