"""Numbers of one benchmark run, and the report made of them (docs/benchmarks.md). No Django, no network."""

import json
from dataclasses import dataclass, field

# Targets, as ratios within one run: a noisy machine moves every number of a run together.
CACHED_TO_STATIC_TARGET = 0.5
UNCACHED_TO_MINIMAL_TARGET = 0.05
UNCACHED_TARGET_PAGES = ("home", "catalog", "experiment", "workshop")
# Every public page rendered with no cache at all, and the pages no cache ever answers, with the cache on.
COLD_TO_MINIMAL_TARGET = 0.05
NEVER_CACHED_TO_MINIMAL_TARGET = 0.10
NEVER_CACHED_TARGET_PAGES = ("workshop", "workshops", "board")
# A worker's memory after MEMORY_REQUESTS more pages may differ from its memory after the run by this much (noise:
# the allocator keeps what it once used; a leak grows with every request).
MEMORY_GROWTH_LIMIT = 0.05
FIRST_VIEW_LIMIT_BYTES = 100 * 1024

NOTES = [
    "settings: portal.settings.bench = production settings over plain http on 127.0.0.1, its own database, "
    "a minimal reference view at /bench/minimal/, and the rate limit of the public forms lifted so that the "
    "sign-up POSTs are measured rather than refused; gunicorn workers are not recycled (max_requests 0)",
    "cached: an anonymous reader, answered whole from the page cache (no rendering, no SQL)",
    "session cookie: the request carries a session cookie (`sessionid`), which the page cache passes by, as it "
    "does for anyone logged in: the page is rendered, but its main content, navigation, footer, language versions, "
    "blank forms, workshop card fragments, impact figures and site lookup come from the cache",
    "never cached: pages the page cache never stores (live seat counts, forms, search), on the server with the "
    "cache on: their navigation, footer, language versions, blank forms and card fragments still come from the cache",
    "cold: a second gunicorn whose every cache is Django's DummyCache (PORTAL_BENCH_COLD): no page cache, no "
    "fragment, no language versions, no navigation or footer, no blank form, no impact figures, no site lookup, no "
    "Wagtail site root paths, sessions in the database; what stays is what any Python process keeps: compiled "
    "templates, translation catalogues, content types, imported code and the database connection. Its ratios are "
    "to the minimal view measured on the cold server itself",
    "SQL queries and server ms: one request made in the benchmark process after the run (server ms is CPU time "
    "of that process, the mean of 10 requests; on PostgreSQL the database server's time is not in it); the cold "
    "rows with DummyCache in that process too",
    "sign-up POST: each request a new person (unique e-mail) with the CSRF token, signed render time and empty "
    "honeypot of one rendered form, to a workshop with 10,000 seats and a waitlist",
    "memory: resident memory (VmRSS) of each gunicorn worker after the measurements, and after at least 10,000 "
    "more requests for every page in turn (session cookie on the first server, so that each one renders)",
]


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
    # {server: {"after_run": [bytes per worker], "after_more": [...], "requests": n}}
    memory: dict[str, dict] = field(default_factory=dict)
    # {server: seconds from starting gunicorn to the first answered page}
    startup: dict[str, float] = field(default_factory=dict)

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
        return self.row("minimal", "reference").measurement.requests_per_second

    def minimal_rps_for(self, row):
        """Return the minimal view's throughput on the server that served `row` (the cold one has its own)."""
        if row.variant == "cold":
            cold = self.row("minimal", "cold")
            if cold is not None:
                return cold.measurement.requests_per_second
        return self.minimal_rps

    def ratios(self, row):
        rps = row.measurement.requests_per_second
        minimal = self.minimal_rps_for(row)
        return (rps / self.static_rps if self.static_rps else 0.0, rps / minimal if minimal else 0.0)

    def target_checks(self):
        """Return [(what, met?, detail)] for every throughput target above (the *_TARGET constants)."""
        checks = []
        for row in self.rows:
            to_static, to_minimal = self.ratios(row)
            if row.variant == "cached":
                checks.append(
                    (f"{row.label}, cached ≥ {CACHED_TO_STATIC_TARGET:.0%} of static", to_static >= 0.5, to_static)
                )
            if row.name in UNCACHED_TARGET_PAGES and row.variant == "session cookie":
                checks.append(
                    (
                        f"{row.label}, with a session cookie ≥ {UNCACHED_TO_MINIMAL_TARGET:.0%} of minimal view",
                        to_minimal >= UNCACHED_TO_MINIMAL_TARGET,
                        to_minimal,
                    )
                )
            if row.variant == "never cached" and row.name in NEVER_CACHED_TARGET_PAGES:
                checks.append(
                    (
                        f"{row.label}, never cached ≥ {NEVER_CACHED_TO_MINIMAL_TARGET:.0%} of minimal view",
                        to_minimal >= NEVER_CACHED_TO_MINIMAL_TARGET,
                        to_minimal,
                    )
                )
            if row.variant == "cold" and row.name != "minimal":
                checks.append(
                    (
                        f"{row.label}, cold ≥ {COLD_TO_MINIMAL_TARGET:.0%} of minimal view",
                        to_minimal >= COLD_TO_MINIMAL_TARGET,
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
        for server, memory in self.memory.items():
            growth = (
                max((more - run) / run for run, more in zip(memory["after_run"], memory["after_more"], strict=False))
                if memory["after_run"]
                else 0.0
            )
            checks.append(
                (
                    f"Worker memory, {server}: growth over {memory['requests']:,} more requests ≤ "
                    f"{MEMORY_GROWTH_LIMIT:.0%}",
                    growth <= MEMORY_GROWTH_LIMIT,
                    growth,
                )
            )
        for page, sizes in self.first_views.items():
            total = sum(sizes.values())
            checks.append((f"First view of {page} ≤ 100 KB compressed", total <= FIRST_VIEW_LIMIT_BYTES, total))
        return checks


def milliseconds(microseconds):
    return f"{microseconds / 1000:.1f}"


def kilobytes(size):
    return f"{size / 1024:.1f} KB"


SUMMARY_VARIANTS = ("cached", "session cookie", "never cached", "cold")
SECTION_TITLES = {"sqlite": "SQLite", "postgresql": "PostgreSQL and Redis"}


def render_summary(report):
    """Return one line per page: its throughput as each server gave it, as the ratio its target is judged by."""
    lines = [
        "| page | cached × static | session cookie × minimal | never cached × minimal | cold × minimal "
        "| cold SQL queries | cold server ms |",
        "|---|--:|--:|--:|--:|--:|--:|",
    ]
    pages = [row.name for row in report.rows if row.variant in SUMMARY_VARIANTS]
    for name in dict.fromkeys(pages):
        cells = []
        for variant in SUMMARY_VARIANTS:
            row = report.row(name, variant)
            if row is None:
                cells.append("")
                continue
            to_static, to_minimal = report.ratios(row)
            cells.append(f"{to_static:.2f}" if variant == "cached" else f"{to_minimal:.3f}")
        cold = report.row(name, "cold")
        cells.append("" if cold is None or cold.queries is None else str(cold.queries))
        cells.append("" if cold is None or cold.server_ms is None else f"{cold.server_ms:.1f}")
        label = next(row.label for row in report.rows if row.name == name)
        lines.append(f"| {label} | {' | '.join(cells)} |")
    return lines


def render_markdown(report, *, notes=(), title="Results"):
    """Return one run's section of the report: conditions, summary, full table, memory, sizes, sign-ups, targets."""
    lines = [f"## {title}", "", "### Conditions", ""]
    lines += [f"- {name}: {value}" for name, value in report.conditions.items()]
    lines += [f"- {note}" for note in notes]
    lines += ["", "### Summary", ""]
    lines += render_summary(report)
    lines += [
        "",
        "### Throughput and latency",
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
    if report.memory or report.startup:
        lines += ["", "### Memory and start-up", ""]
        lines += ["| server | start to first page | workers' memory after the run | after more requests |"]
        lines += ["|---|--:|--:|--:|"]
        for server in dict.fromkeys([*report.startup, *report.memory]):
            memory = report.memory.get(server, {})
            started = report.startup.get(server)
            started = "" if started is None else f"{started:.1f} s"
            more = mebibytes(memory.get("after_more", []))
            if memory:
                more += f" ({memory['requests']:,} requests)"
            lines.append(f"| {server} | {started} | {mebibytes(memory.get('after_run', []))} | {more} |")
    if report.first_views:
        lines += ["", "### First view, compressed (HTML, CSS, JS and fonts; images apart)", ""]
        lines += ["| page | HTML | CSS | JS | fonts | total |", "|---|--:|--:|--:|--:|--:|"]
        for page, sizes in report.first_views.items():
            cells = " | ".join(kilobytes(sizes.get(kind, 0)) for kind in ("html", "css", "js", "fonts"))
            lines.append(f"| {page} | {cells} | {kilobytes(sum(sizes.values()))} |")
    if report.signups:
        s = report.signups
        lines += [
            "",
            "### Sign-ups",
            "",
            f"- POSTs answered with a seat or a waitlist place: {s['acknowledged']}",
            f"- sign-ups stored by this run: {s['stored']}",
            f"- acknowledged but not stored (lost): {max(s['acknowledged'] - s['stored'], 0)}",
            f"- answered with anything but a seat or a waitlist place: {s.get('unexpected', 0)}",
            f"- stored but not counted by wrk (in flight when the run stopped, at most the concurrency): "
            f"{max(s['stored'] - s['acknowledged'], 0)}",
        ]
    lines += ["", "### Targets", "", "| target | met | value |", "|---|---|--:|"]
    for what, met, value in report.target_checks():
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        lines.append(f"| {what} | {'yes' if met else '**no**'} | {shown} |")
    return "\n".join(lines) + "\n"


def mebibytes(sizes):
    return ", ".join(f"{size / 1024 / 1024:.0f} MB" for size in sizes)


def section_markers(key):
    return f"<!-- make bench: {key} -->", f"<!-- end of make bench: {key} -->"


def replace_section(document, key, section):
    """Return `document` with the text between `key`'s markers replaced by `section` (added at the end if absent).

    The rest of the file (what each column means, the profiles) is written by people and kept as it is.
    """
    begin, end = section_markers(key)
    block = f"{begin}\n{section}{end}"
    if begin in document and end in document:
        before, rest = document.split(begin, 1)
        _old, after = rest.split(end, 1)
        return before + block + after
    return document.rstrip("\n") + "\n\n" + block + "\n"


def write_section(path, key, section):
    document = path.read_text() if path.exists() else "# Benchmark results\n"
    path.write_text(replace_section(document, key, section))
