"""Redis stops or hangs under the running site: every page, form and the admin still answer, quickly; the health
check says "degraded" without taking the servers out; the worker still e-mails; all is as before once Redis is back.

The stack here has a Redis of its own (a redis-server on a free port, started by the test), so killing and pausing
it touches nobody else.
"""

import json
import os
import re
import shutil
import signal
import subprocess
import time
import uuid
from urllib.parse import urlsplit

import pytest
import redis
import requests

from tests.integration.harness import Stack, TcpProxy, admin_session, form_fields, free_port, wait_until

pytestmark = pytest.mark.integration

# Far below the 10 s the test's requests wait: a request must never wait long for a cache that does not answer.
QUICK = 3.0

FIND_FORMS = """
import json
from datetime import timedelta
from django.conf import settings
from django.utils import timezone
from participation.models import ProposalFormPage, WorkshopIndexPage, WorkshopPage
proposal_form = ProposalFormPage.objects.live().filter(locale__language_code="fi").first()
index = WorkshopIndexPage.objects.filter(locale__language_code="fi").first()
starts = timezone.now() + timedelta(days=30)
workshop = WorkshopPage(
    title="Välimuistityöpaja", slug="valimuistityopaja", starts_at=starts, ends_at=starts + timedelta(hours=2),
    venue="Kaupungintalo", languages=["fi"], capacity=50, waitlist_enabled=True, requires_approval=False,
)
index.add_child(instance=workshop)
# The seats are the story here, not the translations: a Finnish-only workshop goes live without waiting for Swedish.
from home.translation_publishing.swedish_ready import swedish_ready_waived
with swedish_ready_waived():
    workshop.save_revision().publish()
print(json.dumps({"proposal": proposal_form.get_url_parts()[2], "workshop": workshop.get_url_parts()[2],
                  "min_fill": settings.PARTICIPATION_MIN_FILL_SECONDS}))
"""


class RedisServer:
    """A redis-server of the test's own on a free port, without persistence, that the test can kill and pause."""

    def __init__(self, work_dir):
        self.port = free_port()
        self.work_dir = work_dir
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(  # noqa: S603
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],  # noqa: S607
            cwd=self.work_dir,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis.from_url(self.url, socket_timeout=1)
        wait_until(lambda: self._answers(client), timeout=10, message="redis-server did not start")

    @staticmethod
    def _answers(client):
        try:
            return client.ping()
        except redis.RedisError:
            return False

    def kill(self, sig):
        self.process.send_signal(sig)
        self.process.wait(10)
        self.process = None

    def pause(self):
        self.process.send_signal(signal.SIGSTOP)

    def resume(self):
        self.process.send_signal(signal.SIGCONT)

    def stop(self):
        if self.process is not None:
            self.resume()
            self.kill(signal.SIGKILL)


@pytest.fixture(scope="module")
def own_redis(postgres, tmp_path_factory):
    if shutil.which("redis-server") is None:
        if os.environ.get("PORTAL_REQUIRE_INTEGRATION") == "1":
            pytest.fail("PORTAL_REQUIRE_INTEGRATION=1 but redis-server is not installed", pytrace=False)
        pytest.skip("redis-server is not installed")
    server = RedisServer(tmp_path_factory.mktemp("redis"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def cache_stack(postgres, migrated_template, smtp, own_redis, tmp_path_factory):
    """The two app servers and the worker of the Procfile, on their own database and their own Redis."""
    database = f"{postgres.base_name}_it_cache"
    postgres.create(database, template=migrated_template)
    proxy = TcpProxy(postgres.port, target_host=postgres.host)
    proxy.start()
    stack = Stack(
        postgres=postgres,
        database=database,
        proxy=proxy,
        redis_url=own_redis.url,
        smtp=smtp,
        work_dir=tmp_path_factory.mktemp("cache-stack"),
    )
    try:
        stack.prepare()
        stack.forms = json.loads(stack.manage("shell", "-c", FIND_FORMS).stdout.strip().splitlines()[-1])
        stack.start_all()
        yield stack
    finally:
        stack.stop_all()
        proxy.stop()
        postgres.drop(database)


@pytest.fixture
def redis_back_after_test(own_redis, cache_stack):
    """Let a test stop or pause Redis; have it running, and the servers healthy again, afterwards."""
    yield own_redis
    if own_redis.process is None:
        own_redis.start()
    else:
        own_redis.resume()
    for server in cache_stack.SERVERS:
        wait_until(
            lambda server=server: health(cache_stack, server)[1]["status"] == "ok",
            timeout=30,
            message="the servers did not recover",
        )


def health(stack, server):
    response = requests.get(stack.url(server, "/healthz/"), timeout=10)
    return response, response.json()


def public_paths(stack):
    """Every address the sitemap lists (a sample of each language), plus search, the sitemap and robots.txt."""
    sitemap = requests.get(stack.url("web_a", "/sitemap.xml"), timeout=20)
    assert sitemap.status_code == 200
    paths = sorted({urlsplit(location).path for location in re.findall(r"<loc>([^<]+)</loc>", sitemap.text)})
    assert len(paths) > 20
    sample = paths[:: max(1, len(paths) // 24)]
    return [
        "/",
        *sample,
        stack.forms["proposal"],
        stack.forms["workshop"],
        "/en/search/?q=library",
        "/sitemap.xml",
        "/robots.txt",
    ]


def assert_every_page_answers_quickly(stack, paths):
    for server in stack.SERVERS:
        for path in paths:
            started = time.monotonic()
            response = requests.get(stack.url(server, path), timeout=10, allow_redirects=False)
            elapsed = time.monotonic() - started
            assert response.status_code < 400, f"{server} {path}: {response.status_code}"
            assert elapsed < QUICK, f"{server} {path} took {elapsed:.1f} s"


def assert_degraded_but_in_service(stack):
    for server in stack.SERVERS:
        started = time.monotonic()
        response, body = health(stack, server)
        assert time.monotonic() - started < QUICK
        assert response.status_code == 200
        assert body == {"status": "degraded", "checks": {"database": "ok", "cache": "unavailable"}}
        assert response.headers["X-Content-Type-Options"] == "nosniff"


def send_proposal(stack, server, title):
    session = requests.Session()
    session.headers["X-Forwarded-For"] = f"198.51.100.{uuid.uuid4().int % 250 + 1}"
    path = stack.forms["proposal"]
    fields = form_fields(session.get(stack.url(server, path), timeout=10).text, containing="title")
    time.sleep(stack.forms["min_fill"] + 0.5)
    data = {**fields, "title": title, "description": "Kaupunkipyöriä myös Palosaarelle.", "theme": "other"}
    response = session.post(stack.url(server, path), data=data, timeout=10)
    assert response.status_code in {200, 302}, response.status_code
    assert stack.sql("SELECT 1 FROM participation_proposal WHERE title = %s", [title])


def sign_up(stack, server, email):
    session = requests.Session()
    session.headers["X-Forwarded-For"] = f"198.51.100.{uuid.uuid4().int % 250 + 1}"
    path = stack.forms["workshop"]
    fields = form_fields(session.get(stack.url(server, path), timeout=10).text, containing="email")
    time.sleep(stack.forms["min_fill"] + 0.5)
    data = {**fields, "name": "Osallistuja", "email": email, "stakeholder_group": "resident", "language": "fi"}
    response = session.post(stack.url(server, path), data=data, timeout=10)
    assert response.status_code in {200, 302}, response.status_code
    assert stack.sql("SELECT 1 FROM participation_workshopsignup WHERE email = %s", [email])


def assert_served_from_the_cache_again(stack, path):
    # Pages are stored only for the site's own host (the demo's Site is "localhost"), as a proxy would send it.
    site_host = {"Host": "localhost"}

    def hit():
        requests.get(stack.url("web_a", path), headers=site_host, timeout=10)
        response = requests.get(stack.url("web_a", path), headers=site_host, timeout=10)
        return response.headers.get("X-Page-Cache") == "hit"

    wait_until(hit, timeout=30, message="pages were not cached again after Redis came back", interval=1)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_with_redis_stopped_the_site_serves_takes_forms_lets_editors_in_and_emails(
    cache_stack, redis_back_after_test, smtp, sig
):
    stack = cache_stack
    paths = public_paths(stack)
    # Readers have filled the page cache.
    assert_every_page_answers_quickly(stack, paths)
    assert_served_from_the_cache_again(stack, "/en/")

    redis_back_after_test.kill(sig)

    assert_every_page_answers_quickly(stack, paths)
    assert_degraded_but_in_service(stack)
    run = uuid.uuid4().hex[:8]
    for server in stack.SERVERS:
        send_proposal(stack, server, f"Välimuistiton idea {run} {server}")
        editor = admin_session(stack, server)
        assert editor.get(stack.url(server, "/admin/pages/"), timeout=10).status_code == 200
    # The worker builds the e-mail's links (Wagtail reads the cache for them) and sends it without Redis.
    email = f"osallistuja-{run}@example.fi"
    sign_up(stack, "web_b", email)
    wait_until(
        lambda: any(email in entry["envelope_to"] for entry in smtp.messages),
        timeout=60,
        message="the worker did not send the sign-up confirmation while Redis was down",
    )
    logs = stack.log_text()
    assert "Traceback" not in logs, logs[logs.find("Traceback") - 500 :][:4000]

    redis_back_after_test.start()

    for server in stack.SERVERS:
        wait_until(lambda server=server: health(stack, server)[1]["status"] == "ok", timeout=30, message="no recovery")
    assert_served_from_the_cache_again(stack, "/en/")


def test_with_redis_hung_no_request_hangs_and_all_is_well_once_it_answers_again(cache_stack, redis_back_after_test):
    stack = cache_stack
    paths = public_paths(stack)

    redis_back_after_test.pause()

    assert_degraded_but_in_service(stack)
    assert_every_page_answers_quickly(stack, paths)
    run = uuid.uuid4().hex[:8]
    send_proposal(stack, "web_a", f"Jumittunut välimuisti {run}")
    editor = admin_session(stack, "web_b")
    assert editor.get(stack.url("web_b", "/admin/pages/"), timeout=10).status_code == 200

    redis_back_after_test.resume()

    for server in stack.SERVERS:
        wait_until(lambda server=server: health(stack, server)[1]["status"] == "ok", timeout=30, message="no recovery")
    assert_served_from_the_cache_again(stack, "/en/")
    # The editor's session, saved while Redis hung, still works on the other server.
    assert "/admin/login/" not in editor.get(stack.url("web_a", "/admin/pages/"), timeout=10).url
