from django.core.management.base import BaseCommand, CommandError

from participation.proposals.services import proposals_expire_personal_data
from participation.retention import proposal_retention_days, undecided_proposal_retention_days


class Command(BaseCommand):
    help = (
        "Remove the name and e-mail address from proposals decided more than --days ago (default: the "
        "PARTICIPATION_PROPOSAL_RETENTION_DAYS setting) and from proposals still undecided (new, in review, needing "
        "more information) that last changed more than --undecided-days ago (default: the "
        "PARTICIPATION_PROPOSAL_UNDECIDED_RETENTION_DAYS setting), keeping the ideas. Meant for a daily cron job; "
        "running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Days after the decision to keep personal data.")
        parser.add_argument(
            "--undecided-days",
            type=int,
            default=None,
            help="Days after the last change of an undecided proposal to keep personal data.",
        )

    def handle(self, *args, **options):
        days = options["days"] if options["days"] is not None else proposal_retention_days()
        undecided_days = (
            options["undecided_days"] if options["undecided_days"] is not None else undecided_proposal_retention_days()
        )
        if days < 0 or undecided_days < 0:
            raise CommandError("--days and --undecided-days cannot be negative.")
        count = proposals_expire_personal_data(days=days, undecided_days=undecided_days, now=None)
        self.stdout.write(
            f"Personal data removed from {count} proposals decided more than {days} days ago or undecided and "
            f"unchanged for more than {undecided_days} days."
        )
