"""Profile one cold rendering of each page the benchmark measures: `python -m benchmark.profile [name ...]`.

Runs in this process against the benchmark's database (seed it first: `make bench` or `manage.py seed_benchmark`
under portal.settings.bench), with every cache replaced by Django's DummyCache, as the benchmark's cold server
has it. For each page: its SQL queries, the statements that repeat (a query per card is a loop that should be one
query), and pyinstrument's call tree of the slowest paths, written to bench-profile/<name>.txt.
"""

import os
import re
import sys
from collections import Counter
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
OUTPUT_DIR = BASE_DIR / "bench-profile"
# Statements that differ only in their literals are one statement run in a loop.
LITERALS = re.compile(r"'[^']*'|\b\d+\b")


def profile_page(client, name, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from pyinstrument import Profiler

    client.get(path)  # the first request in a process imports and compiles templates: not what is measured
    profiler = Profiler(interval=0.0005)
    with CaptureQueriesContext(connection) as captured:
        profiler.start()
        response = client.get(path)
        profiler.stop()
    statements = [query["sql"] for query in captured.captured_queries]
    repeated = Counter(LITERALS.sub("?", sql) for sql in statements)
    lines = [f"{name} {path}: HTTP {response.status_code}, {len(statements)} SQL queries", ""]
    lines += [f"{count:4d} × {sql[:400]}" for sql, count in repeated.most_common() if count > 1]
    lines += ["", profiler.output_text(unicode=True, color=False, show_all=False)]
    OUTPUT_DIR.mkdir(exist_ok=True)
    (OUTPUT_DIR / f"{name}.txt").write_text("\n".join(lines))
    return len(statements), profiler.last_session.duration


def main(names):
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.bench"
    os.environ["PORTAL_BENCH_COLD"] = "1"
    import django

    django.setup()
    from django.test import Client

    from benchmark.run import discover_targets

    client = Client(HTTP_HOST="127.0.0.1")
    for name, _label, path, _variants in discover_targets():
        if names and name not in names:
            continue
        queries, seconds = profile_page(client, name, path)
        print(f"{name:<12} {queries:4d} queries {seconds * 1000:7.1f} ms  bench-profile/{name}.txt", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
