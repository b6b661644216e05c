"""A load balancer and an operator ask /healthz/ whether an app server can serve."""

import socket
import uuid
from unittest import mock

import pytest
from django.db import OperationalError
from redis.exceptions import ConnectionError as RedisConnectionError

from portal import health

pytestmark = pytest.mark.django_db


def test_a_load_balancer_probing_by_address_over_http_hears_that_all_is_well(client, settings):
    settings.ALLOWED_HOSTS = ["kokeilut.example.fi"]
    settings.SECURE_SSL_REDIRECT = True

    response = client.get("/healthz/", headers={"host": "10.0.0.5:8001"})

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "cache": "ok"}}
    assert "no-store" in response["Cache-Control"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_the_answer_names_the_database_when_it_is_down(client):
    def database_down():
        raise OperationalError("connection refused")

    with mock.patch.dict(health.CHECKS, database=database_down):
        response = client.get("/healthz/")

    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "checks": {"database": "unavailable", "cache": "ok"}}


def test_the_cache_down_is_reported_as_degraded_and_keeps_the_server_in_the_load_balancer(client):
    with mock.patch("portal.health.cache.set", side_effect=RedisConnectionError("Error 111 connecting")):
        response = client.get("/healthz/")

    # The server still serves every page without its cache, only more slowly.
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "checks": {"database": "ok", "cache": "unavailable"}}
    assert response["X-Content-Type-Options"] == "nosniff"


def test_the_database_down_takes_the_server_out_whatever_the_cache_says(client):
    def database_down():
        raise OperationalError("connection refused")

    with (
        mock.patch.dict(health.CHECKS, database=database_down),
        mock.patch("portal.health.cache.set", side_effect=RedisConnectionError("Error 111 connecting")),
    ):
        response = client.get("/healthz/")

    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "checks": {"database": "unavailable", "cache": "unavailable"}}


def test_a_redis_that_does_not_answer_is_reported_although_the_cache_hides_it_from_pages(client, settings):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings.CACHES = {
        "default": {
            "BACKEND": "home.cache_backend.FailSoftRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "KEY_PREFIX": f"test-{uuid.uuid4().hex[:8]}",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }

    response = client.get("/healthz/")

    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "checks": {"database": "ok", "cache": "unavailable"}}
