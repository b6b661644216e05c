from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Compile the .po translation catalogues into .mo files where the .mo is missing or older, "
        "without GNU gettext (which a fresh machine does not have)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Compile every catalogue, even if up to date.")

    def handle(self, *args, **options):
        compiled = 0
        for po_path in self.catalogues():
            mo_path = po_path.with_suffix(".mo")
            if options["force"] or not mo_path.exists() or mo_path.stat().st_mtime < po_path.stat().st_mtime:
                polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
                compiled += 1
        self.stdout.write(f"Translation catalogues compiled: {compiled}")

    def catalogues(self):
        for locale_dir in settings.LOCALE_PATHS:
            yield from sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po"))
