"""Numbers of one benchmark run, and the report made of them (docs/benchmarks.md). No Django, no network."""

import json
from dataclasses import dataclass, field

# Targets, as ratios within one run: a noisy machine moves every number of a run together.
CACHED_TO_STATIC_TARGET = 0.5
UNCACHED_TO_MINIMAL_TARGET = 0.05
UNCACHED_TARGET_PAGES = ("home", "catalog", "experiment", "workshop")
FIRST_VIEW_LIMIT_BYTES = 100 * 1024


@dataclass
class Measurement:
    """What wrk measured for one address."""

    requests: int
    duration_us: int
    p50_us: int
    p95_us: int
    p99_us: int
    errors: int = 0
    non_2xx: int = 0
    acknowledged: int = 0
    unexpected: int = 0

    @property
    def requests_per_second(self):
        return self.requests / (self.duration_us / 1_000_000) if self.duration_us else 0.0


def parse_wrk_output(output):
    """Return the Measurement of the JSON line that benchmark/wrk.lua prints at the end of a run."""
    for line in output.splitlines():
        if line.startswith("BENCH_JSON "):
            data = json.loads(line.removeprefix("BENCH_JSON "))
            break
    else:
        raise ValueError("wrk printed no BENCH_JSON line; was it run with benchmark/wrk.lua?")
    errors = data["connect_errors"] + data["read_errors"] + data["write_errors"] + data["timeouts"]
    return Measurement(
        requests=data["requests"],
        duration_us=data["duration_us"],
        p50_us=data["p50_us"],
        p95_us=data["p95_us"],
        p99_us=data["p99_us"],
        errors=errors,
        non_2xx=data["non_2xx"],
        acknowledged=data["acknowledged"],
        unexpected=data["unexpected"],
    )


@dataclass
class Row:
    """One line of the report: a page (or reference) served one way."""

    name: str
    label: str
    path: str
    variant: str  # "reference", "cached", "uncached", "never cached" or "POST"
    measurement: Measurement
    queries: int | None = None
    server_ms: float | None = None


@dataclass
class Report:
    rows: list[Row]
    conditions: dict[str, str] = field(default_factory=dict)
    first_views: dict[str, dict[str, int]] = field(default_factory=dict)
    signups: dict[str, int] = field(default_factory=dict)

    def row(self, name, variant=None):
        for row in self.rows:
            if row.name == name and (variant is None or row.variant == variant):
                return row
        return None

    @property
    def static_rps(self):
        return self.row("static").measurement.requests_per_second

    @property
    def minimal_rps(self):
        return self.row("minimal").measurement.requests_per_second

    def ratios(self, row):
        rps = row.measurement.requests_per_second
        return (rps / self.static_rps if self.static_rps else 0.0, rps / self.minimal_rps if self.minimal_rps else 0.0)

    def target_checks(self):
        """Return [(what, met?, detail)] for every throughput target above (the *_TARGET constants)."""
        checks = []
        for row in self.rows:
            to_static, to_minimal = self.ratios(row)
            if row.variant == "cached":
                checks.append(
                    (f"{row.label}, cached ≥ {CACHED_TO_STATIC_TARGET:.0%} of static", to_static >= 0.5, to_static)
                )
            if row.name in UNCACHED_TARGET_PAGES and row.variant in ("uncached", "never cached"):
                checks.append(
                    (
                        f"{row.label}, uncached ≥ {UNCACHED_TO_MINIMAL_TARGET:.0%} of minimal view",
                        to_minimal >= UNCACHED_TO_MINIMAL_TARGET,
                        to_minimal,
                    )
                )
        for row in self.rows:
            if row.variant == "POST":
                ok = row.measurement.errors == 0 and row.measurement.non_2xx == 0 and row.measurement.unexpected == 0
                checks.append((f"{row.label}: no errors", ok, row.measurement.errors + row.measurement.non_2xx))
        if self.signups:
            lost = self.signups["acknowledged"] - self.signups["stored"]
            checks.append(("No acknowledged sign-up lost", lost <= 0, max(lost, 0)))
        for page, sizes in self.first_views.items():
            total = sum(sizes.values())
            checks.append((f"First view of {page} ≤ 100 KB compressed", total <= FIRST_VIEW_LIMIT_BYTES, total))
        return checks


def milliseconds(microseconds):
    return f"{microseconds / 1000:.1f}"


def kilobytes(size):
    return f"{size / 1024:.1f} KB"


def render_markdown(report, *, notes=()):
    """Return the report as Markdown: conditions, the table, first-view sizes, sign-ups and targets."""
    lines = [
        "# Benchmark results",
        "",
        "Written by `make bench` (benchmark/run.py): the numbers of the last run, on the machine described below.",
        "Targets are ratios within the run, so that a busy machine moves all numbers together: pages from the",
        "page cache reach half the static file's throughput; rendered home, catalog, experiment and workshop pages",
        "reach 5% of the minimal Django view's. How the page cache works: docs/decisions.md.",
        "",
    ]
    lines += ["## Conditions", ""]
    lines += [f"- {name}: {value}" for name, value in report.conditions.items()]
    lines += [f"- {note}" for note in notes]
    lines += [
        "",
        "## Throughput and latency",
        "",
        "| page | served | req/s | p50 ms | p95 ms | p99 ms | × static | × minimal view | SQL queries | server ms |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for row in report.rows:
        m = row.measurement
        to_static, to_minimal = report.ratios(row)
        queries = "" if row.queries is None else str(row.queries)
        server_ms = "" if row.server_ms is None else f"{row.server_ms:.1f}"
        lines.append(
            f"| {row.label} | {row.variant} | {m.requests_per_second:.0f} | {milliseconds(m.p50_us)} | "
            f"{milliseconds(m.p95_us)} | {milliseconds(m.p99_us)} | {to_static:.2f} | {to_minimal:.3f} | "
            f"{queries} | {server_ms} |"
        )
    errors = [row for row in report.rows if row.measurement.errors or row.measurement.non_2xx]
    lines += [""]
    if errors:
        lines += [
            f"- {row.label} ({row.variant}): {row.measurement.errors} socket errors or timeouts, "
            f"{row.measurement.non_2xx} non-2xx responses"
            for row in errors
        ]
    else:
        lines += ["No socket errors, timeouts or non-2xx responses in any run."]
    if report.first_views:
        lines += ["", "## First view, compressed (HTML, CSS, JS and fonts; images apart)", ""]
        lines += ["| page | HTML | CSS | JS | fonts | total |", "|---|--:|--:|--:|--:|--:|"]
        for page, sizes in report.first_views.items():
            cells = " | ".join(kilobytes(sizes.get(kind, 0)) for kind in ("html", "css", "js", "fonts"))
            lines.append(f"| {page} | {cells} | {kilobytes(sum(sizes.values()))} |")
    if report.signups:
        s = report.signups
        lines += [
            "",
            "## Sign-ups",
            "",
            f"- POSTs answered with a seat or a waitlist place: {s['acknowledged']}",
            f"- sign-ups stored by this run: {s['stored']}",
            f"- acknowledged but not stored (lost): {max(s['acknowledged'] - s['stored'], 0)}",
            f"- answered with anything but a seat or a waitlist place: {s.get('unexpected', 0)}",
            f"- stored but not counted by wrk (in flight when the run stopped, at most the concurrency): "
            f"{max(s['stored'] - s['acknowledged'], 0)}",
        ]
    lines += ["", "## Targets", "", "| target | met | value |", "|---|---|--:|"]
    for what, met, value in report.target_checks():
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        lines.append(f"| {what} | {'yes' if met else '**no**'} | {shown} |")
    return "\n".join(lines) + "\n"
