import logging
from contextlib import contextmanager

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import import_string, module_has_submodule

from home.search.services import search_index_rebuild


@contextmanager
def wagtail_quiet():
    """Hold back Wagtail's line per page created, edited, copied and published while the demo is loaded.

    The demo publishes some 180 pages: over a thousand such lines scrolled the demo admin's credentials, printed
    after them by `make run`, out of sight. Warnings and errors still show.
    """
    logger = logging.getLogger("wagtail")
    level = logger.level
    logger.setLevel(max(level, logging.WARNING))
    try:
        yield
    finally:
        logger.setLevel(level)


class Command(BaseCommand):
    help = (
        "Load the trilingual demo content of every app that has a demo module, in INSTALLED_APPS order. "
        "Running it again adds only what is missing."
    )

    def handle(self, *args, **options):
        with wagtail_quiet():
            self.load_every_app()

    def load_every_app(self):
        for app_config in apps.get_app_configs():
            if not module_has_submodule(app_config.module, "demo"):
                continue
            load = import_string(f"{app_config.name}.demo.load")
            with transaction.atomic():
                summary = load()
            self.stdout.write(f"{app_config.verbose_name}: {summary}")
        # Publishing indexes each page; rebuilding also covers content loaded before search had an index.
        self.stdout.write(f"Search index: {search_index_rebuild()} pages.")
        self.stdout.write(self.style.SUCCESS("Demo content is in place in Finnish, Swedish and English."))
