"""Settings shared by every environment, safe for production: DEBUG is off and secrets come from the environment."""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


# Every environment variable the portal reads starts with this prefix (.env.example lists them). The helpers below
# take the name without it and add it themselves, so a setting cannot be read from an unprefixed name by mistake.
ENV_PREFIX = "PORTAL_"


def env(name, default=None):
    return os.environ.get(ENV_PREFIX + name, default)


def env_required(name):
    """Return a variable that must be set: a missing one stops the start-up, naming it in full."""
    value = env(name)
    if not value:
        raise ImproperlyConfigured(f"Set the environment variable {ENV_PREFIX}{name} (see .env.example).")
    return value


def env_int(name, default):
    return int(env(name, str(default)))


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = env(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = False
SECRET_KEY = env("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "experiments",
    "participation",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_ratelimit",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "portal.second_factor",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # Before anything asks request.is_secure(): X-Forwarded-Proto only from our own proxies (portal/proxies.py).
    "portal.proxies.TrustedProxyHeadersMiddleware",
    # Then /healthz/ answers before the HTTPS redirect, host checks and sessions (see portal/health.py).
    "portal.health.HealthCheckMiddleware",
    # Outermost handler of view errors: a database outage becomes a "try again" page (see portal/errors.py).
    "portal.errors.DatabaseUnavailableMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Before whitenoise and every view, so static files, errors and the outage page carry the same headers.
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "portal.security.CrossOriginResourcePolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous readers' content pages, whole, from the cache (home/page_cache.py): before sessions and locale.
    "home.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    # Every environment, development included: a staff session needs its second factor (portal/second_factor/).
    "portal.second_factor.middleware.SecondFactorRequiredMiddleware",
    # A staff login lasts SESSION_COOKIE_AGE, counted from the login (portal/sessions.py).
    "portal.sessions.WorkingDaySessionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # After the clickjacking middleware, so it sees whether the view itself asked to be framed (admin previews).
    "portal.security.AdminContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
    {
        # Plain-text e-mails: no HTML reads them, so autoescaping would only turn "&" into "&amp;" in a mailbox.
        # Header safety does not depend on it (participation.emails folds subjects to one line).
        "NAME": "plain_text",
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {"autoescape": False},
    },
]

# The embedded default is a SQLite file; PORTAL_DATABASE_URL points elsewhere (PostgreSQL in production and CI).
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # IMMEDIATE transactions take SQLite's write lock at BEGIN, so a seat check and the insert that follows
    # cannot interleave with another writer: the capacity promise holds on the embedded database too.
    DATABASES["default"].setdefault("OPTIONS", {}).update({"transaction_mode": "IMMEDIATE", "timeout": 20})

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Finnish is the default; the initial migration creates the default Locale from LANGUAGE_CODE.
LANGUAGE_CODE = "fi"
LANGUAGES = [
    ("fi", "Suomi"),
    ("sv", "Svenska"),
    ("en", "English"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates, times and numbers as Finns and Finland-Swedes write them (portal/formats/). USE_THOUSAND_SEPARATOR stays
# off: it would group ids in URLs, data attributes and chart coordinates; figures shown to readers use the
# `number` filter (home/templatetags/formats_tags.py) instead.
FORMAT_MODULE_PATH = ["portal.formats"]
TIME_ZONE = "Europe/Helsinki"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# A translation starts as a draft, so nothing goes live with Finnish text under a Swedish or English address.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# A Finnish page goes live only with a finished Swedish translation, published with it (home/translation_publishing/
# swedish_ready.py). Exempt page types are "app_label.ModelName" labels. A person with the permission below may
# publish an urgent notice in Finnish first; the page's history records it.
SWEDISH_READY_BEFORE_PUBLISHING = env_bool("SWEDISH_READY_BEFORE_PUBLISHING", True)
SWEDISH_READY_EXEMPT_PAGE_TYPES = env_list("SWEDISH_READY_EXEMPT_PAGE_TYPES")
SWEDISH_READY_OVERRIDE_PERMISSION = "home.publish_before_swedish"

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", BASE_DIR / "static"))
STATICFILES_DIRS = [BASE_DIR / "portal" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", BASE_DIR / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Compressed, content-hashed file names: cacheable forever, served by whitenoise with no CDN.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

REDIS_URL = env("REDIS_URL", "")
# Seconds before a Redis that does not answer counts as away. Short: the cache is only worth waiting for when it is
# faster than rendering, and home/cache_backend.py then serves without it for a few seconds.
REDIS_TIMEOUT = float(env("REDIS_TIMEOUT", "0.5"))


def redis_caches(url):
    return {
        "default": {
            # Django's RedisCache, except that Redis away or hung means a miss, not an error page.
            "BACKEND": "home.cache_backend.FailSoftRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", "portal"),
            "OPTIONS": {"socket_connect_timeout": REDIS_TIMEOUT, "socket_timeout": REDIS_TIMEOUT},
        }
    }


if REDIS_URL:
    CACHES = redis_caches(REDIS_URL)
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "portal"}}

# E-mail: SMTP settings come from the environment; development prints messages to the console.
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
# Seconds before an SMTP connection gives up, so a stuck mail server cannot hold a task worker forever.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 30)
# With PORTAL_EMAIL_BACKEND=django.core.mail.backends.filebased.EmailBackend, the folder each message is written to.
if env("EMAIL_FILE_PATH"):
    EMAIL_FILE_PATH = env("EMAIL_FILE_PATH")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Tulevaisuuden Vaasa <kokeilut@example.fi>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background work (e-mail, search index updates). Immediate unless production configures the database backend.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

WAGTAIL_SITE_NAME = "Tulevaisuuden Vaasa"
# SVG joins the raster formats so that drawn illustrations stay vector; templates keep them SVG with preserve-svg.
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp", "svg"]
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        # All three languages share one index table, so a language-neutral configuration; results are filtered
        # by the active locale. See docs/decisions.md.
        "SEARCH_CONFIG": "simple",
    }
}
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# No Gravatar: the admin would send a hash of every editor's e-mail address to a third party on each page view,
# and fetch images from a host that a Content-Security-Policy of 'self' blocks. Wagtail shows its default avatar.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]

# Only staff log in. A session lasts a working day from the login (portal/sessions.py), not Django's two weeks: a
# laptop left logged in overnight is not an open admin the next morning.
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 9 * 3600)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# Content-Security-Policy (django-csp). Public pages run no inline script or style at all, so the policy has no
# nonce: a cached page is served whole to everyone, and a nonce in it would be replayed. The admin gets inline
# styles on top (portal/security.py); scripts stay 'self' everywhere.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    }
}
# The portal uses none of these browser features; a page that is injected into cannot ask for them either.
PERMISSIONS_POLICY = {
    "camera": [],
    "microphone": [],
    "geolocation": [],
    "payment": [],
    "usb": [],
    "browsing-topics": [],
}
# Editors' avatars would come from gravatar.com (a third party learning who edits) and the dashboard would ask
# releases.wagtail.org for updates: both are blocked by the policy above, and neither is wanted.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Every search-index and reference-index update is a task; its life cycle is not news.
        "django_tasks": {"level": "WARNING"},
    },
}

SILENCED_SYSTEM_CHECKS = []

# Rate limits of the public forms are counted in the default cache. Redis makes the count shared by all app
# servers; without PORTAL_REDIS_URL (make run, tests) there is one process whose local-memory cache is shared by its
# threads, which is correct there, so django-ratelimit's error about that cache is silenced only in that case.
# Its W001 only says that our Redis backend is not on its list; its incr() is Redis's atomic INCR, which is what
# the counting needs. While Redis is away the counts go on in each process's memory (home/cache_backend.py).
SILENCED_SYSTEM_CHECKS += ["django_ratelimit.W001"]
if not REDIS_URL:
    SILENCED_SYSTEM_CHECKS += ["django_ratelimit.E003"]
# Behind reverse proxies, the header that carries the client's address (home/client_address.py): HTTP_X_REAL_IP
# when the one proxy in front overwrites X-Real-IP, or HTTP_X_FORWARDED_FOR with PORTAL_TRUSTED_PROXY_COUNT set to
# the number of proxies that append to it (nginx alone: 1; a load balancer and nginx: 2). The client is the
# right-most entry no proxy of ours wrote; anything left of it may be the client's own invention.
RATELIMIT_IP_META_KEY = env("CLIENT_IP_META_KEY") or None
PORTAL_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 1)
# The addresses (or networks) of the proxies that connect to the app servers: only their X-Forwarded-Proto is believed.
PORTAL_TRUSTED_PROXY_ADDRESSES = env_list("TRUSTED_PROXY_ADDRESSES", "127.0.0.1,::1")
# Failed admin logins allowed per user name and per client address in a window (portal/login.py). An office
# behind one address shares the second count, so it is the larger.
ADMIN_LOGIN_FAILURES_PER_USERNAME = env("ADMIN_LOGIN_FAILURES_PER_USERNAME", "5/15m")
ADMIN_LOGIN_FAILURES_PER_ADDRESS = env("ADMIN_LOGIN_FAILURES_PER_ADDRESS", "20/15m")

# The second factor of a staff login (portal/second_factor/). Wrong codes count in the throttle above, with wrong
# passwords; django-otp's own per-device delays are off, since they would let a guesser hold the real person back
# and are counted per app server rather than in the shared cache.
ADMIN_SECOND_STEP_SECONDS = env_int("ADMIN_SECOND_STEP_SECONDS", 5 * 60)  # from the right password to the code
ADMIN_RECOVERY_CODES = env_int("ADMIN_RECOVERY_CODES", 10)
ADMIN_RECOVERY_CODES_LOW = 2  # at or below this many left, a login with one of them says so
OTP_TOTP_ISSUER = "Tulevaisuuden Vaasa"
OTP_TOTP_THROTTLE_FACTOR = 0
OTP_STATIC_THROTTLE_FACTOR = 0
# Admin password reset requests allowed per client address and per target e-mail address (portal/password_reset.py).
ADMIN_PASSWORD_RESETS_PER_ADDRESS = env("ADMIN_PASSWORD_RESETS_PER_ADDRESS", "10/h")
ADMIN_PASSWORD_RESETS_PER_EMAIL = env("ADMIN_PASSWORD_RESETS_PER_EMAIL", "3/h")
PARTICIPATION_MIN_FILL_SECONDS = 3
PARTICIPATION_MAX_FORM_AGE_SECONDS = 24 * 3600
PARTICIPATION_RATE_LIMITS_ENABLED = True
# Resident proposals: POSTs per client address to the proposal form, and days after a decision before the
# author's name and e-mail are removed (expire_proposal_personal_data, run daily by cron).
PARTICIPATION_PROPOSAL_RATE_LIMIT = env("PROPOSAL_RATE_LIMIT", "10/h")
# Look-ups of an idea's state by reference and e-mail address, per client address: enough for an author who
# mistypes, too few to try references or addresses in bulk.
PARTICIPATION_PROPOSAL_STATUS_RATE_LIMIT = env("PROPOSAL_STATUS_RATE_LIMIT", "10/h")
PARTICIPATION_PROPOSAL_RETENTION_DAYS = env_int("PROPOSAL_RETENTION_DAYS", 365)
# Days after an idea left undecided (new, in review, needs more information) last changed before its author's name
# and e-mail are removed by the same command: an idea nobody decides on must not keep them for ever.
PARTICIPATION_PROPOSAL_UNDECIDED_RETENTION_DAYS = env_int("PROPOSAL_UNDECIDED_RETENTION_DAYS", 365)
# Workshop sign-ups: POSTs per client address to a sign-up form, days after a workshop before its sign-ups are
# anonymised (anonymise_workshop_signups, daily), and days a personal manage link works.
WORKSHOP_SIGNUP_RATE = env("WORKSHOP_SIGNUP_RATE", "10/10m")
WORKSHOP_SIGNUP_RETENTION_DAYS = env_int("WORKSHOP_SIGNUP_RETENTION_DAYS", 90)
WORKSHOP_MANAGE_LINK_MAX_AGE_DAYS = env_int("WORKSHOP_MANAGE_LINK_MAX_AGE_DAYS", 400)
# E-mail subscriptions: POSTs per client address to a follow form, and days an unconfirmed subscription (and its
# confirmation link) lives before expire_subscriptions deletes it.
SUBSCRIPTION_RATE = env("SUBSCRIPTION_RATE", "10/h")
SUBSCRIPTION_CONFIRM_DAYS = env_int("SUBSCRIPTION_CONFIRM_DAYS", 3)
# The privacy notice states every figure above from these settings (participation/retention.py), never from prose.
