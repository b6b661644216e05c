import secrets
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

USERNAME = "demo-admin"


class Command(BaseCommand):
    help = "Create (or reset) the demo administrator with a new random password, and print the credentials."

    def add_arguments(self, parser):
        parser.add_argument("--url", default="http://127.0.0.1:8000", help="Where the site is served.")
        parser.add_argument(
            "--credentials-file",
            help="Also write the credentials to this file (readable by its owner only), where they do not scroll "
            "away with the server's log.",
        )

    def handle(self, *args, **options):
        User = get_user_model()
        password = secrets.token_urlsafe(12)
        user, created = User.objects.get_or_create(
            username=USERNAME, defaults={"email": "demo-admin@example.fi", "first_name": "Demo"}
        )
        user.is_staff = True
        user.is_superuser = True
        user.set_password(password)
        user.save()
        action = "Created" if created else "Reset the password of"
        credentials = (
            f"  Admin:     {options['url'].rstrip('/')}/admin/\n  User name: {USERNAME}\n  Password:  {password}\n"
        )
        self.stdout.write(self.style.SUCCESS(f"{action} the demo administrator.\n{credentials}"))
        if options["credentials_file"]:
            path = Path(options["credentials_file"])
            path.touch(mode=0o600)
            path.chmod(0o600)
            path.write_text(f"The demo administrator of the development server (make run).\n{credentials}")
            self.stdout.write(f"  (also written to {path})")
