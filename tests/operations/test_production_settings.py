"""An operator starts the portal with production settings from a sane environment, or learns what is missing."""

import json
import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]

SANE_ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "PORTAL_SECRET_KEY": "k" * 30 + "Q9z-x_2" * 6,
    "PORTAL_ALLOWED_HOSTS": "kokeilut.example.fi",
    "PORTAL_DATABASE_URL": "postgres://portal@127.0.0.1:5432/portal",
    "PORTAL_REDIS_URL": "redis://127.0.0.1:6379/0",
}


def manage(*args, **environment):
    inherited = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "PORTAL_"))}
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env={**inherited, **environment},
        capture_output=True,
        text=True,
    )


def test_a_missing_redis_stops_the_start_naming_the_variable():
    environment = {key: value for key, value in SANE_ENVIRONMENT.items() if key != "PORTAL_REDIS_URL"}

    result = manage("check", **environment)

    assert result.returncode != 0
    assert "Set the environment variable PORTAL_REDIS_URL" in result.stderr


def test_sqlite_is_refused_in_production():
    result = manage("check", **{**SANE_ENVIRONMENT, "PORTAL_DATABASE_URL": "sqlite:////tmp/portal.sqlite3"})

    assert result.returncode != 0
    assert "PORTAL_DATABASE_URL must point to PostgreSQL" in result.stderr


def test_naming_a_bucket_moves_media_to_object_storage_with_plain_urls():
    script = (
        "from django.conf import settings; from django.core.files.storage import storages; import json; "
        "print(json.dumps({'class': type(storages['default']).__name__, 'url': storages['default'].url('images/a.jpg'), "
        "'sessions': settings.SESSION_ENGINE, 'tasks': settings.TASKS['default']['BACKEND'], "
        "'img-src': settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']}))"
    )
    result = manage(
        "shell",
        "-c",
        script,
        **SANE_ENVIRONMENT,
        PORTAL_MEDIA_S3_BUCKET="portal-media",
        PORTAL_MEDIA_S3_ENDPOINT_URL="https://s3.example.fi",
        PORTAL_MEDIA_S3_CUSTOM_DOMAIN="media.example.fi",
        PORTAL_MEDIA_S3_ACCESS_KEY_ID="id",
        PORTAL_MEDIA_S3_SECRET_ACCESS_KEY="secret",
    )

    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout.strip().splitlines()[-1])
    assert facts == {
        "class": "S3Storage",
        "url": "https://media.example.fi/media/images/a.jpg",
        "sessions": "django.contrib.sessions.backends.cached_db",
        "tasks": "django_tasks_db.DatabaseBackend",
        # The Content-Security-Policy lets pages show images from the bucket's domain.
        "img-src": ["'self'", "data:", "https://media.example.fi"],
    }


def test_production_sends_browsers_only_over_https_with_cookies_that_scripts_and_other_sites_cannot_use():
    script = (
        "from django.conf import settings as s; import json; "
        "print(json.dumps({name: getattr(s, name) for name in ["
        "'SECURE_SSL_REDIRECT', 'SECURE_HSTS_SECONDS', 'SECURE_HSTS_INCLUDE_SUBDOMAINS', "
        "'SESSION_COOKIE_SECURE', 'SESSION_COOKIE_HTTPONLY', 'SESSION_COOKIE_SAMESITE', "
        "'CSRF_COOKIE_SECURE', 'CSRF_COOKIE_SAMESITE', 'SECURE_CONTENT_TYPE_NOSNIFF', 'SECURE_REFERRER_POLICY']}))"
    )
    result = manage("shell", "-c", script, **SANE_ENVIRONMENT)

    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout.strip().splitlines()[-1])
    assert facts.pop("SECURE_HSTS_SECONDS") >= 365 * 24 * 3600
    assert facts == {
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SESSION_COOKIE_SECURE": True,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "CSRF_COOKIE_SECURE": True,
        "CSRF_COOKIE_SAMESITE": "Lax",
        "SECURE_CONTENT_TYPE_NOSNIFF": True,
        "SECURE_REFERRER_POLICY": "strict-origin-when-cross-origin",
    }


def test_the_deployment_check_finds_nothing_to_warn_about():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **SANE_ENVIRONMENT)

    assert result.returncode == 0, result.stdout + result.stderr


def test_the_shared_cache_serves_on_without_redis_and_gives_up_on_it_within_half_a_second():
    script = (
        "from django.conf import settings; from django.core.cache import cache; import json; "
        "print(json.dumps({'backend': settings.CACHES['default']['BACKEND'], "
        "'options': settings.CACHES['default']['OPTIONS'], 'miss': cache.get('anything', 'miss')}))"
    )
    # A port where nothing listens: Redis is down when the operator starts the server.
    result = manage("shell", "-c", script, **{**SANE_ENVIRONMENT, "PORTAL_REDIS_URL": "redis://127.0.0.1:1/0"})

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {
        "backend": "home.cache_backend.FailSoftRedisCache",
        "options": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        "miss": "miss",
    }
