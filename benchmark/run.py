"""Run the load benchmark (`make bench`): seed, serve with gunicorn, load with wrk, report to docs/benchmarks.md.

Steps: migrate and seed the benchmark's own database (bench.sqlite3, or PORTAL_DATABASE_URL's PostgreSQL), collect
static files, start gunicorn with portal.settings.bench (production settings, plain http, a minimal reference view),
then run wrk, a separate process, at fixed concurrency against each address in turn. Content pages are measured
as an anonymous reader gets them (from the page cache) and as a reader carrying a session cookie gets them (the
page cache passes such requests by, so the page is rendered from the cached fragments); the pages that are never
cached as anyone gets them. Then the same server serves MEMORY_REQUESTS more rendered pages and each worker's
memory is read before and after. A second gunicorn follows with every cache off (PORTAL_BENCH_COLD: DummyCache),
and every page, the never-cached ones too, is measured again there: the cold column. Each server's time from its
start to the first answered page is recorded. Afterwards, in this process: the SQL queries and CPU time of one
rendering of each page (with the cache on, and with DummyCache for the cold rows), the compressed size of each
page's first view, and whether every sign-up that was acknowledged was stored. The results replace this
database's section of docs/benchmarks.md (SQLite and PostgreSQL have one each).

Environment: PORTAL_BENCH_DURATION (seconds per address, default 10), PORTAL_BENCH_WARMUP (seconds, 2),
PORTAL_BENCH_CONNECTIONS (16), PORTAL_BENCH_THREADS (2), PORTAL_BENCH_WORKERS (gunicorn workers, 3),
PORTAL_BENCH_PORT (a free one), PORTAL_BENCH_MEMORY_REQUESTS (10000), PORTAL_BENCH_SEED (0 skips the seeding of a database seeded already: it reloads the demo
content, minutes), PORTAL_DATABASE_URL, PORTAL_REDIS_URL. The BENCH_* variables it sets for wrk
(benchmark/wrk.lua) pass values between its own processes and are no settings.
"""

import gzip
import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from datetime import UTC, datetime
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urljoin

from django.test.utils import override_settings

from .report import NOTES, SECTION_TITLES, Report, Row, parse_wrk_output, render_markdown, write_section

BASE_DIR = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SETTINGS = "portal.settings.bench"
WRK_SCRIPT = BASE_DIR / "benchmark" / "wrk.lua"
REPORT_PATH = BASE_DIR / "docs" / "benchmarks.md"
# A reader whose browser still sends a session cookie (an old one, or from a form): the page cache lets it by.
UNCACHED_COOKIE = "sessionid=benchmark-reader-with-a-session-cookie"
INSTALL_WRK = (
    "wrk, the load generator, is not installed. On Debian or Ubuntu: sudo apt-get install wrk "
    "(macOS: brew install wrk). Then run make bench again."
)


def setting(name, default):
    """Return the whole number PORTAL_BENCH_<name> from the environment, as every portal variable is prefixed."""
    return int(os.environ.get(f"PORTAL_BENCH_{name}", default))


DURATION = setting("DURATION", 10)
WARMUP = setting("WARMUP", 2)
CONNECTIONS = setting("CONNECTIONS", 16)
THREADS = setting("THREADS", 2)
WORKERS = setting("WORKERS", 3)
# Seconds a server may take from its start to its first page before the run gives up.
START_TIMEOUT = 300
# Requests sent after the measurements before the workers' memory is read again.
MEMORY_REQUESTS = setting("MEMORY_REQUESTS", 10_000)
# What the cold server has (portal/settings/bench.py, PORTAL_BENCH_COLD): no cache of any kind.
COLD_CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}


def log(message):
    print(message, flush=True)


def manage(*args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=BASE_DIR, check=True)  # noqa: S603


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """Gunicorn with the production configuration file and the benchmark's settings; `cold` turns every cache off."""

    def __init__(self, port, *, cold=False):
        self.port = port
        self.cold = cold
        self.base_url = f"http://127.0.0.1:{port}"
        self.log_path = BASE_DIR / ("bench-gunicorn-cold.log" if cold else "bench-gunicorn.log")
        self.process = None
        self.seconds_to_first_page = None

    def start(self, first_page):
        """Start gunicorn and wait until it answers `first_page`; remember how long that took."""
        environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": SETTINGS,
            "PORTAL_GUNICORN_WORKERS": str(WORKERS),
            # Recycling workers every 2,000 requests (production) would restart one every second under this load,
            # and would hide the memory growth the run looks for.
            "PORTAL_GUNICORN_MAX_REQUESTS": "0",
            "PORTAL_BENCH_COLD": "1" if self.cold else "",
        }
        gunicorn = str(Path(PYTHON).with_name("gunicorn"))
        command = [gunicorn, "--config", "deploy/gunicorn.conf.py", "--bind", f"127.0.0.1:{self.port}"]
        started = time.monotonic()
        with self.log_path.open("w") as log_file:
            self.process = subprocess.Popen(  # noqa: S603
                command, cwd=BASE_DIR, env=environment, stdout=log_file, stderr=subprocess.STDOUT
            )
        # Generous: on a busy machine, importing Django and Wagtail in three workers at once takes a while.
        deadline = started + START_TIMEOUT
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.base_url + first_page, timeout=30) as response:  # noqa: S310
                    if response.status == 200:
                        self.seconds_to_first_page = time.monotonic() - started
                        return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"gunicorn did not answer within {START_TIMEOUT} s; see {self.log_path}")

    def worker_memory(self):
        """Return the resident memory (bytes) of each gunicorn worker, the master's children, lowest pid first."""
        sizes = []
        for status in sorted(Path("/proc").glob("[0-9]*/status"), key=lambda path: int(path.parent.name)):
            try:
                fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
            except OSError:
                continue
            if int(fields.get("PPid", "0").strip()) == self.process.pid and "VmRSS" in fields:
                sizes.append(int(fields["VmRSS"].split()[0]) * 1024)
        return sizes

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=60)


def get(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})  # noqa: S310
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        return response.status, response.headers, response.read()


def run_wrk(url, *, duration, headers=(), environment=None):
    command = ["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{duration}s", "--timeout", "10s", "-s", str(WRK_SCRIPT)]
    for header in headers:
        command += ["-H", header]
    result = subprocess.run(  # noqa: S603
        [*command, url], capture_output=True, text=True, env={**os.environ, **(environment or {})}, check=True
    )
    for line in result.stdout.splitlines():
        if line.startswith("BENCH_SAMPLE "):
            log(f"  an unexpected answer: {line.removeprefix('BENCH_SAMPLE ')[:300]}")
    return parse_wrk_output(result.stdout)


def discover_targets():
    """Return [(name, label, path, variants)] of the addresses to measure, found in the seeded database."""
    from wagtail.models import Locale

    from benchmark.seed import MARKERS, SIGNUP_WORKSHOP_SLUG
    from experiments.models import ExperimentIndexPage, ExperimentPage, ImpactPage, Theme, ThinkTankPage
    from home.models import HomePage, StandardPage
    from participation.models import ProposalBoardPage, WorkshopIndexPage, WorkshopPage

    finnish = Locale.objects.get(language_code="fi")
    home = HomePage.objects.live().get(locale=finnish)
    catalog = ExperimentIndexPage.objects.live().get(locale=finnish)
    experiment = ExperimentPage.objects.live().filter(locale=finnish, title__icontains="Runsor").order_by("pk").first()
    workshop = (
        WorkshopPage.objects.live()
        .filter(locale=finnish)
        .upcoming()
        .exclude(title__contains=MARKERS["fi"])
        .exclude(slug=SIGNUP_WORKSHOP_SLUG)
        .order_by("starts_at")
        .first()
    )
    theme = Theme.objects.filter(locale=finnish).order_by("pk").first()
    # The think tank with the most experiments: its page lists them all.
    think_tank = max(ThinkTankPage.objects.live().filter(locale=finnish), key=lambda page: page.experiments().count())
    standard = StandardPage.objects.live().filter(locale=finnish).order_by("pk").first()
    both = ("cached", "session cookie")
    never = ("never cached",)
    return [
        ("home", "Home page", home.url, both),
        ("catalog", "Experiment catalog", catalog.url, both),
        ("filtered", "Catalog, filtered", f"{catalog.url}?status=completed&theme={theme.pk}&sort=start", both),
        ("experiment", "An experiment", experiment.url, both),
        ("think_tank", "A think tank", think_tank.url, both),
        ("impact", "Impact page", ImpactPage.objects.live().get(locale=finnish).url, both),
        ("standard", "A standard page", standard.url, both),
        ("workshop", "A workshop (sign-up form)", workshop.url, never),
        ("workshops", "Workshop listing", WorkshopIndexPage.objects.live().get(locale=finnish).url, never),
        ("board", "Idea board", ProposalBoardPage.objects.live().get(locale=finnish).url, never),
        ("search", "Search", "/fi/search/?q=kokeilu", never),
    ]


def signup_form(server):
    """Render the sign-up form once, as a browser would, and return what every POST of the run re-sends."""
    from benchmark.seed import signup_workshop_path

    path = signup_workshop_path("en")
    _status, headers, body = get(server.base_url + path)
    html = body.decode()
    cookie = SimpleCookie()
    for value in headers.get_all("Set-Cookie") or []:
        cookie.load(value)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    stamp = re.search(r'name="rendered_at" value="([^"]+)"', html).group(1)
    return path, {"BENCH_CSRF_COOKIE": cookie["csrftoken"].value, "BENCH_CSRF_TOKEN": token, "BENCH_RENDERED_AT": stamp}


def measure(server, label, path, *, headers=(), environment=None):
    url = server.base_url + path
    if WARMUP:
        # Sign-ups sent while warming up carry their own run id, so they are not counted with the measured ones.
        warmup_environment = dict(environment or {})
        if "BENCH_RUN_ID" in warmup_environment:
            warmup_environment["BENCH_RUN_ID"] = "warmup" + warmup_environment["BENCH_RUN_ID"]
        run_wrk(url, duration=WARMUP, headers=headers, environment=warmup_environment)
    measurement = run_wrk(url, duration=DURATION, headers=headers, environment=environment)
    m = measurement
    log(
        f"  {label:<42} {m.requests_per_second:8.0f} req/s  p50 {m.p50_us / 1000:6.1f} ms  "
        f"p95 {m.p95_us / 1000:6.1f} ms  p99 {m.p99_us / 1000:6.1f} ms  errors {m.errors + m.non_2xx}"
    )
    return measurement


def queries_and_cpu(path, *, cookie, repeat=10):
    """Return (SQL queries, CPU ms) of one request for `path` made in this process, with the session cookie or not."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    if cookie:
        client.cookies.load(UNCACHED_COOKIE)
    client.get(path)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    # Counted at once: the context reads the connection's query log lazily, and the next request empties it.
    queries = len(captured)
    if response.status_code != 200:
        raise RuntimeError(f"{path} answered {response.status_code}")
    started = time.process_time()
    for _ in range(repeat):
        client.get(path)
    return queries, (time.process_time() - started) * 1000 / repeat


def first_view_sizes(server, path):
    """Return {kind: bytes} a first visit to `path` transfers compressed (images apart).

    Static files are measured as whitenoise sends them to a browser that accepts brotli and gzip; the HTML as a
    front web server compresses it (gzip level 6: the app servers send it plain, the proxy compresses).
    """
    _status, _headers, body = get(server.base_url + path)
    html = body.decode()
    sizes = {"html": len(gzip.compress(body, 6)), "css": 0, "js": 0, "fonts": 0}
    encoded = {"Accept-Encoding": "br, gzip"}
    for href in re.findall(r'<link rel="stylesheet" href="([^"]+)"', html):
        _status, _headers, css = get(urljoin(server.base_url, href), encoded)
        sizes["css"] += len(css)
        _status, _headers, plain = get(urljoin(server.base_url, href))
        for font in set(re.findall(r"url\(['\"]?([^'\")]+\.(?:woff2?|ttf|otf))", plain.decode())):
            sizes["fonts"] += len(get(urljoin(server.base_url + href, font), encoded)[2])
    for src in re.findall(r'<script[^>]+src="([^"]+)"', html):
        sizes["js"] += len(get(urljoin(server.base_url, src), encoded)[2])
    return sizes


def conditions(database, started_load):
    from django.conf import settings

    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        platform.processor(),
    )
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}",
        "load average (1 min) before / after": f"{started_load:.2f} / {os.getloadavg()[0]:.2f}",
        "database": database,
        "cache": settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1],
        "app server": f"gunicorn, {WORKERS} sync workers, deploy/gunicorn.conf.py, portal.settings.bench",
        "load": f"wrk, {THREADS} threads, {CONNECTIONS} connections, {DURATION} s per address after {WARMUP} s warm-up",
    }


def point_the_site_at(server):
    """Make the benchmark's server the site's own address: the page cache stores pages only for that host and port."""
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "127.0.0.1", server.port
    site.save()


def more_requests(server, paths, count, *, headers=()):
    """Send at least `count` requests to `paths` in turn (wrk, in rounds of a few seconds); return how many."""
    sent = 0
    environment = {"BENCH_MODE": "paths", "BENCH_PATHS": " ".join(paths)}
    while sent < count:
        sent += run_wrk(server.base_url + paths[0], duration=5, headers=headers, environment=environment).requests
    return sent


def memory_run(server, paths, *, headers=()):
    """Return the workers' resident memory after the measurements and after MEMORY_REQUESTS more (rendered) pages."""
    after_run = server.worker_memory()
    sent = more_requests(server, paths, MEMORY_REQUESTS, headers=headers)
    after_more = server.worker_memory()
    log(
        f"  worker memory (MB) after the run {megabytes(after_run)}, after {sent} more requests {megabytes(after_more)}"
    )
    return {"after_run": after_run, "after_more": after_more, "requests": sent}


def megabytes(sizes):
    return " ".join(f"{size / 1024 / 1024:.1f}" for size in sizes)


def measure_pages(server, targets, variants):
    """Measure each target page in each of `variants` it has; return the rows."""
    rows = []
    for name, label, path, page_variants in targets:
        for variant in page_variants:
            if variant not in variants:
                continue
            headers = [f"Cookie: {UNCACHED_COOKIE}"] if variant == "session cookie" else []
            rows.append(Row(name, label, path, variant, measure(server, f"{label} ({variant})", path, headers=headers)))
    return rows


def warm(server, targets):
    for _name, _label, path, _variants in targets:
        get(server.base_url + path)
        get(server.base_url + path, {"Cookie": UNCACHED_COOKIE})


def main():
    if shutil.which("wrk") is None:
        sys.exit(INSTALL_WRK)
    os.environ["DJANGO_SETTINGS_MODULE"] = SETTINGS
    if setting("SEED", 1):
        log("Seeding the benchmark database (the first time takes some minutes)...")
        manage("migrate", "--noinput", "--verbosity", "0")
        manage("seed_benchmark")
    manage("collectstatic", "--noinput", "--verbosity", "0")

    import django

    django.setup()
    from django.conf import settings

    from participation.models import WorkshopSignup

    database = settings.DATABASES["default"]
    postgresql = "postgresql" in database["ENGINE"]
    database_label = f"PostgreSQL ({database['NAME']})" if postgresql else f"SQLite ({database['NAME']})"
    targets = discover_targets()
    home_path = targets[0][2]
    rendered_paths = [path for _name, _label, path, _variants in targets]
    started_load = os.getloadavg()[0]
    server = Server(setting("PORT", 0) or free_port())
    point_the_site_at(server)
    server.start(home_path)
    startup = {"cache on": server.seconds_to_first_page}
    try:
        signup_path, signup_environment = signup_form(server)
        _status, _headers, home_html = get(server.base_url + home_path)
        static_path = re.search(r'href="(/static/css/portal[^"]+)"', home_html.decode()).group(1)
        warm(server, targets)

        log(f"Measuring on {server.base_url} ({database_label}), cache on:")
        rows = [
            Row(
                "static",
                "Static file (CSS, whitenoise)",
                static_path,
                "reference",
                measure(server, "static file", static_path),
            ),
            Row(
                "minimal",
                "Minimal Django view",
                "/bench/minimal/",
                "reference",
                measure(server, "minimal view", "/bench/minimal/"),
            ),
        ]
        rows += measure_pages(server, targets, ("cached", "session cookie", "never cached"))

        run_id = uuid.uuid4().hex[:12]
        signup_environment.update(BENCH_MODE="signup", BENCH_RUN_ID=run_id, BENCH_PATH=signup_path)
        signup = measure(server, "Workshop sign-up (POST)", signup_path, environment=signup_environment)
        rows.append(Row("signup", "Workshop sign-up", signup_path, "POST", signup))
        # The server is still up: a sign-up in flight when wrk stopped is given time to commit.
        time.sleep(2)
        stored = WorkshopSignup.objects.filter(email__startswith=f"bench-{run_id}-").count()

        first_views = {label: first_view_sizes(server, path) for name, label, path, _v in targets if name != "search"}
        # With a session cookie, so that every request renders (from the cached fragments) rather than being a hit.
        memory = {"cache on": memory_run(server, rendered_paths, headers=[f"Cookie: {UNCACHED_COOKIE}"])}
    finally:
        server.stop()

    cold_server = Server(setting("PORT", 0) or free_port(), cold=True)
    point_the_site_at(cold_server)
    cold_server.start(home_path)
    startup["cold"] = cold_server.seconds_to_first_page
    try:
        warm(cold_server, targets)
        log(f"Measuring on {cold_server.base_url} ({database_label}), every cache off:")
        rows.append(
            Row(
                "minimal",
                "Minimal Django view",
                "/bench/minimal/",
                "cold",
                measure(cold_server, "minimal view", "/bench/minimal/"),
            )
        )
        cold_targets = [(name, label, path, ("cold",)) for name, label, path, _variants in targets]
        rows += measure_pages(cold_server, cold_targets, ("cold",))
        memory["cold"] = memory_run(cold_server, rendered_paths)
    finally:
        cold_server.stop()
    point_the_site_at(server)

    for row in rows:
        if row.variant in ("cached", "session cookie", "never cached"):
            row.queries, row.server_ms = queries_and_cpu(row.path, cookie=row.variant == "session cookie")
    with override_settings(CACHES=COLD_CACHES, SESSION_ENGINE="django.contrib.sessions.backends.db"):
        for row in rows:
            if row.variant == "cold" and row.name != "minimal":
                row.queries, row.server_ms = queries_and_cpu(row.path, cookie=False)
    report = Report(
        rows=rows,
        conditions=conditions(database_label, started_load),
        first_views=first_views,
        signups={"acknowledged": signup.acknowledged, "stored": stored, "unexpected": signup.unexpected},
        memory=memory,
        startup=startup,
    )
    key = "postgresql" if postgresql else "sqlite"
    section = render_markdown(report, notes=NOTES, title=SECTION_TITLES[key])
    write_section(REPORT_PATH, key, section)
    log("")
    log(section)
    log(f"Written to {REPORT_PATH.relative_to(BASE_DIR)}")


if __name__ == "__main__":
    main()
