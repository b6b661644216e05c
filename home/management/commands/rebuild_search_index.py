from django.core.management.base import BaseCommand

from home.search.services import search_index_rebuild


class Command(BaseCommand):
    help = (
        "Index the text of every live page again for the site's search (publishing keeps it up to date; run this "
        "after an upgrade that changes what is indexed)."
    )

    def handle(self, *args, **options):
        count = search_index_rebuild()
        self.stdout.write(f"Search index: {count} pages.")
