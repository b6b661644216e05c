"""The address rate limits count by (admin logins, public forms, password resets).

Behind reverse proxies, PORTAL_CLIENT_IP_META_KEY names the header that carries the client's address, and
PORTAL_TRUSTED_PROXY_COUNT says how many proxies in front of the app each append one address to it. A client can
put anything in X-Forwarded-For before the first proxy appends the address it saw, so only the last
PORTAL_TRUSTED_PROXY_COUNT entries were written by someone trusted: the left-most of those, the right-most entry no
client could forge, is the client. A header overwritten by the proxy (nginx's X-Real-IP) holds one entry and a
count of 1 takes it.

A request without that header did not come through the proxy (a health check, an operator on the host), so its own
connection's address is the client's; django-ratelimit's "ip" key would instead fail with a server error. So is a
request whose header has fewer entries than there are proxies, or whose chosen entry is not an IP address: it went
round a proxy or met a misconfigured one, and counting it under the connection's address keeps it limited rather
than giving it a key of its own choosing.
"""

import ipaddress

from django.conf import settings


def _ip_address(text):
    """Return `text` as a normalised IP address string, or None; a port some balancers append is dropped."""
    text = text.strip()
    if text.startswith("[") and "]" in text:  # [2001:db8::1]:443
        text = text[1 : text.index("]")]
    elif text.count(":") == 1:  # 203.0.113.7:443
        text = text.split(":", 1)[0]
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        return None


def forwarded_address(header_value, trusted_proxies):
    """Return the client's address from a forwarding header written by `trusted_proxies` proxies, or None."""
    entries = [entry for entry in header_value.split(",") if entry.strip()]
    position = max(trusted_proxies, 1)
    # Fewer entries than proxies: the request skipped the outer ones, and any entry may be the client's own.
    if len(entries) < position:
        return None
    return _ip_address(entries[-position])


def client_address(group, request):
    meta_key = getattr(settings, "RATELIMIT_IP_META_KEY", None)
    header_value = request.META.get(meta_key) if meta_key else None
    if header_value:
        address = forwarded_address(header_value, getattr(settings, "PORTAL_TRUSTED_PROXY_COUNT", 1))
        if address:
            return address
    return request.META.get("REMOTE_ADDR", "")
