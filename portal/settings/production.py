"""Production: every deployment value comes from the environment; a missing required one fails at start-up.

Required: PORTAL_SECRET_KEY, PORTAL_DATABASE_URL (PostgreSQL), PORTAL_REDIS_URL. Everything else has a safe default.
See .env.example for the full list and docs/deployment.md for the processes that read them.
"""

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import LOGGING, MIDDLEWARE, env, env_bool, env_int, env_required, redis_caches

SECRET_KEY = env_required("SECRET_KEY")

# PostgreSQL only: seat checks take row locks and the task worker's liveness uses advisory locks.
# Persistent connections (PORTAL_DATABASE_CONN_MAX_AGE) are checked before reuse, so one dropped while idle is replaced
# instead of failing a request. A short connect timeout turns an unreachable database into a "try again" page and a
# failing /healthz/ within seconds, instead of app server workers stuck waiting.
DATABASES = {
    "default": dj_database_url.parse(
        env_required("DATABASE_URL"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
    raise ImproperlyConfigured("PORTAL_DATABASE_URL must point to PostgreSQL in production (postgres://...).")
DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = env_int("DATABASE_CONNECT_TIMEOUT", 3)

# Redis is the one cache every app server shares: content version, page cache, rate limits. Required here; the same
# fail-soft backend as base.py, with short socket timeouts: an outage costs speed, not pages.
CACHES = redis_caches(env_required("REDIS_URL"))

# Staff log in with a second factor (portal/second_factor/). It is in base.py for every environment; here its
# absence stops the start-up, so no later edit of the settings can quietly let a password alone into the admin.
if "portal.second_factor.middleware.SecondFactorRequiredMiddleware" not in MIDDLEWARE:
    raise ImproperlyConfigured("Production requires a second factor for staff logins (portal.second_factor).")

# Sessions (editors in the admin, nothing for anonymous readers) must work on whichever app server a request
# lands: cached_db reads them from Redis and keeps them in PostgreSQL, so a Redis restart or flush logs nobody
# out. Expired rows are removed by `manage.py clearsessions` (cron, docs/deployment.md).
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Background tasks (e-mail, search index) are rows in PostgreSQL, stored in the same transaction as the data that
# caused them, and run by `manage.py db_worker` (home/management/commands/db_worker.py adds orphan recovery).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Media: local disk (PORTAL_MEDIA_ROOT, served by the web server in front) unless an S3-compatible bucket is named.
# With several hosts, use the bucket: a file uploaded through one app server must be readable through all.
MEDIA_S3_BUCKET = env("MEDIA_S3_BUCKET", "")
if MEDIA_S3_BUCKET:
    STORAGES = {
        **STORAGES,  # noqa: F405
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": MEDIA_S3_BUCKET,
                "endpoint_url": env("MEDIA_S3_ENDPOINT_URL") or None,
                "region_name": env("MEDIA_S3_REGION") or None,
                # Without keys, boto3 finds credentials itself (AWS_* variables, an instance role).
                "access_key": env("MEDIA_S3_ACCESS_KEY_ID") or None,
                "secret_key": env("MEDIA_S3_SECRET_ACCESS_KEY") or None,
                "custom_domain": env("MEDIA_S3_CUSTOM_DOMAIN") or None,
                "location": env("MEDIA_S3_PREFIX", "media"),
                # Plain, stable URLs: cached pages keep working (signed ones would expire inside them).
                "querystring_auth": False,
                # Wagtail gives every upload a unique name; never silently replace a file.
                "file_overwrite": False,
            },
        },
    }
    # Images then come from the bucket's address: the Content-Security-Policy must let pages show them.
    _media_origin = (
        f"https://{env('MEDIA_S3_CUSTOM_DOMAIN')}"
        if env("MEDIA_S3_CUSTOM_DOMAIN")
        else env("MEDIA_S3_ENDPOINT_URL") or f"https://{MEDIA_S3_BUCKET}.s3.amazonaws.com"
    )
    CONTENT_SECURITY_POLICY = {  # noqa: F405
        **CONTENT_SECURITY_POLICY,  # noqa: F405
        "DIRECTIVES": {
            **CONTENT_SECURITY_POLICY["DIRECTIVES"],  # noqa: F405
            "img-src": [*CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"], _media_origin],  # noqa: F405
        },
    }
# Documents always pass through Django, which checks collection privacy, wherever the file is stored.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")

# Structured logs: JSON lines on standard output (journald or the container runtime collects them), personal data
# scrubbed by a filter on the handler (portal/logs.py).
LOGGING = {
    **LOGGING,
    "filters": {"personal_data": {"()": "portal.logs.PersonalDataFilter"}},
    "formatters": {"json": {"()": "portal.logs.JsonFormatter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "json",
            "filters": ["personal_data"],
        }
    },
}

# The proxy in front terminates TLS and says so in X-Forwarded-Proto; the header is believed only from
# PORTAL_TRUSTED_PROXY_ADDRESSES (portal/proxies.py removes it from every other connection).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("HSTS_SECONDS", 365 * 24 * 3600)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("HSTS_PRELOAD", True)
if not SECURE_HSTS_PRELOAD:
    # Preloading is hard to undo for the whole domain: an operator may turn it off on purpose (PORTAL_HSTS_PRELOAD),
    # and the check should not then nag. The HSTS header still protects every returning visitor.
    SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "security.W021"]  # noqa: F405
# Secure cookies are only sent over HTTPS. A local production-shaped stack on plain http://127.0.0.1 (make prod,
# the integration tests) turns this off; a real deployment never does.
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
