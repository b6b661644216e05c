from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from participation.benchmark_seed import BenchmarkSize, seed


class Command(BaseCommand):
    help = (
        "Fill the benchmark's database with the demo content and copies of it: at least 200 experiments, "
        "20 workshops and 1,000 proposals. Refuses to run on the development database."
    )

    def add_arguments(self, parser):
        defaults = BenchmarkSize()
        parser.add_argument("--experiments", type=int, default=defaults.experiments)
        parser.add_argument("--workshops", type=int, default=defaults.workshops)
        parser.add_argument("--proposals", type=int, default=defaults.proposals)

    def handle(self, *args, **options):
        if not getattr(settings, "PORTAL_BENCHMARK", False):
            raise CommandError("Run with DJANGO_SETTINGS_MODULE=portal.settings.bench: it uses its own database.")
        size = BenchmarkSize(options["experiments"], options["workshops"], options["proposals"])
        counts = seed(size)
        self.stdout.write(", ".join(f"{count} {name}" for name, count in counts.items()))
