"""Real-browser tests: Playwright drives Debian's Chromium against a live server that serves the demo content.

The harness, in the order a test meets it:

- `browser` (session): Chromium at /usr/bin/chromium, or a skip that says how to install it. With
  PORTAL_REQUIRE_BROWSER=1 (CI) the skip becomes a failure, so a missing browser cannot pass unnoticed.
- `demo_server` (session): the trilingual demo content, loaded ONCE into the test database, and a live server
  thread in this process. pytest-django's `live_server` is not used: it needs `transactional_db`, which flushes the
  database after every test and would wipe a demo that takes most of a minute to load. What the browser writes
  (proposals, sign-ups) stays for the rest of the session, so each test makes its own data unique
  (`unique` fixture). At the end the database goes back to what the migrations made, so a `--reuse-db` run and any
  test after this one start from the same place as always.
- `base_url`, `page` (a fresh browser context per test, in the test's `language` when it has one), `open_page`
  (more pages, e.g. an editor and a moderator side by side), `log_in` (an admin, editor or moderator, by session
  cookie), `sent_emails` (the locmem outbox: the server thread runs in this process).
- On a failure, a screenshot, the page's HTML and its console messages go to test-artifacts/browser/<database>/,
  which CI keeps.
"""

import os
import re
import shutil
import time
import uuid
from dataclasses import dataclass, field
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings as django_settings

from tests.browser.database import migrated_state as stored_migrated_state
from tests.browser.database import remember_migrated_state, test_database_is_in_use
from tests.staff import log_in_staff

CHROMIUM = Path(os.environ.get("PORTAL_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
ARTIFACTS = Path(django_settings.BASE_DIR) / "test-artifacts" / "browser"
LANGUAGES = ["fi", "sv", "en"]
# What a resident's browser sends as its preferred language in each of the portal's languages.
BROWSER_LOCALES = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}
# Playwright's default is 30 s; on a busy 2-core machine a page is slow, but never that slow unless it is broken.
TIMEOUT_MS = 15_000

_reports = pytest.StashKey[dict]()


def browser_unavailable_reason():
    """Return why the browser tests cannot run here, or None when they can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright not installed: make setup (pip install '.[dev]')"
    if not CHROMIUM.exists():
        return "Chromium not installed: apt-get install -y chromium"
    return None


def browser_required():
    return os.environ.get("PORTAL_REQUIRE_BROWSER", "").strip().lower() in {"1", "true", "yes"}


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    # Keep each phase's report on the test, so the page fixture knows at teardown whether the test failed.
    report = yield
    item.stash.setdefault(_reports, {})[report.when] = report
    return report


def pytest_terminal_summary(terminalreporter):
    """Say in one line, at the end of `make test`, that the browser tests did not run and why."""
    skipped = [
        report for report in terminalreporter.stats.get("skipped", []) if report.nodeid.startswith("tests/browser/")
    ]
    if not skipped:
        return
    reasons = {str(report.longrepr[-1]).removeprefix("Skipped: ") for report in skipped}
    terminalreporter.write_sep(
        "!", f"{len(skipped)} browser tests SKIPPED: {'; '.join(sorted(reasons))}", yellow=True, bold=True
    )


@pytest.fixture(scope="session")
def browser_available():
    reason = browser_unavailable_reason()
    if reason:
        if browser_required():
            pytest.fail(f"{reason} (PORTAL_REQUIRE_BROWSER=1 makes a missing browser a failure)", pytrace=False)
        pytest.skip(reason)


@pytest.fixture(scope="session")
def browser(browser_available):
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread, and Django then refuses ORM calls from it, though
    # nothing here is asynchronous: the tests and the server thread use the ORM synchronously.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@dataclass
class DemoServer:
    url: str
    artifacts: Path


def _reset_database(migrated):
    from django.apps import apps
    from django.core.management import call_command
    from django.core.management.color import no_style
    from django.db import connection

    call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
    connection.creation.deserialize_db_from_string(migrated)
    # The copy brings its rows with their ids; PostgreSQL's sequences must move past them, or the next insert
    # collides with the root page (SQLite takes the next id from the table itself).
    statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models(include_auto_created=True))
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


@pytest.fixture(scope="session")
def browser_database(django_db_setup, django_db_blocker, django_db_keepdb):
    """Make sure the test database exists: pytest-django creates it only for tests that ask for `db`."""
    from django.test.utils import setup_databases, teardown_databases

    if test_database_is_in_use():
        yield
        return
    # Only browser tests were collected: without this they would open the development database.
    with django_db_blocker.unblock():
        created = setup_databases(verbosity=0, interactive=False, aliases={"default"}, keepdb=django_db_keepdb)
        remember_migrated_state()
    yield
    if not django_db_keepdb:
        with django_db_blocker.unblock():
            teardown_databases(created, verbosity=0)


@pytest.fixture(scope="session")
def migrated_state(browser_available, browser_database, django_db_blocker):
    """Return the migrated database, serialised, after putting it back if a transactional test flushed it."""
    from wagtail.models import Locale

    with django_db_blocker.unblock():
        if not Locale.objects.exists():
            _reset_database(stored_migrated_state())
    return stored_migrated_state()


@pytest.fixture(scope="session")
def demo_server(migrated_state, browser, django_db_blocker):
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.core.management import call_command
    from django.db import connection, connections
    from django.test.testcases import LiveServerThread
    from wagtail.models import Site

    with django_db_blocker.unblock():
        started = time.monotonic()
        call_command("load_demo_content", stdout=StringIO())
        print(f"\nDemo content loaded for the browser tests in {time.monotonic() - started:.0f} s")
        # Static files from the apps' folders, as `runserver` serves them: tests do not run collectstatic.
        server = LiveServerThread("127.0.0.1", StaticFilesHandler, port=0)
        server.daemon = True
        server.start()
        server.is_ready.wait()
        if server.error:
            raise server.error
        # Links in e-mails are built from the site's address: make them point at this server.
        Site.objects.filter(is_default_site=True).update(hostname="127.0.0.1", port=server.port)

    artifacts = ARTIFACTS / connection.vendor
    shutil.rmtree(artifacts, ignore_errors=True)
    yield DemoServer(url=f"http://127.0.0.1:{server.port}", artifacts=artifacts)

    server.terminate()
    server.join(timeout=10)
    with django_db_blocker.unblock():
        _reset_database(migrated_state)
        # The connections of the tests' context: left open, they stop PostgreSQL from dropping the test database.
        connections.close_all()


@pytest.fixture(autouse=True)
def _browser_test_environment(request, django_db_blocker, settings):
    # The server thread answers while the test runs, so the database is open for the whole test, not per query.
    with django_db_blocker.unblock():
        # The forms discard as a bot's anything sent within seconds of rendering; a script types faster than
        # that, and its submission would vanish behind a thank-you page.
        settings.PARTICIPATION_MIN_FILL_SECONDS = 0
        yield


@pytest.fixture
def base_url(demo_server):
    return demo_server.url


@pytest.fixture
def unique():
    """Return a short token that makes this test's data its own (the demo database is shared by the session)."""
    return uuid.uuid4().hex[:8]


@dataclass
class PageRecord:
    page: object
    console: list = field(default_factory=list)


@pytest.fixture
def open_page(request, browser, demo_server):
    """Open a page in a new browser context; `language` sets the browser's preferred language."""
    records = []
    contexts = []

    def opener(language=None):
        if language is None and "language" in request.fixturenames:
            language = request.getfixturevalue("language")
        options = {"base_url": demo_server.url}
        if language:
            options["locale"] = BROWSER_LOCALES[language]
        context = browser.new_context(**options)
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        record = PageRecord(page)
        page.on("console", lambda message: record.console.append(f"{message.type}: {message.text}"))
        page.on("pageerror", lambda error: record.console.append(f"pageerror: {error}"))
        records.append(record)
        return page

    yield opener

    report = request.node.stash.get(_reports, {}).get("call")
    if report is not None and report.failed:
        _save_artifacts(demo_server.artifacts, request.node.nodeid, records)
    for context in contexts:
        context.close()


def _save_artifacts(folder, nodeid, records):
    folder.mkdir(parents=True, exist_ok=True)
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", nodeid.removeprefix("tests/browser/"))
    for number, record in enumerate(records, start=1):
        name = stem if len(records) == 1 else f"{stem}.{number}"
        try:
            record.page.screenshot(path=str(folder / f"{name}.png"), full_page=True)
            (folder / f"{name}.html").write_text(record.page.content(), encoding="utf-8")
        except Exception as error:  # noqa: BLE001 - a closed or crashed page must not hide the test's own failure
            record.console.append(f"(no screenshot: {error})")
        (folder / f"{name}.log").write_text(f"{record.page.url}\n" + "\n".join(record.console) + "\n", encoding="utf-8")


@pytest.fixture
def page(open_page):
    return open_page()


ROLES = ("admin", "editor", "moderator")


@pytest.fixture
def log_in(base_url, unique):
    """Log a page's browser context in as a new admin, editor or moderator, and return the user.

    By session cookie rather than the login form: the journeys are about what these people do once in, and the
    admin login's own throttle must not count the suite's logins.
    """
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission
    from django.test import Client
    from wagtail.users.models import UserProfile

    from participation.groups import MODERATORS_GROUP, PUBLISHERS_GROUP

    # An editor who publishes and orders translations: Wagtail's Editors can only draft, the Publishers group
    # (Wagtail's page moderators, renamed by participation.groups) publishes, and no group has wagtail-localize's
    # permission to submit translations, so the editor gets it directly.
    groups = {"editor": ["Editors", PUBLISHERS_GROUP], "moderator": [MODERATORS_GROUP]}
    permissions = {"editor": [("wagtail_localize", "submit_translation")]}

    def logger_in(page, role, language="fi"):
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}")
        user = get_user_model().objects.create_user(
            username=f"{role}-{unique}",
            email=f"{role}-{unique}@example.fi",
            password=uuid.uuid4().hex,
            first_name=role.capitalize(),
            last_name=unique,
            is_superuser=role == "admin",
        )
        user.groups.add(*Group.objects.filter(name__in=groups.get(role, [])))
        for app_label, codename in permissions.get(role, []):
            user.user_permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
        # The admin speaks the language the person chose in their profile.
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        client = Client()
        log_in_staff(client, user)
        cookie = client.cookies[django_settings.SESSION_COOKIE_NAME]
        page.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": base_url}])
        return user

    return logger_in


@pytest.fixture
def sent_emails(mailoutbox):
    """The e-mails the live server sent during this test: it runs in this process, into Django's locmem outbox."""
    return mailoutbox


CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
    window.__portalReportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`
    );
});
"""


@pytest.fixture
def csp_violations():
    """Return a watcher: `watch(page)` starts collecting that page's Content-Security-Policy violations.

    Both channels: the `securitypolicyviolation` DOM event (on every page the tab opens from then on) and Chromium's
    console messages, which also report what is blocked before any script can listen (e.g. an inline script in
    <head>).
    """
    violations = []

    def watch(page):
        page.expose_function("__portalReportCspViolation", lambda text: violations.append(text))
        page.add_init_script(CSP_LISTENER)
        page.on(
            "console",
            lambda message: (
                violations.append(f"console: {message.text}")
                if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text
                else None
            ),
        )
        return violations

    return watch
