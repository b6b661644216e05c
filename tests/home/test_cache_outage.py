"""Redis is away: readers, editors and the sitemap are served as if there were no cache at all."""

import socket
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.security.test_second_factor import STEP, code_of


def unreachable_cache():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return {
        "default": {
            "BACKEND": "home.cache_backend.FailSoftRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "KEY_PREFIX": f"test-{uuid.uuid4().hex[:8]}",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }


@pytest.fixture
def redis_away():
    with override_settings(CACHES=unreachable_cache()):
        yield


@pytest.mark.parametrize("path", ["/fi/", "/sv/", "/en/", "/fi/search/?q=koti", "/sitemap.xml", "/admin/login/"])
def test_a_reader_gets_the_page_while_the_cache_is_away(client, translated_page, redis_away, path):
    response = client.get(path)

    assert response.status_code == 200
    assert "X-Page-Cache" not in response or response["X-Page-Cache"] != "hit"


def test_the_same_page_twice_is_rendered_twice_and_never_an_error(client, home, redis_away):
    assert client.get("/fi/").status_code == 200
    assert client.get("/fi/").status_code == 200


def test_an_editor_logs_in_with_both_steps_and_opens_the_admin_while_the_cache_is_away(client, home, redis_away):
    editor = get_user_model().objects.create_superuser("editor", "editor@example.fi", "pw")
    app = TOTPDevice.objects.create(user=editor, name="authenticator", confirmed=True)

    response = client.post("/admin/login/", {"username": "editor", "password": "pw"})
    assert response.status_code == 302 and response.url.startswith(STEP)
    response = client.post(STEP, {"code": code_of(app.bin_key, app)}, follow=True)

    assert response.status_code == 200
    assert response.request["PATH_INFO"] == "/admin/"
    assert client.get("/admin/pages/").status_code == 200


@override_settings(ADMIN_LOGIN_FAILURES_PER_USERNAME="3/15m")
def test_password_guessing_is_still_stopped_while_the_cache_is_away(client, home, redis_away, caplog):
    get_user_model().objects.create_superuser("editor", "editor@example.fi", "right")

    for _ in range(3):
        response = client.post("/admin/login/", {"username": "editor", "password": "wrong"})
        assert response.status_code == 200
    # Counted in this process's memory, and the operators are told so.
    assert any("counted in each process" in record.getMessage() for record in caplog.records)

    response = client.post("/admin/login/", {"username": "editor", "password": "right"})

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
