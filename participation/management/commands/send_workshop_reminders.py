from django.core.management.base import BaseCommand

from participation.workshops.services import signups_send_reminders


class Command(BaseCommand):
    help = (
        "E-mail a reminder to everyone with a confirmed seat in a workshop that starts tomorrow (Finnish time). "
        "Meant for cron once a day; each person is reminded once, however often it runs."
    )

    def handle(self, *args, **options):
        sent = signups_send_reminders()
        self.stdout.write(f"Workshop reminders queued: {sent}")
