import logging

from django.utils import timezone
from wagtail.management.commands.publish_scheduled import Command as WagtailPublishScheduledCommand
from wagtail.models import Page, Revision

from home.translation_publishing.swedish_ready import PUBLISHING_REFUSALS, check_may_go_live

logger = logging.getLogger(__name__)


class Command(WagtailPublishScheduledCommand):
    help = (
        "Publish scheduled pages and snippets whose time has come. A translation that still holds untranslated "
        "text, or a Finnish page whose Swedish translation is not ready, is not published: its schedule is "
        "cancelled (the page's history says so) and the reason is printed."
    )

    def handle(self, *args, **options):
        if not options["dryrun"]:
            self.cancel_untranslated()
        super().handle(*args, **options)

    def cancel_untranslated(self):
        # One refusal must not stop the other scheduled pages; a cancelled schedule is not retried every minute.
        due = (
            Revision.objects.page_revisions()
            .filter(approved_go_live_at__lt=timezone.now())
            .order_by("approved_go_live_at")
        )
        for revision in due:
            if not isinstance(revision.content_object, Page):
                continue
            try:
                check_may_go_live(revision.as_object())
            except PUBLISHING_REFUSALS as refusal:
                revision.approved_go_live_at = None
                revision.save(update_fields=["approved_go_live_at"])
                logger.warning("Scheduled publishing cancelled: %s", refusal.message_text)
                self.stderr.write(refusal.message_text)
