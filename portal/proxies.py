"""Believe a proxy's X-Forwarded-Proto only when the connection comes from the proxy.

SECURE_PROXY_SSL_HEADER makes Django read "this came over HTTPS" from a header, and Django believes it from any
peer. Gunicorn's forwarded_allow_ips only decides its own wsgi.url_scheme and passes the header on untouched. So a
client that reaches an app server round the proxy could make Django think a plain-http request was secure (HSTS,
secure cookies, the https in page-cache keys). The header is removed here, before anything reads it, unless the
connection's address is one of PORTAL_TRUSTED_PROXY_ADDRESSES.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


@lru_cache(maxsize=4)
def trusted_networks(addresses):
    """Return the networks named in a sequence of addresses and networks."""
    try:
        return [ipaddress.ip_network(item.strip(), strict=False) for item in addresses if item.strip()]
    except ValueError as error:
        raise ImproperlyConfigured(f"PORTAL_TRUSTED_PROXY_ADDRESSES: {error}") from error


def is_trusted_proxy(address, networks):
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


class TrustedProxyHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        header = (getattr(settings, "SECURE_PROXY_SSL_HEADER", None) or ("HTTP_X_FORWARDED_PROTO",))[0]
        networks = trusted_networks(tuple(settings.PORTAL_TRUSTED_PROXY_ADDRESSES))
        if header in request.META and not is_trusted_proxy(request.META.get("REMOTE_ADDR", ""), networks):
            del request.META[header]
        return self.get_response(request)
