"""`/healthz/`: is this app server able to serve? Asked by load balancers, systemd and the operators.

Answered by a middleware placed first, before the security middleware's HTTPS redirect, host validation, sessions
and the language prefix: a load balancer probes over plain HTTP by address, and the answer must not depend on any
of them. It checks the database and the cache, each bounded by the short timeouts of the production settings, and
says in a small JSON body which one failed. Never cached.

Only the database is a reason to leave the load balancer (503): without the cache the server still serves every
page, more slowly (home/cache_backend.py), so a cache outage answers 200 with the status "degraded". Taking every
server out because their shared Redis is down would turn a slow site into no site.
"""

import logging
import time

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers

HEALTH_PATH = "/healthz/"
CACHE_PROBE_KEY = "portal:healthz"

logger = logging.getLogger(__name__)


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    # The fail-soft cache hides an outage from set and get; its ping() does not.
    ping = getattr(cache, "ping", None)
    if ping is not None:
        ping()
    token = time.monotonic_ns()
    cache.set(CACHE_PROBE_KEY, token, timeout=30)
    if cache.get(CACHE_PROBE_KEY) != token:
        raise RuntimeError("the cache did not return what was just stored")


CHECKS = {"database": check_database, "cache": check_cache}
# Checks whose failure leaves the server able to serve: it stays in the load balancer, reported as degraded.
OPTIONAL_CHECKS = {"cache"}


def health_status():
    """Run every check; return (status, {name: "ok" | "unavailable"}), status being "ok", "degraded" or
    "unavailable"."""
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as error:  # A check that fails in any way means "no"; the class name says how.
            logger.warning("Health check failed: %s (%s)", name, type(error).__name__)
            results[name] = "unavailable"
        else:
            results[name] = "ok"
    failed = {name for name, value in results.items() if value != "ok"}
    if failed - OPTIONAL_CHECKS:
        return "unavailable", results
    return ("degraded" if failed else "ok"), results


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info != HEALTH_PATH:
            return self.get_response(request)
        status, checks = health_status()
        response = JsonResponse({"status": status, "checks": checks})
        response.status_code = 503 if status == "unavailable" else 200
        add_never_cache_headers(response)
        # Answered before the security middleware, so this one header is set here.
        response["X-Content-Type-Options"] = "nosniff"
        return response
