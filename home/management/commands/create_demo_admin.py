import base64
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

USERNAME = "demo-admin"
RECOVERY_CODES = 3


class Command(BaseCommand):
    help = (
        "Create (or reset) the demo administrator of the development server with a new random password and new "
        "recovery codes, and print them with the secret of its authenticator app."
    )

    def add_arguments(self, parser):
        parser.add_argument("--url", default="http://127.0.0.1:8000", help="Where the site is served.")
        parser.add_argument(
            "--credentials-file",
            help="Also write the credentials to this file (readable by its owner only), where they do not scroll "
            "away with the server's log.",
        )

    def handle(self, *args, **options):
        # Printing a superuser's password and second factor is for a developer's own machine only.
        if not settings.DEBUG:
            raise CommandError("The demo administrator is made only for the development server (DEBUG on).")
        User = get_user_model()
        password = secrets.token_urlsafe(12)
        user, created = User.objects.get_or_create(
            username=USERNAME, defaults={"email": "demo-admin@example.fi", "first_name": "Demo"}
        )
        user.is_staff = True
        user.is_superuser = True
        user.set_password(password)
        user.save()
        # The authenticator's secret is kept across runs, so the account added to an app once keeps working.
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        if device is None:
            device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
        secret = base64.b32encode(device.bin_key).decode()
        recovery, _created = StaticDevice.objects.get_or_create(
            user=user, defaults={"name": "recovery codes", "confirmed": True}
        )
        recovery.token_set.all().delete()
        codes = [StaticToken.random_token() for _number in range(RECOVERY_CODES)]
        StaticToken.objects.bulk_create([StaticToken(device=recovery, token=code) for code in codes])

        action = "Created" if created else "Reset the password of"
        credentials = (
            f"  Admin:     {options['url'].rstrip('/')}/admin/\n"
            f"  User name: {USERNAME}\n"
            f"  Password:  {password}\n"
            f"  Authenticator app secret (TOTP, 6 digits, 30 s): {secret}\n"
            f"    as a link for the app: {device.config_url}\n"
            f"  Recovery codes (each works once): {' '.join(codes)}\n"
        )
        self.stdout.write(self.style.SUCCESS(f"{action} the demo administrator.\n{credentials}"))
        if options["credentials_file"]:
            path = Path(options["credentials_file"])
            path.touch(mode=0o600)
            path.chmod(0o600)
            path.write_text(f"The demo administrator of the development server (make run).\n{credentials}")
            self.stdout.write(f"  (also written to {path})")
