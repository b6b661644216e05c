from django.core.management.base import BaseCommand

from participation.retention import subscription_confirm_days
from participation.subscriptions.services import subscriptions_expire_unconfirmed


class Command(BaseCommand):
    help = (
        "Delete subscriptions whose owner did not confirm them within SUBSCRIPTION_CONFIRM_DAYS days. Meant for "
        "cron; running it again changes nothing."
    )

    def handle(self, *args, **options):
        days = subscription_confirm_days()
        count = subscriptions_expire_unconfirmed(days=days)
        self.stdout.write(f"Unconfirmed subscriptions deleted: {count} (after {days} days)")
