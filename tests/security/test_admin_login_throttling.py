"""Someone guessing an editor's password is stopped after a few tries, and told so in their own language.

Failed logins are counted per user name and per client address; the counts live in the shared cache, so every app
server sees the same numbers (Redis in production).
"""

import pytest
from django.contrib.auth import get_user_model

from portal.second_factor.views import PENDING_KEY

LOGIN = "/admin/login/"
PASSWORD = "correct horse battery"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.fi", PASSWORD)


@pytest.fixture
def other_editor(db):
    return get_user_model().objects.create_superuser("translator", "translator@example.fi", PASSWORD)


def log_in(client, username, password, *, language="fi", address="192.0.2.10"):
    return client.post(
        LOGIN,
        {"username": username, "password": password},
        headers={"accept-language": language},
        REMOTE_ADDR=address,
    )


def assert_on_to_the_second_step(client, response, user):
    # The right password alone logs nobody in: it leads to the second factor (tests/security/test_second_factor.py).
    assert response.status_code == 302
    assert response.url.startswith("/admin/login/second-factor/")
    assert client.session[PENDING_KEY]["user"] == user.pk
    assert "_auth_user_id" not in client.session


def fail_five_times(client, username, **kwargs):
    for _attempt in range(5):
        response = log_in(client, username, "wrong guess", **kwargs)
        assert response.status_code == 200  # the ordinary "wrong user name or password" page
        assert "_auth_user_id" not in client.session


def test_after_five_wrong_passwords_even_the_right_one_is_refused_with_a_finnish_explanation(client, editor):
    fail_five_times(client, "editor")

    response = log_in(client, "editor", PASSWORD)

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    html = response.content.decode()
    assert "Liian monta epäonnistunutta kirjautumisyritystä." in html
    assert "Yritä uudelleen" in html and "minuutin kuluttua" in html


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("sv", "För många misslyckade inloggningsförsök."),
        ("en", "Too many failed login attempts."),
    ],
)
def test_the_lockout_is_explained_in_swedish_and_in_english(client, editor, language, message):
    fail_five_times(client, "editor", language=language)

    response = log_in(client, "editor", PASSWORD, language=language)

    assert response.status_code == 429
    assert message in response.content.decode()


def test_the_user_name_stays_locked_from_another_address_and_however_it_is_typed(client, editor):
    fail_five_times(client, "editor", address="192.0.2.10")

    response = log_in(client, " Editor ", PASSWORD, address="198.51.100.7")

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_someone_elses_failures_do_not_lock_out_an_editor_logging_in_from_elsewhere(client, editor, other_editor):
    fail_five_times(client, "editor", address="192.0.2.10")

    response = log_in(client, "translator", PASSWORD, address="198.51.100.7")

    assert_on_to_the_second_step(client, response, other_editor)


def test_four_failures_and_then_the_right_password_let_the_editor_in(client, editor):
    for _attempt in range(4):
        log_in(client, "editor", "wrong guess")

    response = log_in(client, "editor", PASSWORD)

    assert_on_to_the_second_step(client, response, editor)


def test_one_address_trying_many_user_names_is_stopped_too(client, editor):
    for number in range(20):
        log_in(client, f"guess{number}", "wrong guess", address="203.0.113.5")

    response = log_in(client, "editor", PASSWORD, address="203.0.113.5")

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_behind_a_proxy_a_login_without_the_address_header_is_counted_by_its_connection(client, settings, db):
    # An operator on the host, or a check that bypasses the proxy, sends no X-Forwarded-For: still no server error.
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_FORWARDED_FOR"
    response = client.post("/admin/login/", {"username": "nobody", "password": "wrong"})
    assert response.status_code == 200
