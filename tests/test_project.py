"""An operator deploys the portal: migrations match the models and production settings pass Django's checks."""

import os
import subprocess
import sys
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_migrations_are_in_sync_with_the_models():
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)


def production_check(extra_env):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "PORTAL_"))}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "PORTAL_ALLOWED_HOSTS": "kokeilut.example.fi",
            # Production accepts PostgreSQL only; the check connects to no database.
            "PORTAL_DATABASE_URL": "postgres://portal@127.0.0.1:5432/portal",
            "PORTAL_REDIS_URL": "redis://127.0.0.1:6379/9",
            **extra_env,
        }
    )
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deployment_checklist():
    result = production_check({"PORTAL_SECRET_KEY": "x7!" * 20 + "production-like-secret"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = production_check({})
    assert result.returncode != 0
    assert "PORTAL_SECRET_KEY" in result.stderr
