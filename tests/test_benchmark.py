"""The load benchmark's own helpers: reading wrk's numbers, judging the targets, refusing the development database."""

import pytest
from django.core.management import CommandError, call_command

from benchmark.report import Measurement, Report, Row, parse_wrk_output, render_markdown

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
            Row("home", "Home page", "/fi/", "uncached", measurement(60), queries=6, server_ms=8.5),
            Row("workshop", "A workshop", "/fi/w/", "never cached", measurement(40)),
            Row("signup", "Workshop sign-up", "/en/w/", "POST", measurement(30, acknowledged=300)),
        ],
        first_views={"Home page": {"html": 3000, "css": 33000}},
        signups={"acknowledged": 300, "stored": 302},
    )
    checks = {what: met for what, met, _value in report.target_checks()}

    assert checks["Home page, cached ≥ 50% of static"]
    assert checks["Home page, uncached ≥ 5% of minimal view"]  # 60 / 1000
    assert not checks["A workshop, uncached ≥ 5% of minimal view"]  # 40 / 1000
    assert checks["No acknowledged sign-up lost"]
    assert checks["First view of Home page ≤ 100 KB compressed"]

    markdown = render_markdown(report, notes=["the rate limit is lifted"])
    assert "| Home page | uncached | 60 |" in markdown
    assert "| A workshop, uncached ≥ 5% of minimal view | **no** | 0.040 |" in markdown
    assert "the rate limit is lifted" in markdown
    assert "acknowledged but not stored (lost): 0" in markdown


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
