"""Signed links around a record's random `public_id`: what a sign-up's and a subscription's e-mailed links carry.

The identifier is a random UUID (never the sequential primary key), so links cannot be guessed or counted; the
signature lets a view turn away anything forged before touching the database, and its timestamp lets a link
expire. Each kind of link signs with a salt of its own, so one cannot stand in for another.
"""

import uuid

from django.core import signing


class InvalidToken(Exception):
    pass


class ExpiredToken(Exception):
    pass


def sign(public_id, *, salt):
    return signing.dumps(public_id.hex, salt=salt)


def read(token, *, salt, max_age=None):
    """Return the public identifier in `token`, or raise `InvalidToken` or `ExpiredToken` (`max_age` in seconds)."""
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
