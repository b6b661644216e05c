"""A load balancer and an operator ask /healthz/ whether an app server can serve."""

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


def test_the_answer_names_the_database_when_it_is_down(client):
    def database_down():
        raise OperationalError("connection refused")

    with mock.patch.dict(health.CHECKS, database=database_down):
        response = client.get("/healthz/")

    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "checks": {"database": "unavailable", "cache": "ok"}}


def test_the_answer_names_the_cache_when_it_is_down(client):
    with mock.patch("portal.health.cache.set", side_effect=RedisConnectionError("Error 111 connecting")):
        response = client.get("/healthz/")

    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "ok", "cache": "unavailable"}
