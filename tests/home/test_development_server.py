"""A newcomer runs `make run`, signs up for a workshop and follows the link in the e-mail printed to the console."""

import base64
import stat

import pytest
from django.core.management import CommandError, call_command
from django_otp.oath import TOTP
from wagtail.models import Site

from home.demo_support import add_translated_page
from participation.models import WorkshopIndexPage
from participation.workshops.emails import signup_email
from participation.workshops.services import signup_create
from tests.participation.workshops.support import INDEX_CONTENT, make_workshop, signup_kwargs

pytestmark = pytest.mark.django_db


def test_links_in_emails_lead_to_the_port_the_development_server_listens_on(home):
    call_command("set_site_address", "http://127.0.0.1:8765", stdout=open("/dev/null", "w"))  # noqa: SIM115

    workshop = make_workshop(add_translated_page(home, WorkshopIndexPage, INDEX_CONTENT))
    signup = signup_create(workshop=workshop, **signup_kwargs(language="sv")).signup
    message = signup_email(signup, "confirmed")

    assert "http://127.0.0.1:8765/sv/workshop-signup/" in message.body
    swedish_page = workshop.translation_for_language("sv")
    assert f"http://127.0.0.1:8765{swedish_page.url}" in message.body
    assert "http://localhost/" not in message.body
    assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8765"


def test_the_site_address_must_be_a_web_address(site):
    with pytest.raises(CommandError):
        call_command("set_site_address", "127.0.0.1:8000")


def test_the_demo_administrators_credentials_are_kept_in_a_file_only_its_owner_reads(db, tmp_path, settings):
    settings.DEBUG = True
    credentials = tmp_path / "demo-admin.txt"
    call_command(
        "create_demo_admin",
        url="http://127.0.0.1:8765",
        credentials_file=str(credentials),
        stdout=open("/dev/null", "w"),  # noqa: SIM115
    )
    text = credentials.read_text()
    assert "http://127.0.0.1:8765/admin/" in text
    assert "demo-admin" in text
    password = text.split("Password:", 1)[1].split()[0]
    from django.contrib.auth import authenticate

    assert authenticate(username="demo-admin", password=password) is not None
    assert stat.S_IMODE(credentials.stat().st_mode) == 0o600


def test_a_newcomer_logs_in_as_the_demo_administrator_with_the_printed_password_and_authenticator_secret(
    client, settings, tmp_path
):
    settings.DEBUG = True
    credentials = tmp_path / "demo-admin.txt"
    call_command("create_demo_admin", credentials_file=str(credentials), stdout=open("/dev/null", "w"))  # noqa: SIM115
    text = credentials.read_text()
    password = text.split("Password:", 1)[1].split()[0]
    secret = text.split("secret (TOTP, 6 digits, 30 s):", 1)[1].split()[0]

    response = client.post("/admin/login/", {"username": "demo-admin", "password": password})
    assert response.url.startswith("/admin/login/second-factor/")
    code = f"{TOTP(base64.b32decode(secret)).token():06d}"
    response = client.post("/admin/login/second-factor/", {"code": code})

    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_the_demo_administrator_is_made_only_for_the_development_server(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("create_demo_admin", stdout=open("/dev/null", "w"))  # noqa: SIM115
