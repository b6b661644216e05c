"""The address rate limits count by (admin logins, public forms).

Behind a reverse proxy, PORTAL_CLIENT_IP_META_KEY names the header that carries the client's address. A request
without that header did not come through the proxy (a health check, an operator on the host), so its own
connection's address is the client's; django-ratelimit's "ip" key would instead fail with a server error.
"""

from django.conf import settings


def client_address(group, request):
    meta_key = getattr(settings, "RATELIMIT_IP_META_KEY", None)
    if meta_key and request.META.get(meta_key):
        return request.META[meta_key]
    return request.META.get("REMOTE_ADDR", "")
