"""The rules of the second factor: enrolling an authenticator app, checking a code, recovery codes, a reset.

A member of staff has at most one authenticator app (a confirmed django-otp TOTP device) and one set of recovery
codes (a static device whose tokens are used up one by one). An app being enrolled is an unconfirmed device until
the first code from it is right, so a half-finished enrolment never counts as a second factor.
"""

from django.conf import settings
from django.db import transaction
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log

RESET_ACTION = "portal.second_factor_reset"
AUTHENTICATOR_NAME = "authenticator"
RECOVERY_NAME = "recovery codes"


def authenticator_of(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def has_second_factor(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def authenticator_being_enrolled(*, user):
    """Return the user's unconfirmed authenticator device, creating one with a new secret if there is none."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, confirmed=False)
    return device


@transaction.atomic
def enrolment_confirm(*, device, code):
    """Confirm the device being enrolled if ``code`` is its current code; return the new recovery codes or None."""
    if not device.verify_token(_digits(code)):
        return None
    TOTPDevice.objects.filter(user=device.user, confirmed=True).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return recovery_codes_renew(user=device.user)


@transaction.atomic
def recovery_codes_renew(*, user):
    """Replace the user's recovery codes with new ones and return them: they are shown once and stored only here."""
    device, _created = StaticDevice.objects.get_or_create(user=user, name=RECOVERY_NAME, defaults={"confirmed": True})
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _number in range(settings.ADMIN_RECOVERY_CODES)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


def is_recovery_code(device):
    return isinstance(device, StaticDevice)


def recovery_codes_left(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def device_for_code(*, user, code):
    """Return the device ``code`` is right for (the app's current code, or an unused recovery code), else None.

    A recovery code is used up by this check.
    """
    authenticator = authenticator_of(user)
    if authenticator is not None and authenticator.verify_token(_digits(code)):
        return authenticator
    recovery = StaticDevice.objects.filter(user=user, confirmed=True).first()
    if recovery is not None and recovery.verify_token(code.strip().lower()):
        return recovery
    return None


@transaction.atomic
def second_factor_reset(*, user, by):
    """Remove every second factor of ``user`` (they enrol a new app at their next login) and log who did it."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    log(instance=user, action=RESET_ACTION, user=by)


def _digits(code):
    # Apps show the code as "123 456"; people type it the same way.
    return "".join(code.split())
