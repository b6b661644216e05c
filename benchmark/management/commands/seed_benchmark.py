from django.core.management.base import BaseCommand

from benchmark.seed import BenchmarkSize, seed


class Command(BaseCommand):
    help = (
        "Fill the benchmark's database with the demo content and copies of it: at least 200 experiments, "
        "20 workshops and 1,000 proposals. Installed only by portal/settings/bench.py, on the benchmark's own database."
    )

    def add_arguments(self, parser):
        defaults = BenchmarkSize()
        parser.add_argument("--experiments", type=int, default=defaults.experiments)
        parser.add_argument("--workshops", type=int, default=defaults.workshops)
        parser.add_argument("--proposals", type=int, default=defaults.proposals)

    def handle(self, *args, **options):
        size = BenchmarkSize(options["experiments"], options["workshops"], options["proposals"])
        counts = seed(size)
        self.stdout.write(", ".join(f"{count} {name}" for name, count in counts.items()))
