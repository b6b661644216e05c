from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from participation.proposals.services import proposals_expire_personal_data


def default_days():
    return int(getattr(settings, "PARTICIPATION_PROPOSAL_RETENTION_DAYS", 365))


class Command(BaseCommand):
    help = (
        "Remove the name and e-mail address from proposals decided more than --days ago (default: the "
        "PARTICIPATION_PROPOSAL_RETENTION_DAYS setting), keeping the ideas. Meant for a daily cron job; "
        "running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Days after the decision to keep personal data.")

    def handle(self, *args, **options):
        days = options["days"] if options["days"] is not None else default_days()
        if days < 0:
            raise CommandError("--days cannot be negative.")
        count = proposals_expire_personal_data(days=days)
        self.stdout.write(f"Personal data removed from {count} proposals decided more than {days} days ago.")
