from django.core.management.base import BaseCommand

from participation.subscriptions.services import digests_queue


class Command(BaseCommand):
    help = (
        "Queue the daily digest for every confirmed subscription that is owed news and has had no digest for a day. "
        "Meant for cron, once a day; running it again the same day sends nothing more."
    )

    def handle(self, *args, **options):
        count = digests_queue()
        self.stdout.write(f"Subscription digests queued: {count}")
