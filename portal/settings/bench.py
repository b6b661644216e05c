"""The load benchmark (`make bench`): the production settings, on the benchmark's own database, over plain http.

What differs from production, and why (docs/benchmarks.md repeats it):
- the database is `bench.sqlite3` unless PORTAL_DATABASE_URL names a PostgreSQL database; never the development
  db.sqlite3;
- without PORTAL_REDIS_URL, the cache is each app server process's local memory;
- with PORTAL_BENCH_COLD set, nothing is cached at all: every cache alias is Django's DummyCache, so there is no
  page cache, no cached fragment, language version, navigation, blank form, site lookup or site root paths, and
  sessions live in the database only (the "cold" column of docs/benchmarks.md);
- plain http on 127.0.0.1: no HTTPS redirect, no HSTS, cookies without the Secure flag;
- a minimal Django view at /bench/minimal/ (portal/bench_urls.py) as the reference for page throughput;
- the rate limit of the public forms is lifted, so that the sign-up POSTs are measured rather than refused;
- forms carry no submission key: every sign-up POST re-sends one rendered form, each time as a new person, which
  would otherwise be recognised as the same form sent again.
"""

import os

from .base import BASE_DIR, ENV_PREFIX, env, env_int

BENCH_DATABASE_URL = env("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'bench.sqlite3'}"
BENCH_REDIS_URL = env("REDIS_URL", "")

# production.py insists on PostgreSQL and Redis, as a deployment should. The benchmark also runs on the embedded
# SQLite file and without Redis, so production.py reads stand-ins while it is imported; the real values follow.
_saved_environment = dict(os.environ)
os.environ.setdefault(ENV_PREFIX + "SECRET_KEY", "benchmark-only-insecure-key-" + "x" * 40)
os.environ[ENV_PREFIX + "DATABASE_URL"] = "postgres://benchmark@127.0.0.1:5432/benchmark"
os.environ.setdefault(ENV_PREFIX + "REDIS_URL", "redis://127.0.0.1:6379/0")
try:
    from .production import *  # noqa: F403
    from .production import CACHES, DATABASES, LOGGING, SILENCED_SYSTEM_CHECKS
finally:
    os.environ.clear()
    os.environ.update(_saved_environment)

# The seeding of the benchmark's content (`manage.py seed_benchmark`) exists only here.
INSTALLED_APPS = [*INSTALLED_APPS, "benchmark"]  # noqa: F405

if BENCH_DATABASE_URL.startswith(("postgres://", "postgresql://")):
    import dj_database_url

    DATABASES = {
        "default": dj_database_url.parse(
            BENCH_DATABASE_URL, conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60), conn_health_checks=True
        )
    }
else:
    import dj_database_url

    # Persistent connections, as production.py has for PostgreSQL: opening SQLite anew for every request would
    # measure the connection, not the page.
    DATABASES = {
        "default": dj_database_url.parse(BENCH_DATABASE_URL, conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60))
    }
    if "db.sqlite3" in DATABASES["default"]["NAME"]:
        raise ValueError("The benchmark never runs on the development database db.sqlite3.")
    # As in base.py: seat checks and inserts cannot interleave with another writer.
    DATABASES["default"]["OPTIONS"] = {"transaction_mode": "IMMEDIATE", "timeout": 20}


if not BENCH_REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "portal-bench"}}
    SESSION_ENGINE = "django.contrib.sessions.backends.db"
    SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "django_ratelimit.E003"]

# The cold server: what an editor meets after every publish, and any reader after a restart, on every page at once.
BENCH_COLD = env("BENCH_COLD", "") not in ("", "0")
if BENCH_COLD:
    CACHES = {alias: {"BACKEND": "django.core.cache.backends.dummy.DummyCache"} for alias in CACHES}
    SESSION_ENGINE = "django.contrib.sessions.backends.db"
    SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "django_ratelimit.E003"]

ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = False
SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "security.W004", "security.W008", "security.W012", "security.W016"]

ROOT_URLCONF = "portal.bench_urls"
PARTICIPATION_RATE_LIMITS_ENABLED = False
PARTICIPATION_SUBMISSION_KEYS_ENABLED = False

# No e-mail leaves: the sign-up's confirmation waits as a task row, as in production, and no worker runs.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# The application logs warnings and errors only; gunicorn keeps its access log, as in production.
LOGGING = {**LOGGING, "root": {**LOGGING["root"], "level": "WARNING"}}
