"""Gunicorn settings of the portal's app servers (make prod, the systemd units, the integration tests).

Each value can be changed through the environment: PORTAL_ followed by the name given to env() beside it. The
address comes from --bind.
"""

import os


def env(name, default):
    # The prefix of every variable the portal reads, as in portal/settings/base.py.
    return os.environ.get("PORTAL_" + name, default)


wsgi_app = "portal.wsgi:application"

# Sync workers: page rendering is CPU- and database-bound, and a slow client is the load balancer's problem.
# About two per core; several app servers behind a load balancer scale further.
workers = int(env("GUNICORN_WORKERS", "3"))
# A request that takes longer than this is killed (and logged), so one stuck request cannot take a worker forever.
timeout = int(env("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(env("GUNICORN_GRACEFUL_TIMEOUT", "30"))
# Recycle workers now and then: memory growth in a long-lived worker never becomes an outage.
max_requests = int(env("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = max_requests // 10

# Gunicorn's own idea of the scheme (wsgi.url_scheme) follows X-Forwarded-Proto only from these addresses. Django
# does not look at it: it reads the header itself (SECURE_PROXY_SSL_HEADER), and the header reaches it from any peer
# unless portal/proxies.py removes it, which it does for every address outside PORTAL_TRUSTED_PROXY_ADDRESSES. Both
# lists name the same proxies, so one defaults to the other.
forwarded_allow_ips = env("GUNICORN_FORWARDED_ALLOW_IPS", "") or env("TRUSTED_PROXY_ADDRESSES", "127.0.0.1")

# JSON lines on standard output, personal data scrubbed, no query strings or client addresses (portal/logs.py).
accesslog = "-"
errorlog = "-"
logger_class = "portal.logs.GunicornLogger"
loglevel = env("GUNICORN_LOG_LEVEL", "info")

# Gunicorn's runtime control socket has one default path per user: two app servers on one host would share it.
# Operators manage the servers through systemd (reload = HUP) instead.
control_socket_disable = True
