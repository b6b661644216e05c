"""`/healthz/`: is this app server able to serve? Asked by load balancers, systemd and the operators.

Answered by a middleware placed first, before the security middleware's HTTPS redirect, host validation, sessions
and the language prefix: a load balancer probes over plain HTTP by address, and the answer must not depend on any
of them. It checks the two services every request needs, each bounded by the short timeouts of the production
settings, and says in a small JSON body which one failed. Never cached.
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
    token = time.monotonic_ns()
    cache.set(CACHE_PROBE_KEY, token, timeout=30)
    if cache.get(CACHE_PROBE_KEY) != token:
        raise RuntimeError("the cache did not return what was just stored")


CHECKS = {"database": check_database, "cache": check_cache}


def health_status():
    """Run every check; return (healthy, {name: "ok" | "unavailable"})."""
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as error:  # A check that fails in any way means "no"; the class name says how.
            logger.warning("Health check failed: %s (%s)", name, type(error).__name__)
            results[name] = "unavailable"
        else:
            results[name] = "ok"
    return all(value == "ok" for value in results.values()), results


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info != HEALTH_PATH:
            return self.get_response(request)
        healthy, checks = health_status()
        response = JsonResponse({"status": "ok" if healthy else "unavailable", "checks": checks})
        response.status_code = 200 if healthy else 503
        add_never_cache_headers(response)
        return response
