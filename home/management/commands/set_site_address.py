from urllib.parse import urlsplit

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site


class Command(BaseCommand):
    help = (
        "Point the default Wagtail site at the address the site is served on. E-mails build their links from the "
        "site record, so in development they must name the port runserver listens on, or a manage link in a "
        "printed e-mail leads nowhere."
    )

    def add_arguments(self, parser):
        parser.add_argument("url", help="Where the site is served, e.g. http://127.0.0.1:8000")

    def handle(self, *args, url, **options):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise CommandError(f"Not an http(s) address: {url}")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("There is no default site: run migrate first.")
        site.hostname = parts.hostname
        site.port = port
        site.save(update_fields=["hostname", "port"])
        self.stdout.write(f"Links in e-mails point to {site.root_url}/")
