"""How a test lets a member of staff into the admin: one door, so that what the admin asks of a login is kept in
one place."""

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice


def log_in_staff(client, user):
    """Log ``user`` in on the test ``client`` as a finished admin login would leave them: with a second factor.

    The user gets an authenticator app (a confirmed TOTP device) if they have none; the session records it as the
    one they logged in with, as portal/second_factor does after a right code.
    """
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client
