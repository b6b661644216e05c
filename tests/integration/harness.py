"""The production-shaped stack as real processes on loopback, for the integration tests.

- `Stack` starts the Procfile's own commands (two gunicorn app servers and the task worker) with production
  settings, against one PostgreSQL database (reached through a `TcpProxy` the tests can stop) and one Redis
  database (under a key prefix of its own), and e-mails to an `SmtpSink`.
- Helpers speak HTTP like a browser: `admin_session` logs an editor in, `form_fields` reads a form as a browser
  would submit it.

Nothing here imports Django: the processes under test are the only Django in play, and the tests look at the
database with plain SQL, as an operator would.
"""

import asyncio
import base64
import contextlib
import email
import email.policy
import hashlib
import hmac
import os
import re
import secrets
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
import uuid
import zlib
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import redis
import requests
from aiosmtpd.controller import Controller

BASE_DIR = Path(__file__).resolve().parents[2]
PYTHON = sys.executable


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(predicate, *, timeout, message, interval=0.1):
    """Poll until predicate() is truthy and return its value; fail with message after timeout seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{message} (waited {timeout} s)")
        time.sleep(interval)


# --- PostgreSQL -----------------------------------------------------------------------------------------------


class Postgres:
    """The PostgreSQL server of PORTAL_DATABASE_URL; creates and drops the integration tests' own databases."""

    def __init__(self, url):
        parts = urlsplit(url)
        self.parts = parts
        self.base_name = parts.path.lstrip("/") or "portal"
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or 5432

    def url(self, name, *, port=None):
        netloc = self.parts.netloc.rsplit("@", 1)
        credentials = f"{netloc[0]}@" if len(netloc) == 2 else ""
        return urlunsplit((self.parts.scheme, f"{credentials}{self.host}:{port or self.port}", f"/{name}", "", ""))

    def _admin(self):
        return psycopg.connect(self.url("postgres"), autocommit=True, connect_timeout=5)

    def ping(self):
        with self._admin() as connection:
            connection.execute("SELECT 1")

    def create(self, name, *, template=None):
        self.drop(name)
        with self._admin() as connection:
            clause = f' TEMPLATE "{template}"' if template else ""
            connection.execute(f'CREATE DATABASE "{name}"{clause}')

    def drop(self, name):
        with self._admin() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def exists(self, name):
        with self._admin() as connection:
            return connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is not None

    def query(self, name, sql, params=()):
        with psycopg.connect(self.url(name), autocommit=True, connect_timeout=5) as connection:
            return connection.execute(sql, params).fetchall()


class TcpProxy:
    """Forward a loopback port to PostgreSQL. stop() drops every connection and refuses new ones, as an
    unreachable database would; start() lets connections through again on the same port."""

    def __init__(self, target_port, *, target_host="127.0.0.1"):
        self.target = (target_host, target_port)
        self.port = free_port()
        self._listener = None
        self._sockets = set()
        self._lock = threading.Lock()
        self._running = threading.Event()

    def start(self):
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        listener.settimeout(0.2)
        self._listener = listener
        self._running.set()
        threading.Thread(target=self._accept, name="db-proxy", daemon=True).start()

    def stop(self):
        self._running.clear()
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        with self._lock:
            sockets, self._sockets = self._sockets, set()
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    @property
    def running(self):
        return self._running.is_set()

    def _accept(self):
        listener = self._listener
        while self._running.is_set():
            try:
                client, _address = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            client.settimeout(None)
            with self._lock:
                self._sockets |= {client, upstream}
            for source, target in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, target), daemon=True).start()

    def _pump(self, source, target):
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, target):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


# --- SMTP -----------------------------------------------------------------------------------------------------


class SmtpSink:
    """A real SMTP server (aiosmtpd) on loopback that keeps every message it accepts.

    `hold_when(predicate)` makes the server stop in the middle of the first message the predicate picks, before
    answering it, until `release_held()`: the sender is then in the middle of its work, for as long as the test
    needs. A held message is answered with a temporary failure and not kept: it counts as not delivered.
    """

    def __init__(self):
        self.messages = []
        self._lock = threading.Lock()
        self._hold = None
        self.holding = threading.Event()
        self._release = threading.Event()
        self.controller = Controller(self, hostname="127.0.0.1", port=free_port())

    @property
    def port(self):
        return self.controller.port

    def start(self):
        self.controller.start()

    def stop(self):
        self._release.set()
        self.controller.stop()

    def hold_when(self, predicate):
        self._release.clear()
        self.holding.clear()
        self._hold = predicate

    def release_held(self):
        self._release.set()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        if self._hold is not None and self._hold(message):
            self._hold = None
            self.holding.set()
            await asyncio.get_running_loop().run_in_executor(None, self._release.wait, 60)
            return "451 Requested action aborted: try again later"
        with self._lock:
            self.messages.append({"envelope_to": list(envelope.rcpt_tos), "message": message})
        return "250 Message accepted for delivery"

    def received(self, message_id):
        """Return every delivery of the message with this Message-ID (more than one if it was sent twice)."""
        with self._lock:
            return [entry for entry in self.messages if entry["message"]["Message-ID"] == message_id]


# --- The app servers and the worker ---------------------------------------------------------------------------


def procfile_commands(path=BASE_DIR / "Procfile"):
    commands = {}
    for line in path.read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, command = line.split(":", 1)
            commands[name.strip()] = command.strip()
    return commands


def clear_cache_keys(redis_url, key_prefix):
    """Remove what processes with this PORTAL_CACHE_KEY_PREFIX left in Redis; other users of the database keep theirs."""
    client = redis.Redis.from_url(redis_url)
    for key in client.scan_iter(match=f"{key_prefix}:*", count=500):
        client.delete(key)


def production_environment(**values):
    """Return the environment of a production process: this one's, less its Django settings, plus `values`."""
    inherited = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "PORTAL_"))}
    return {
        **inherited,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "PORTAL_SECRET_KEY": secrets.token_urlsafe(64),
        "PORTAL_ALLOWED_HOSTS": "127.0.0.1,localhost",
        # Plain http on loopback: no HTTPS redirect, cookies without the Secure flag.
        "PORTAL_SECURE_SSL_REDIRECT": "false",
        "PORTAL_SECURE_COOKIES": "false",
        "PORTAL_LOG_LEVEL": "INFO",
        **values,
    }


def manage(env, *args, check=True):
    """Run a management command as an operator would; fail with its output if it fails."""
    result = subprocess.run(  # noqa: S603
        [PYTHON, "manage.py", *args], cwd=BASE_DIR, env=env, capture_output=True, text=True
    )
    if check and result.returncode != 0:
        raise AssertionError(f"manage.py {' '.join(args)} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return result


class Stack:
    """Two app servers (web_a, web_b) and the task worker, started from the Procfile with production settings."""

    SERVERS = ("web_a", "web_b")

    def __init__(self, *, postgres, database, proxy, redis_url, smtp, work_dir):
        self.postgres = postgres
        self.database = database
        self.proxy = proxy
        self.redis_url = redis_url
        self.smtp = smtp
        self.work_dir = Path(work_dir)
        self.key_prefix = f"it-{uuid.uuid4().hex[:12]}"
        self.ports = {"web_a": free_port(), "web_b": free_port()}
        self.editor = ("editor", secrets.token_urlsafe(16))
        self.commands = procfile_commands()
        self.processes = {}
        self.logs = {}
        self.env = production_environment(
            PORTAL_DATABASE_URL=postgres.url(database, port=proxy.port),
            PORTAL_DATABASE_CONN_MAX_AGE="60",
            PORTAL_DATABASE_CONNECT_TIMEOUT="5",
            PORTAL_REDIS_URL=redis_url,
            PORTAL_CACHE_KEY_PREFIX=self.key_prefix,
            PORTAL_MEDIA_ROOT=str(self.work_dir / "media"),
            PORTAL_STATIC_ROOT=str(self.work_dir / "static"),
            PORTAL_EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            PORTAL_EMAIL_HOST="127.0.0.1",
            PORTAL_EMAIL_PORT=str(smtp.port),
            PORTAL_EMAIL_TIMEOUT="10",
            PORTAL_DEFAULT_FROM_EMAIL="Tulevaisuuden Vaasa <kokeilut@example.fi>",
            PORTAL_GUNICORN_WORKERS="2",
            # As behind a load balancer: the client's address comes in a header, so tests can act as many people.
            PORTAL_CLIENT_IP_META_KEY="HTTP_X_FORWARDED_FOR",
            PORTAL_PORT_A=str(self.ports["web_a"]),
            PORTAL_PORT_B=str(self.ports["web_b"]),
        )

    # Processes

    def start(self, name):
        log = open(self.work_dir / f"{name}.log", "ab")  # noqa: SIM115 - closed in stop()
        self.logs[name] = log
        self.processes[name] = subprocess.Popen(  # noqa: S603
            ["/bin/sh", "-c", f"exec {self.commands[name]}"],  # noqa: S607
            cwd=BASE_DIR,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def stop(self, name, *, sig=signal.SIGTERM, timeout=30):
        process = self.processes.pop(name)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, sig)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout)
        self.logs.pop(name).close()

    def kill_worker(self):
        """SIGKILL the task worker: no signal handler, no clean-up, as the kernel's OOM killer or a power cut."""
        os.kill(self.processes["worker"].pid, signal.SIGKILL)
        self.processes["worker"].wait(10)
        self.processes.pop("worker")
        self.logs.pop("worker").close()

    def start_all(self):
        for name in self.commands:
            self.start(name)
        for name in self.SERVERS:
            wait_until(
                lambda name=name: self.healthy(name),
                timeout=60,
                message=f"{name} did not become healthy; see {self.work_dir / (name + '.log')}",
            )

    def stop_all(self):
        for name in list(self.processes):
            self.stop(name)

    def manage(self, *args, extra_env=None, check=True):
        """Run a management command with the stack's environment, straight to PostgreSQL (not via the proxy)."""
        env = {**self.env, "PORTAL_DATABASE_URL": self.postgres.url(self.database), **(extra_env or {})}
        return manage(env, *args, check=check)

    def prepare(self):
        """Create the editor and collect static files: what an operator does once before starting."""
        self.manage("collectstatic", "--noinput", "--verbosity", "0")
        self.manage(
            "createsuperuser",
            "--noinput",
            "--username",
            self.editor[0],
            "--email",
            "editor@example.fi",
            extra_env={"DJANGO_SUPERUSER_PASSWORD": self.editor[1]},
        )

    # HTTP

    def url(self, server, path="/"):
        return f"http://127.0.0.1:{self.ports[server]}{path}"

    def healthy(self, server):
        try:
            return requests.get(self.url(server, "/healthz/"), timeout=10).status_code == 200
        except requests.RequestException:
            return False

    def log_text(self):
        text = ""
        for name in ("web_a", "web_b", "worker"):
            path = self.work_dir / f"{name}.log"
            if path.exists():
                text += path.read_text(errors="replace")
        return text

    # Database and cache, looked at directly (not through the proxy)

    def sql(self, query, params=()):
        return self.postgres.query(self.database, query, params)

    def clear_cache_keys(self):
        clear_cache_keys(self.redis_url, self.key_prefix)


# --- Speaking HTTP like a browser -------------------------------------------------------------------------------


class FormParser(HTMLParser):
    """Collect the fields of the forms on a page as a browser would submit them (inputs, textareas, selects)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms = []
        self._textarea = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append({"attrs": attrs, "fields": {}})
        elif not self.forms:
            return
        elif tag == "input" and attrs.get("name"):
            kind = attrs.get("type", "text")
            if kind in {"checkbox", "radio"} and "checked" not in attrs:
                return
            if kind not in {"submit", "button", "image", "file"}:
                self.forms[-1]["fields"][attrs["name"]] = attrs.get("value", "on" if kind == "checkbox" else "")
        elif tag == "textarea" and attrs.get("name"):
            self._textarea = attrs["name"]
            self.forms[-1]["fields"][self._textarea] = ""
        elif tag == "select" and attrs.get("name"):
            self._select = attrs["name"]
            self.forms[-1]["fields"].setdefault(self._select, "")
        elif tag == "option" and self._select and "selected" in attrs:
            self.forms[-1]["fields"][self._select] = attrs.get("value", "")

    def handle_endtag(self, tag):
        if tag == "textarea":
            # Browsers drop the newline that follows <textarea>.
            fields = self.forms[-1]["fields"]
            fields[self._textarea] = fields[self._textarea].removeprefix("\n")
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._textarea and self.forms:
            self.forms[-1]["fields"][self._textarea] += data


def form_fields(html, *, containing):
    """Return the fields of the first form whose fields include the name `containing`."""
    parser = FormParser()
    parser.feed(html)
    for form in parser.forms:
        if containing in form["fields"]:
            return dict(form["fields"])
    raise AssertionError(f"no form with a field named {containing!r} on the page")


def admin_session(stack, server):
    """Log the editor in to the Wagtail admin of one app server; return the browser-like session.

    Both steps of the login, as a person does them: the password, then the code of their authenticator app. The
    first login sets the app up, reading its secret from the enrolment page as a person would scan it.
    """
    session = requests.Session()
    login_url = stack.url(server, "/admin/login/")
    fields = form_fields(session.get(login_url, timeout=10).text, containing="username")
    username, password = stack.editor
    response = session.post(login_url, data={**fields, "username": username, "password": password}, timeout=10)
    assert response.status_code == 200 and "/admin/login/second-factor/" in response.url, (
        f"the editor's password was not taken: {response.status_code} {response.url} {response.text[:3000]}"
    )
    if "/enrol/" in response.url:
        key = re.search(r'<code class="second-factor-key">([A-Z2-7 ]+)</code>', response.text)[1]
        stack.editor_secret = base64.b32decode(key.replace(" ", ""))
    fields = form_fields(response.text, containing="code")
    response = session.post(response.url, data={**fields, "code": next_authenticator_code(stack)}, timeout=10)
    assert response.status_code == 200 and "/admin/login/" not in response.url, (
        f"the editor could not log in: {response.status_code} {response.url} {response.text[:3000]}"
    )
    return session


def hotp(key, counter, digits=6):
    """RFC 4226, what an authenticator app computes (TOTP is this with the time period as the counter)."""
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return (struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF) % 10**digits


def next_authenticator_code(stack, step=30):
    """The code the editor's app shows, never one already used: the server refuses a code twice (replay).

    The server also takes the next period's code, so two logins fit in one period; a third waits for the next.
    """
    now = int(time.time()) // step
    period = max(now, getattr(stack, "editor_last_period", -1) + 1)
    if period > now + 1:
        time.sleep((period - 1) * step - time.time() + 0.5)
    stack.editor_last_period = period
    return f"{hotp(stack.editor_secret, period):06d}"


def finnish_home_id(stack):
    ((page_id,),) = stack.sql("SELECT id FROM wagtailcore_page WHERE url_path = '/koti/'")
    return page_id


def publish(session, url, **changes):
    """Fill in a page's add or edit form in the admin as loaded, apply the changes, press Publish."""
    fields = form_fields(session.get(url, timeout=10).text, containing="title")
    # A StreamField's inputs are made by the admin's JavaScript; an empty one is submitted as a count of none.
    fields.update({"body-count": "0", "action-publish": "action-publish", **changes})
    response = session.post(url, data=fields, timeout=20)
    assert response.status_code == 200 and "/edit/" not in response.url and "/add/" not in response.url
    return response


def client_address_with_time_left(*, period, at_least, taken=()):
    """Return a client address whose rate-limit window has at least `at_least` seconds left.

    django-ratelimit counts in fixed windows that start at a point derived from the key (here the address): one
    that closed in the middle of a test would reset the count. This is its `_get_window` arithmetic.
    """
    now = int(time.time())
    for last in range(1, 255):
        address = f"203.0.113.{last}"
        if address in taken:
            continue
        end = now - (now % period) + (zlib.crc32(address.encode()) % period)
        if end < now:
            end += period
        if end - now >= at_least:
            return address
    raise AssertionError("no address with enough time left in its window")
