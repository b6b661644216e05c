"""A Redis cache that stays a cache: when Redis is away or hung, the site carries on without it.

Everything the cache holds can be rebuilt (pages, fragments, the content version, the site lookup, session copies
whose originals are in the database), so losing it should cost speed and nothing else. Django's RedisCache raises
the connection error into whatever view asked, which turned a Redis outage into a 500 on every page. Here:

- A connection error or timeout makes a read a miss and a write a no-op, logged as one warning per outage.
- A circuit breaker: after a failure the process leaves Redis alone for `RETRY_SECONDS`, then one call tries
  again. A hung Redis costs one socket timeout per few seconds per process, not one per call.
- Counting goes on: while Redis is away, `add`, `incr` and the reads behind them use a small memory of this
  process, so rate limits (django-ratelimit counts with add and incr) keep counting, per process, instead of
  failing closed or letting everything through. Logged once per outage.
- Writes that were dropped would leave an old value in Redis if it was only unreachable, not emptied (a session
  that was logged out, a content version that a publish did not bump). The keys are remembered, up to
  `STALE_KEYS_MAX`, and deleted when Redis answers again.

`ping()` talks to Redis for real and raises when it cannot: the health check asks it.
"""

import contextlib
import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

# Seconds a process leaves Redis alone after a failure before one call tries it again.
RETRY_SECONDS = 5
# Dropped writes remembered for deletion when Redis is back; beyond this, the oldest entries expire on their own.
STALE_KEYS_MAX = 10_000
# Seconds between warnings about a Redis that answers but refuses (full under noeviction, a read-only replica).
REFUSAL_LOG_SECONDS = 60
UNREACHABLE = (RedisConnectionError, RedisTimeoutError)


class CacheUnavailable(Exception):
    """Redis did not answer (or the breaker says it did not a moment ago)."""


class Breaker:
    """The outage state of one Redis location in this process, shared by all threads (Django makes one cache
    object per thread, so the state cannot live on it)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.down_since = None
        self.retry_at = 0.0
        self.stale_keys = set()
        self.counting_locally = False
        self.refusal_logged_at = None

    def should_log_refusal(self):
        """Return whether to log a refused call now: at most once a minute, as a full Redis refuses every write."""
        with self.lock:
            now = time.monotonic()
            if self.refusal_logged_at is not None and now - self.refusal_logged_at < REFUSAL_LOG_SECONDS:
                return False
            self.refusal_logged_at = now
            return True

    def is_down(self):
        return self.down_since is not None

    def is_open(self):
        with self.lock:
            return self.down_since is not None and time.monotonic() < self.retry_at

    def trip(self, error, what):
        with self.lock:
            first = self.down_since is None
            if first:
                self.down_since = time.monotonic()
            self.retry_at = time.monotonic() + RETRY_SECONDS
        if first:
            logger.warning(
                "Cache unavailable (%s during %s): serving without it, trying again every %s s",
                type(error).__name__,
                what,
                RETRY_SECONDS,
            )

    def close(self):
        """Record a call that reached Redis; return the stale keys to delete if this ends an outage."""
        with self.lock:
            if self.down_since is None:
                return None
            seconds = time.monotonic() - self.down_since
            stale, self.stale_keys = self.stale_keys, set()
            self.down_since = None
            self.counting_locally = False
        logger.warning(
            "Cache available again after %.1f s; deleting %d keys written during the outage", seconds, len(stale)
        )
        return stale

    def remember_stale(self, keys):
        with self.lock:
            room = STALE_KEYS_MAX - len(self.stale_keys)
            if room > 0:
                self.stale_keys.update(list(keys)[:room])

    def start_counting_locally(self):
        with self.lock:
            first = not self.counting_locally
            self.counting_locally = True
        if first:
            logger.warning("Cache unavailable: rate limits and other counts are counted in each process's memory")


_breakers = {}
_breakers_lock = threading.Lock()


def breaker_for(location):
    with _breakers_lock:
        return _breakers.setdefault(location, Breaker())


class FallbackCounts(LocMemCache):
    """This process's memory for counts while Redis is away. Keys are Redis's (maybe long): no memcached warnings."""

    def validate_key(self, key):
        pass


class FailSoftRedisCache(RedisCache):
    """Django's RedisCache whose reads miss and writes drop, instead of raising, while Redis is unreachable."""

    def __init__(self, server, params):
        super().__init__(server, params)
        location = server if isinstance(server, str) else ",".join(server)
        self.breaker = breaker_for(f"{location}|{self.key_prefix}")
        # The fallback counters: one LocMemCache name per location, so every thread of the process shares it.
        self.local = FallbackCounts(
            f"portal-fallback:{location}|{self.key_prefix}", {"OPTIONS": {"MAX_ENTRIES": 10_000}}
        )

    # The one gate every operation goes through.

    def _call(self, what, operation, *, fallback, keys=(), version=None):
        """Run `operation` against Redis, or `fallback` if Redis is away; `keys` are the ones a failure leaves stale."""
        if self.breaker.is_open():
            self._remember_stale(keys, version)
            return fallback()
        try:
            if self.breaker.is_down():
                # The first call after a pause: clean up what the outage left before doing anything else.
                self._cache.get_client(write=True).ping()
                self._recovered()
            return operation()
        except UNREACHABLE as error:
            self.breaker.trip(error, what)
            self._remember_stale(keys, version)
            return fallback()
        except RedisError as error:
            # Redis answered but refused (out of memory under noeviction, a read-only replica): the same for
            # the page, but not a reason to stop asking. A refused write must not leave the old value readable,
            # and deleting is allowed even when Redis is full.
            if self.breaker.should_log_refusal():
                logger.warning("Cache refused %s (%s)", what, type(error).__name__)
            if keys:
                with contextlib.suppress(RedisError):
                    self._cache.delete_many([self.make_and_validate_key(key, version=version) for key in keys])
            return fallback()

    def _remember_stale(self, keys, version):
        if keys:
            self.breaker.remember_stale(self.make_and_validate_key(key, version=version) for key in keys)

    def _recovered(self):
        stale = self.breaker.close()
        if stale is None:
            return
        self.local.clear()
        if stale:
            try:
                # Keys made already: straight to the client, which adds no prefix.
                self._cache.delete_many(list(stale))
            except RedisError:
                self.breaker.remember_stale(stale)
                raise

    def _counting(self, fallback):
        def counted():
            self.breaker.start_counting_locally()
            return fallback()

        return counted

    def ping(self):
        """Talk to Redis now; raise CacheUnavailable if it does not answer."""
        if self.breaker.is_open():
            raise CacheUnavailable("the cache failed a moment ago")
        try:
            self._cache.get_client(write=True).ping()
            self._recovered()
        except UNREACHABLE as error:
            self.breaker.trip(error, "ping")
            raise CacheUnavailable(type(error).__name__) from error

    # Reads: a miss, or this process's counters while Redis is away.

    def get(self, key, default=None, version=None):
        return self._call(
            "get",
            lambda: super(FailSoftRedisCache, self).get(key, default, version),
            fallback=lambda: self.local.get(key, default, version),
        )

    def get_many(self, keys, version=None):
        return self._call(
            "get_many",
            lambda: super(FailSoftRedisCache, self).get_many(keys, version),
            fallback=lambda: self.local.get_many(keys, version),
        )

    def has_key(self, key, version=None):
        return self._call(
            "has_key",
            lambda: super(FailSoftRedisCache, self).has_key(key, version),
            fallback=lambda: self.local.has_key(key, version),
        )

    # Counting: add and incr (django-ratelimit, the content version) go on in this process's memory.

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(
            "add",
            lambda: super(FailSoftRedisCache, self).add(key, value, timeout, version),
            fallback=self._counting(lambda: self.local.add(key, value, timeout, version)),
            keys=[key],
            version=version,
        )

    def incr(self, key, delta=1, version=None):
        return self._call(
            "incr",
            lambda: super(FailSoftRedisCache, self).incr(key, delta, version),
            fallback=self._counting(lambda: self.local.incr(key, delta, version)),
            keys=[key],
            version=version,
        )

    # Writes: dropped (and the key remembered as stale) while Redis is away.

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(
            "set",
            lambda: super(FailSoftRedisCache, self).set(key, value, timeout, version),
            fallback=lambda: None,
            keys=[key],
            version=version,
        )

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(
            "set_many",
            lambda: super(FailSoftRedisCache, self).set_many(data, timeout, version),
            fallback=lambda: list(data),
            keys=list(data),
            version=version,
        )

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(
            "touch",
            lambda: super(FailSoftRedisCache, self).touch(key, timeout, version),
            fallback=lambda: self.local.touch(key, timeout, version),
            keys=[key],
            version=version,
        )

    def delete(self, key, version=None):
        return self._call(
            "delete",
            lambda: super(FailSoftRedisCache, self).delete(key, version),
            fallback=lambda: self.local.delete(key, version),
            keys=[key],
            version=version,
        )

    def delete_many(self, keys, version=None):
        return self._call(
            "delete_many",
            lambda: super(FailSoftRedisCache, self).delete_many(keys, version),
            fallback=lambda: self.local.delete_many(keys, version),
            keys=keys,
            version=version,
        )

    def clear(self):
        # Emptying the whole cache is an operator's deliberate act: let them see that it did not happen.
        return super().clear()
