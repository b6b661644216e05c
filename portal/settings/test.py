"""The test suite: SQLite by default, PostgreSQL when PORTAL_DATABASE_URL says so (CI runs both)."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, as in production, rather than shared-cache memory: there threads meet SQLite's real locking, where
    # an IMMEDIATE transaction waits for the writer before it (in-memory shared cache fails at once instead).
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "db.sqlite3-test")}  # noqa: F405
    # A throwaway database need not survive a power cut: skip the disk syncs that would slow the suite down.
    DATABASES["default"]["OPTIONS"]["init_command"] = "PRAGMA synchronous=OFF"  # noqa: F405
# Tests build their pages in Finnish first and translate them after, as the demo loader does; the tests of the
# Swedish-ready rule turn it on (tests/home/test_swedish_ready.py).
SWEDISH_READY_BEFORE_PUBLISHING = False
