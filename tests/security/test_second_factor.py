"""Staff log in with a password and a code from an authenticator app on their phone.

A new member of staff sets the app up at their first login and writes down recovery codes; a colleague who lost
their phone is reset by a superuser; someone who guesses codes is stopped like someone guessing passwords.
"""

import base64
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from portal.second_factor import services
from tests.staff import log_in_staff

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
STEP = "/admin/login/second-factor/"
ENROL = "/admin/login/second-factor/enrol/"
PASSWORD = "correct horse battery"


@pytest.fixture
def newcomer(db):
    return get_user_model().objects.create_superuser("uusi", "uusi@example.fi", PASSWORD)


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("toimittaja", "toimittaja@example.fi", PASSWORD)


@pytest.fixture
def authenticator(editor):
    return TOTPDevice.objects.create(user=editor, name="authenticator", confirmed=True)


def code_of(key, device=None):
    """What the authenticator app shows now for this secret."""
    step, t0, digits = (device.step, device.t0, device.digits) if device else (30, 0, 6)
    return f"{TOTP(key, step, t0, digits).token():0{digits}d}"


def give_password(client, username, *, language="fi", address="192.0.2.10"):
    return client.post(
        LOGIN,
        {"username": username, "password": PASSWORD, "next": "/admin/pages/"},
        headers={"accept-language": language},
        REMOTE_ADDR=address,
    )


def give_code(client, code, *, url=STEP, language="fi", address="192.0.2.10"):
    return client.post(
        url, {"code": code, "next": "/admin/pages/"}, headers={"accept-language": language}, REMOTE_ADDR=address
    )


def test_a_newcomer_sets_up_an_authenticator_app_at_the_first_login_and_saves_recovery_codes(client, newcomer):
    response = give_password(client, "uusi")
    assert response.status_code == 302 and response.url.startswith(ENROL)

    page = client.get(response.url, headers={"accept-language": "fi"}).content.decode()
    assert "<svg" in page  # the QR code, drawn on the page: nothing is fetched from elsewhere
    key = base64.b32decode(re.search(r'<code class="second-factor-key">([A-Z2-7 ]+)</code>', page)[1].replace(" ", ""))
    assert '<label class="w-field__label" for="id_code"' in page

    wrong = give_code(client, "000000" if code_of(key) != "000000" else "111111", url=ENROL)
    assert wrong.status_code == 200
    html = wrong.content.decode()
    assert "Koodi ei kelpaa." in html
    assert 'aria-invalid="true"' in html and 'value="' in html
    assert "_auth_user_id" not in client.session

    response = give_code(client, code_of(key), url=ENROL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("second_factor_recovery_codes"))
    assert client.session["_auth_user_id"] == str(newcomer.pk)

    codes_page = client.get(response.url).content.decode()
    codes = re.findall(r"<li><code>([a-z0-9]+)</code></li>", codes_page)
    assert len(codes) == 10 == services.recovery_codes_left(newcomer)
    assert 'href="/admin/pages/"' in codes_page
    # Shown once: the next visit offers new codes instead of showing the old ones.
    assert codes[0] not in client.get(reverse("second_factor_recovery_codes")).content.decode()
    assert client.get("/admin/pages/").status_code == 200


def test_an_enrolled_editor_logs_in_with_the_code_their_app_shows(client, editor, authenticator):
    response = give_password(client, "toimittaja")
    assert response.status_code == 302 and response.url.startswith(STEP)

    # Between the two steps the admin is as closed as before the password.
    assert client.get("/admin/").status_code == 302

    response = give_code(
        client,
        code_of(authenticator.bin_key, authenticator)[:3] + " " + code_of(authenticator.bin_key, authenticator)[3:],
    )
    assert response.status_code == 302 and response.url == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_the_second_step_speaks_swedish_to_a_swedish_browser(client, editor, authenticator):
    give_password(client, "toimittaja", language="sv")
    html = client.get(STEP, headers={"accept-language": "sv"}).content.decode()
    assert "Inloggningens andra steg" in html
    assert "Verifieringskod" in html


def test_a_code_guesser_is_stopped_after_five_wrong_codes_even_with_the_right_one(client, editor, authenticator):
    give_password(client, "toimittaja")
    for _attempt in range(5):
        assert give_code(client, "12345x").status_code == 200

    response = give_code(client, code_of(authenticator.bin_key, authenticator))

    assert response.status_code == 429
    assert "Liian monta epäonnistunutta kirjautumisyritystä." in response.content.decode()
    assert "_auth_user_id" not in client.session
    # Wrong codes and wrong passwords share one count: the password step is closed to the account as well.
    assert give_password(client, "toimittaja", address="198.51.100.7").status_code == 429


def test_a_recovery_code_logs_in_once_without_the_phone(client, editor, authenticator):
    codes = services.recovery_codes_renew(user=editor)

    give_password(client, "toimittaja")
    response = give_code(client, codes[0].upper())
    assert response.status_code == 302 and response.url == "/admin/pages/"
    assert services.recovery_codes_left(editor) == 9

    client.logout()
    give_password(client, "toimittaja")
    assert give_code(client, codes[0]).status_code == 200
    assert "_auth_user_id" not in client.session


def test_the_second_step_expires(client, settings, editor, authenticator):
    settings.ADMIN_SECOND_STEP_SECONDS = -1
    give_password(client, "toimittaja")

    response = give_code(client, code_of(authenticator.bin_key, authenticator))

    assert response.status_code == 302 and response.url.startswith(LOGIN)
    assert "_auth_user_id" not in client.session


def test_the_password_alone_cannot_replace_an_enrolled_app(client, editor, authenticator):
    give_password(client, "toimittaja")
    assert client.get(ENROL).status_code == 302
    assert give_code(client, "123456", url=ENROL).status_code == 403


def test_a_session_without_a_second_factor_is_logged_out(client, editor):
    # A login made before the second factor was required, or any way around it: the bare session of Django's
    # own login, without the helper every other test uses.
    client.force_login(editor)

    response = client.get("/admin/pages/")

    assert response.status_code == 302 and response.url.startswith(LOGIN)
    assert "_auth_user_id" not in client.session


def test_a_superuser_resets_a_colleagues_lost_phone_and_the_admin_log_says_who(client, editor, authenticator):
    services.recovery_codes_renew(user=editor)
    superuser = get_user_model().objects.create_superuser("paakayttaja", "paakayttaja@example.fi", PASSWORD)
    log_in_staff(client, superuser)
    url = reverse("second_factor_reset", args=[editor.pk])
    assert url in client.get(reverse("wagtailusers_users:index")).content.decode()
    assert client.get(url).status_code == 200

    response = client.post(url)

    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert not StaticDevice.objects.filter(user=editor).exists()
    entry = ModelLogEntry.objects.get(action=services.RESET_ACTION)
    assert entry.user == superuser and entry.object_id == str(editor.pk)
    # At the next login the editor sets up an app again.
    client.logout()
    assert give_password(client, "toimittaja").url.startswith(ENROL)


def test_only_a_superuser_may_reset_a_second_factor(client, editor, authenticator):
    colleague = get_user_model().objects.create_user("kollega", "kollega@example.fi", PASSWORD, is_staff=True)
    from django.contrib.auth.models import Group

    colleague.groups.add(Group.objects.get(name="Editors"))
    log_in_staff(client, colleague)

    assert client.post(reverse("second_factor_reset", args=[editor.pk])).status_code in {302, 403}
    assert TOTPDevice.objects.filter(user=editor).exists()
