"""The load benchmark's own helpers: reading wrk's numbers, judging the targets, refusing the development database."""

import pytest
from django.core.management import CommandError, call_command

from benchmark.report import Measurement, Report, Row, parse_wrk_output, render_markdown, replace_section

WRK_OUTPUT = """Running 10s test @ http://127.0.0.1:8000/fi/
  2 threads and 16 connections
BENCH_JSON {"requests": 5000, "duration_us": 10000000, "bytes": 1, "connect_errors": 0, "read_errors": 1, \
"write_errors": 0, "timeouts": 2, "non_2xx": 3, "p50_us": 4000, "p95_us": 9000, "p99_us": 15000, \
"acknowledged": 0, "unexpected": 0}
"""


def measurement(rps, **extra):
    return Measurement(requests=rps * 10, duration_us=10_000_000, p50_us=1000, p95_us=2000, p99_us=3000, **extra)


def test_wrk_numbers_are_read_from_the_scripts_json_line():
    m = parse_wrk_output(WRK_OUTPUT)
    assert m.requests_per_second == 500
    assert (m.p50_us, m.p95_us, m.p99_us) == (4000, 9000, 15000)
    assert m.errors == 3
    assert m.non_2xx == 3


def test_output_without_the_json_line_is_an_error():
    with pytest.raises(ValueError, match="BENCH_JSON"):
        parse_wrk_output("Requests/sec: 100")


def test_the_report_judges_each_target_as_a_ratio_within_the_run():
    report = Report(
        rows=[
            Row("static", "Static file", "/static/x.css", "reference", measurement(2000)),
            Row("minimal", "Minimal view", "/bench/minimal/", "reference", measurement(1000)),
            Row("home", "Home page", "/fi/", "cached", measurement(1200)),
            Row("home", "Home page", "/fi/", "session cookie", measurement(60), queries=6, server_ms=8.5),
            Row("workshop", "A workshop", "/fi/w/", "never cached", measurement(40)),
            # The cold server has its own minimal view: a page there is judged against it, not the first server's.
            Row("minimal", "Minimal view", "/bench/minimal/", "cold", measurement(500)),
            Row("home", "Home page", "/fi/", "cold", measurement(30), queries=6, server_ms=20.0),
            Row("workshop", "A workshop", "/fi/w/", "cold", measurement(20)),
            Row("signup", "Workshop sign-up", "/en/w/", "POST", measurement(30, acknowledged=300)),
        ],
        first_views={"Home page": {"html": 3000, "css": 33000}},
        signups={"acknowledged": 300, "stored": 302},
    )
    checks = {what: met for what, met, _value in report.target_checks()}

    assert checks["Home page, cached ≥ 50% of static"]
    assert checks["Home page, with a session cookie ≥ 5% of minimal view"]  # 60 / 1000
    assert not checks["A workshop, never cached ≥ 10% of minimal view"]  # 40 / 1000
    assert checks["Home page, cold ≥ 5% of minimal view"]  # 30 / 500
    assert not checks["A workshop, cold ≥ 5% of minimal view"]  # 20 / 500
    assert checks["No acknowledged sign-up lost"]
    assert checks["First view of Home page ≤ 100 KB compressed"]

    markdown = render_markdown(report, notes=["the rate limit is lifted"])
    assert "| Home page | session cookie | 60 |" in markdown
    assert "| A workshop, never cached ≥ 10% of minimal view | **no** | 0.040 |" in markdown
    assert "| Home page | 0.60 | 0.060 |  | 0.060 | 6 | 20.0 |" in markdown
    assert "the rate limit is lifted" in markdown
    assert "acknowledged but not stored (lost): 0" in markdown


def test_a_worker_whose_memory_grows_fails_the_report():
    report = Report(
        rows=[
            Row("static", "Static file", "/s", "reference", measurement(10)),
            Row("minimal", "Minimal view", "/m", "reference", measurement(10)),
        ],
        memory={
            "cold": {
                "after_run": [100_000_000, 100_000_000],
                "after_more": [101_000_000, 130_000_000],
                "requests": 10_000,
            }
        },
        startup={"cold": 2.5},
    )
    (check,) = [check for check in report.target_checks() if check[0].startswith("Worker memory")]
    assert check[1] is False
    assert round(check[2], 2) == 0.30
    assert "| cold | 2.5 s | 95 MB, 95 MB | 96 MB, 124 MB (10,000 requests) |" in render_markdown(report)


def test_a_run_replaces_its_own_databases_section_and_keeps_the_rest():
    document = "# Benchmark results\n\nWhat the columns mean.\n"
    document = replace_section(document, "sqlite", "## SQLite\n\nfirst run\n")
    document = replace_section(document, "postgresql", "## PostgreSQL\n\nfirst run\n")
    document = replace_section(document, "sqlite", "## SQLite\n\nsecond run\n")

    assert document.startswith("# Benchmark results\n\nWhat the columns mean.\n")
    assert "## SQLite\n\nsecond run\n" in document
    assert "first run" in document.split("## PostgreSQL")[1]
    assert document.count("## SQLite") == 1


def test_a_lost_sign_up_fails_the_report():
    report = Report(
        rows=[
            Row("static", "Static file", "/s", "reference", measurement(10)),
            Row("minimal", "Minimal view", "/m", "reference", measurement(10)),
        ],
        signups={"acknowledged": 10, "stored": 9},
    )
    assert ("No acknowledged sign-up lost", False, 1) in report.target_checks()


def test_seeding_exists_only_under_the_benchmarks_settings():
    """The seeding copies content by the hundred: no development or production database can be reached by it."""
    with pytest.raises(CommandError, match="Unknown command"):
        call_command("seed_benchmark")
