"""An editor's login lasts a working day from the moment they log in, then the admin asks for the password again."""

import time

import pytest
from django.contrib.auth import get_user_model
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

PASSWORD = "correct horse battery"
WORKING_DAY = 9 * 3600


@pytest.fixture
def editor(db):
    editor = get_user_model().objects.create_superuser("editor", "editor@example.fi", PASSWORD)
    TOTPDevice.objects.create(user=editor, name="authenticator", confirmed=True)
    return editor


@pytest.fixture
def clock(monkeypatch):
    """The wall clock the session checks, moved forward by the test."""
    now = [time.time()]
    monkeypatch.setattr("portal.sessions.time.time", lambda: now[0])
    return now


def log_in(client, **extra):
    """Both steps: the password, then the code the editor's authenticator app shows."""
    client.post("/admin/login/", {"username": "editor", "password": PASSWORD, **extra})
    device = TOTPDevice.objects.get(user__username="editor")
    return client.post("/admin/login/second-factor/", {"code": f"{TOTP(device.bin_key).token():06d}"})


def test_a_login_lasts_a_working_day_by_default(settings):
    assert 8 * 3600 <= settings.SESSION_COOKIE_AGE <= 10 * 3600


def test_the_remembered_login_cookie_lives_a_working_day_not_two_weeks(client, editor):
    response = log_in(client, remember="on")

    assert response.status_code == 302
    assert int(response.cookies["sessionid"]["max-age"]) == WORKING_DAY


def test_a_busy_editor_is_still_logged_in_late_in_the_day(client, editor, clock):
    log_in(client, remember="on")
    for _hour in range(8):
        clock[0] += 3600
        assert client.get("/admin/").status_code == 200


def test_after_a_working_day_of_use_the_admin_asks_for_the_password_again(client, editor, clock):
    log_in(client, remember="on")
    for _hour in range(9):
        clock[0] += 3600
        client.get("/admin/")  # each request saves the session: Django's own expiry would start again
    clock[0] += 60

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response.headers["Location"].startswith("/admin/login/")
    assert "_auth_user_id" not in client.session


def test_the_length_of_the_working_day_comes_from_the_environment():
    from tests.operations.test_production_settings import SANE_ENVIRONMENT, manage

    result = manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.SESSION_COOKIE_AGE)",
        **SANE_ENVIRONMENT,
        PORTAL_SESSION_COOKIE_AGE="28800",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "28800"
