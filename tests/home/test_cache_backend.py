"""Redis goes away or hangs: the cache misses and drops writes quickly, keeps counting, and cleans up when it is back."""

import logging
import shutil
import signal
import socket
import subprocess
import time
import uuid

import pytest
import redis

from home import cache_backend
from home.cache_backend import CacheUnavailable, FailSoftRedisCache


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_cache(port, *, timeout=0.2):
    # A key prefix of its own: the outage state is per Redis location and prefix, shared by the process's threads.
    return FailSoftRedisCache(
        f"redis://127.0.0.1:{port}/0",
        {
            "KEY_PREFIX": f"test-{uuid.uuid4().hex[:8]}",
            "OPTIONS": {"socket_connect_timeout": timeout, "socket_timeout": timeout},
        },
    )


@pytest.fixture
def closed_port():
    """A port where nothing listens: a Redis that has stopped."""
    return free_port()


@pytest.fixture
def hung_port():
    """A port that accepts connections and never answers: a Redis that is stuck (SIGSTOP, a full network buffer)."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(64)
        yield listener.getsockname()[1]


@pytest.fixture
def redis_server(tmp_path):
    """A redis-server of this test's own on a free port, without persistence."""
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed")
    port = free_port()
    process = subprocess.Popen(  # noqa: S603
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],  # noqa: S607
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    client = redis.Redis(port=port, socket_timeout=1)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            if time.monotonic() > deadline:
                process.kill()
                raise
            time.sleep(0.05)
    yield process, port
    process.send_signal(signal.SIGCONT)
    process.kill()
    process.wait(10)


def test_a_stopped_redis_makes_reads_miss_and_writes_do_nothing_at_once(closed_port, caplog):
    cache = redis_cache(closed_port)
    started = time.monotonic()

    with caplog.at_level(logging.WARNING, logger="home.cache_backend"):
        cache.set("page", "<html>")
        assert cache.get("page") is None
        assert cache.get("page", "default") == "default"
        assert cache.get_many(["page", "version"]) == {}
        assert cache.set_many({"a": 1, "b": 2}) == ["a", "b"]
        assert cache.has_key("page") is False
        cache.delete("page")
        cache.delete_many(["a", "b"])

    assert time.monotonic() - started < 0.5
    # One warning for the outage, not one per call.
    outage_warnings = [record for record in caplog.records if "Cache unavailable" in record.getMessage()]
    assert len(outage_warnings) == 1


def test_a_hung_redis_costs_one_timeout_then_nothing_until_the_retry(hung_port, monkeypatch):
    monkeypatch.setattr(cache_backend, "RETRY_SECONDS", 0.5)
    cache = redis_cache(hung_port, timeout=0.2)

    started = time.monotonic()
    for _ in range(50):
        assert cache.get("page") is None
    assert time.monotonic() - started < 0.4, "every call waited for the hung server"

    # After the pause one call tries again, and waits once more.
    time.sleep(0.5)
    started = time.monotonic()
    assert cache.get("page") is None
    assert 0.15 < time.monotonic() - started < 0.4


def test_counts_go_on_in_the_process_while_redis_is_away(closed_port, caplog):
    cache = redis_cache(closed_port)

    with caplog.at_level(logging.WARNING, logger="home.cache_backend"):
        assert cache.add("count", 1, 60) is True
        assert cache.add("count", 1, 60) is False
        assert cache.incr("count") == 2
        assert cache.incr("count", 3) == 5
        assert cache.get("count") == 5
        with pytest.raises(ValueError):
            cache.incr("never-added")

    local_counting = [record for record in caplog.records if "counted in each process" in record.getMessage()]
    assert len(local_counting) == 1


def test_the_health_check_hears_that_redis_is_away(closed_port):
    with pytest.raises(CacheUnavailable):
        redis_cache(closed_port).ping()


def test_redis_back_after_a_pause_forgets_what_changed_meanwhile(redis_server, monkeypatch, caplog):
    process, port = redis_server
    monkeypatch.setattr(cache_backend, "RETRY_SECONDS", 0.3)
    cache = redis_cache(port)
    cache.set("session", {"user": 7})
    cache.set("version", 1)
    cache.set("untouched", "kept")

    process.send_signal(signal.SIGSTOP)
    # While Redis hangs, someone logs out and an editor publishes: neither reaches Redis.
    cache.delete("session")
    cache.set("version", 2)
    assert cache.get("untouched") is None

    process.send_signal(signal.SIGCONT)
    time.sleep(0.3)
    with caplog.at_level(logging.WARNING, logger="home.cache_backend"):
        # The logged-out session does not come back, nor does the old version: both are gone, and rebuilt from
        # the database by whoever asks next.
        assert cache.get("session") is None
        assert cache.get("version") is None
        assert cache.get("untouched") == "kept"

    assert any("Cache available again" in record.getMessage() for record in caplog.records)
    cache.set("version", 3)
    assert cache.get("version") == 3


def test_a_redis_that_refuses_writes_when_full_is_no_error(redis_server, caplog):
    _process, port = redis_server
    cache = redis_cache(port)
    cache.set("page", "old")
    redis.Redis(port=port).config_set("maxmemory-policy", "noeviction")
    redis.Redis(port=port).config_set("maxmemory", "1")

    with caplog.at_level(logging.WARNING, logger="home.cache_backend"):
        cache.set("other", "x" * 1000)
        cache.set("page", "x" * 1000)

    # Every write is refused while Redis is full: one warning says so, not one per write.
    assert [record.getMessage() for record in caplog.records] == ["Cache refused set (OutOfMemoryError)"]

    # Not the old page, which Redis still held: the refused write took it away.
    assert cache.get("page") is None
    # Refusing is not being away: the next read still asks Redis.
    redis.Redis(port=port).config_set("maxmemory", "0")
    cache.set("page", "ok")
    assert cache.get("page") == "ok"
