"""The personal manage link of a sign-up: a signed, timestamped token around the sign-up's random identifier.

The identifier is a random UUID (never the sequential primary key), so links cannot be guessed or counted; the
signature lets the view turn away anything forged before touching the database, and its timestamp lets links
expire. A link also stops working once the sign-up is cancelled or the workshop is over (see the view).
"""

import uuid

from django.core import signing
from django.urls import reverse
from django.utils import translation

from participation.retention import manage_link_days

SALT = "participation.workshop-signup-link"


class InvalidToken(Exception):
    pass


class ExpiredToken(Exception):
    pass


def max_age_seconds():
    return manage_link_days() * 24 * 3600


def make_token(signup):
    return signing.dumps(signup.public_id.hex, salt=SALT)


def read_token(token):
    """Return the sign-up's public identifier from a token, or raise `InvalidToken` or `ExpiredToken`."""
    try:
        value = signing.loads(token, salt=SALT, max_age=max_age_seconds())
    except signing.SignatureExpired as error:
        raise ExpiredToken from error
    except signing.BadSignature as error:
        raise InvalidToken from error
    try:
        return uuid.UUID(hex=value)
    except (TypeError, ValueError, AttributeError) as error:
        raise InvalidToken from error


def manage_path(signup, language=None):
    """Return the path of the sign-up's manage page in `language` (the person's own by default)."""
    with translation.override(language or signup.language):
        return reverse("workshop_signup_manage", kwargs={"token": make_token(signup)})
