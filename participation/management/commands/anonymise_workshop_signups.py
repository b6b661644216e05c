from django.core.management.base import BaseCommand

from participation.workshops.services import retention_days, signups_anonymise_expired


class Command(BaseCommand):
    help = (
        "Remove names, e-mail addresses, organisations and needs from sign-ups to workshops that ended more than "
        "WORKSHOP_SIGNUP_RETENTION_DAYS days ago. States and stakeholder groups stay for the statistics. Meant for "
        "cron; running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Override the retention period, in days.")

    def handle(self, *args, **options):
        days = retention_days() if options["days"] is None else options["days"]
        if days < 0:
            self.stderr.write("The retention period cannot be negative.")
            return
        count = signups_anonymise_expired(days=days)
        self.stdout.write(f"Workshop sign-ups anonymised: {count} (retention {days} days)")
