"""Spam and flood defences for the public forms, without third-party services.

Three layers, cheapest first:
- a per-IP rate limit on POSTs, counted in the shared cache so every app server sees the same count;
- a honeypot field that people never see or reach, but form-filling bots do;
- a signed render timestamp: a form sent seconds after it was rendered, or long after, or with a forged stamp,
  was not filled in by a person reading it.
A submission caught by the honeypot or the timestamp gets the normal thank-you page and is not stored, so a bot
learns nothing. The stamp is unique to one rendering of a form, so it also tells a form sent twice (a double click,
a browser resending after a lost answer) from two forms: `submission_key` is what the stored row keeps of it. The client's IP address is used only as a rate-limit counter key and is never stored with what
a person sends.
"""

import hashlib
import logging
import secrets
import time

from django.conf import settings
from django.core import signing
from django_ratelimit.core import is_ratelimited

from home.client_address import client_address

logger = logging.getLogger(__name__)

TIMESTAMP_SALT = "participation.form-rendered-at"
HONEYPOT_FIELD = "hp_ref_code"
TIMESTAMP_FIELD = "rendered_at"


def min_fill_seconds():
    return getattr(settings, "PARTICIPATION_MIN_FILL_SECONDS", 3)


def max_form_age_seconds():
    return getattr(settings, "PARTICIPATION_MAX_FORM_AGE_SECONDS", 24 * 3600)


def signed_render_time(form_id, at=None):
    """Return a tamper-proof stamp saying when the form `form_id` was rendered, unique to this rendering."""
    # The random part keeps two people who open the form in the same microsecond from sharing a submission key.
    payload = {"form": form_id, "at": time.time() if at is None else at, "n": secrets.token_urlsafe(9)}
    return signing.dumps(payload, salt=TIMESTAMP_SALT)


def submission_key(stamp):
    """Return the idempotency key of a form sent with this (verified) render stamp: the same form, the same key.

    A digest rather than the stamp itself: fixed length, and it reveals nothing if read from the database.
    """
    return hashlib.sha256(stamp.encode()).hexdigest()


def timestamp_problem(form_id, stamp):
    """Return why the render stamp is not that of a person filling in the form, or None if it is fine."""
    try:
        payload = signing.loads(stamp or "", salt=TIMESTAMP_SALT, max_age=max_form_age_seconds())
    except signing.SignatureExpired:
        return "too_old"
    except signing.BadSignature:
        return "tampered"
    if not isinstance(payload, dict) or payload.get("form") != form_id:
        return "tampered"
    try:
        rendered_at = float(payload["at"])
    except (KeyError, TypeError, ValueError):
        return "tampered"
    age = time.time() - rendered_at
    if age < min_fill_seconds():
        return "too_fast"
    if age > max_form_age_seconds():
        return "too_old"
    return None


def is_flooding(request, *, group, rate):
    """Count this POST against the client's limit for `group` and return whether the limit is past.

    `rate` is django-ratelimit's notation, e.g. "5/10m". Settings can lift limits for a benchmark run.
    """
    if not getattr(settings, "PARTICIPATION_RATE_LIMITS_ENABLED", True):
        return False
    limited = is_ratelimited(request, group=group, key=client_address, rate=rate, method="POST", increment=True)
    if limited:
        logger.warning("Rate limit reached", extra={"group": group})
    return limited


def log_discarded(form_id, reason):
    # The reason and the form only: never what was typed, nor who typed it.
    logger.info("Discarded a likely automated submission", extra={"form": form_id, "reason": reason})
