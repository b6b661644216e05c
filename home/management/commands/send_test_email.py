from django.core.management.base import BaseCommand
from django.db import transaction

from home.tasks import send_email


class Command(BaseCommand):
    help = (
        "Queue test e-mails to an address, for an operator to check that the task worker and the mail server "
        "deliver. The worker sends them; this command only queues them."
    )

    def add_arguments(self, parser):
        parser.add_argument("address", help="Where the test e-mails go (an operator's own mailbox).")
        parser.add_argument("--count", type=int, default=1, help="How many e-mails to queue (default: 1).")

    def handle(self, *args, address, count, **options):
        ids = []
        with transaction.atomic():
            for number in range(1, count + 1):
                result = send_email.enqueue(
                    subject=f"Test message {number}/{count} from the portal",
                    body=(
                        "This is a test message queued with manage.py send_test_email.\n"
                        "If it arrived, the task worker and the mail server work.\n"
                    ),
                    to=[address],
                )
                ids.append(str(result.id))
        self.stdout.write(f"Queued {count} test e-mail(s) as tasks:")
        for task_id in ids:
            self.stdout.write(f"  {task_id}")
