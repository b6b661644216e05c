"""One number that changes whenever published content changes.

Cached fragments (navigation, footer, language links, main content, workshop cards, blank forms) put it in their
keys; the page cache (home/page_cache.py) stores it with each page and compares it on reading: a publish anywhere
makes every old entry unreachable at once, on every app server that shares the cache, without tracking what depends
on what. Entries nobody reads any more expire on their own.
"""

import time
from contextlib import contextmanager
from contextvars import ContextVar

from django.core.cache import cache

CONTENT_VERSION_KEY = "portal:content-version"
# Set for the length of one reading request (home/page_cache.py), so that its page, fragments and site lookup use
# one version, read with one round trip to the cache instead of one per fragment.
_pinned_version = ContextVar("pinned_content_version", default=None)


@contextmanager
def pinned_content_version(version):
    token = _pinned_version.set(version)
    try:
        yield version
    finally:
        _pinned_version.reset(token)


def content_version():
    """Return the current content version, starting one if the cache has none."""
    pinned = _pinned_version.get()
    if pinned is not None:
        return pinned
    version = cache.get(CONTENT_VERSION_KEY)
    if version is None:
        # A time-based start, so a restarted local-memory cache never reuses an old number.
        version = time.time_ns()
        cache.add(CONTENT_VERSION_KEY, version, timeout=None)
        version = cache.get(CONTENT_VERSION_KEY, version)
    return version


def bump_content_version(**kwargs):
    """Make every cached fragment and page stale. Usable directly as a signal receiver."""
    try:
        cache.incr(CONTENT_VERSION_KEY)
    except ValueError:
        cache.set(CONTENT_VERSION_KEY, time.time_ns(), timeout=None)
