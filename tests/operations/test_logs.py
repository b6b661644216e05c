"""An operator reads the production logs: one JSON object a line, and no resident's e-mail, phone or id code."""

import io
import json
import logging
import os
import subprocess
import sys
import uuid
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.core import signing
from django.db import IntegrityError
from gunicorn.config import Config

from participation.workshops.tokens import make_token
from portal.logs import GunicornLogger, JsonFormatter, PersonalDataFilter

BASE_DIR = Path(__file__).resolve().parents[2]
PERSONAL = ["matti.meikalainen@example.fi", "+358 40 123 4567", "131052-308T"]


def json_lines(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_personal_data_is_scrubbed_from_messages_arguments_and_tracebacks():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(PersonalDataFilter())
    logger = logging.getLogger("tests.personal_data")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("Could not reach %s by phone %s", PERSONAL[0], PERSONAL[1], extra={"note": PERSONAL[2]})
        try:
            raise IntegrityError(f"duplicate key: Key (email)=({PERSONAL[0]}) already exists.")
        except IntegrityError:
            logger.exception("Sign-up %d not saved", 42)
    finally:
        logger.removeHandler(handler)

    output = stream.getvalue()
    for value in PERSONAL:
        assert value not in output
    first, second = json_lines(output)
    assert first["message"] == "Could not reach [email] by phone [phone]"
    assert first["note"] == "[id-code]"
    assert first["level"] == "WARNING" and first["logger"] == "tests.personal_data"
    assert second["message"] == "Sign-up 42 not saved"
    assert "Key (email)=([email]) already exists." in second["exception"]


def test_task_ids_durations_and_dates_survive_the_scrubbing():
    record = logging.LogRecord(
        "django_tasks", logging.INFO, __file__, 1, "Task id=%s finished in %d ms on %s", None, None
    )
    record.args = ("3f2a0b12-0457-4c1d-8123-012345678901", 1234567, "2026-11-26")
    PersonalDataFilter().filter(record)
    assert record.getMessage() == "Task id=3f2a0b12-0457-4c1d-8123-012345678901 finished in 1234567 ms on 2026-11-26"


def test_the_production_settings_write_scrubbed_json_lines_to_standard_output():
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "PORTAL_SECRET_KEY": "x" * 64,
        "PORTAL_DATABASE_URL": "postgres://portal@127.0.0.1:5432/portal",
        "PORTAL_REDIS_URL": "redis://127.0.0.1:6379/0",
    }
    script = (
        "import django, logging; django.setup(); "
        f"logging.getLogger('django.request').error('Mail to %s bounced', {PERSONAL[0]!r})"
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script], cwd=BASE_DIR, env=environment, capture_output=True, text=True, check=True
    )

    (entry,) = json_lines(result.stdout)
    assert entry["message"] == "Mail to [email] bounced"
    assert entry["logger"] == "django.request" and entry["level"] == "ERROR"


def test_gunicorn_access_lines_leave_out_the_query_string_and_the_client(capsys):
    config = Config()
    config.set("accesslog", "-")
    logger = GunicornLogger(config)
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": "/fi/search/",
        "QUERY_STRING": "q=matti.meikalainen%40example.fi",
        "REMOTE_ADDR": "192.0.2.10",
        "HTTP_USER_AGENT": "Mozilla/5.0",
    }
    response = SimpleNamespace(status_code=200, sent=5120, headers=[], status="200 OK")
    request = SimpleNamespace(headers=[], uri="/fi/search/?q=x", method="GET", path="/fi/search/", query="q=x")
    logger.access(response, request, environ, timedelta(milliseconds=12.5))

    (entry,) = json_lines(capsys.readouterr().out)
    assert entry["message"] == "GET /fi/search/ 200"
    assert entry["http"] == {"method": "GET", "path": "/fi/search/", "status": 200, "bytes": 5120, "duration_ms": 12.5}
    assert "192.0.2.10" not in json.dumps(entry) and "meikalainen" not in json.dumps(entry)


def manage_token():
    # What a sign-up's e-mail carries: the public id, signed with the manage link's salt.
    return make_token(SimpleNamespace(public_id=uuid.uuid4()))


def test_gunicorn_access_lines_leave_out_the_token_of_a_manage_or_thanks_link(capsys):
    config = Config()
    config.set("accesslog", "-")
    logger = GunicornLogger(config)
    token = manage_token()
    thanks_token = signing.dumps({"page": 7, "ref": "K7PX2QRM"}, salt="participation.proposal-thanks")
    response = SimpleNamespace(status_code=200, sent=4096, headers=[], status="200 OK")
    paths = {
        f"/en/workshop-signup/{token}/": "/en/workshop-signup/[token]/",
        f"/fi/ehdota/thanks/{thanks_token.replace(':', '/')}/": "/fi/ehdota/thanks/[token]/",
    }
    for path in paths:
        request = SimpleNamespace(headers=[], uri=path, method="POST", path=path, query="")
        logger.access(response, request, {"REQUEST_METHOD": "POST", "PATH_INFO": path}, timedelta(milliseconds=3))

    entries = json_lines(capsys.readouterr().out)
    assert [entry["http"]["path"] for entry in entries] == list(paths.values())
    assert [entry["message"] for entry in entries] == [f"POST {path} 200" for path in paths.values()]
    output = json.dumps(entries)
    assert token.rsplit(":", 1)[-1] not in output and "K7PX2QRM" not in output


@pytest.mark.django_db
def test_a_manage_link_that_finds_nothing_is_logged_without_its_token(client):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(PersonalDataFilter())
    django_request = logging.getLogger("django.request")
    django_request.addHandler(handler)
    token = manage_token()
    try:
        response = client.get(f"/en/workshop-signup/{token}/")
    finally:
        django_request.removeHandler(handler)

    assert response.status_code == 404
    (entry,) = json_lines(stream.getvalue())
    assert entry["message"] == "Not Found: /en/workshop-signup/[token]/"
    assert entry["level"] == "WARNING"
    assert token not in stream.getvalue() and token.split(":", 1)[0] not in stream.getvalue()
