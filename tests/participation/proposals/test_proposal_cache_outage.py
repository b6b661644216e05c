"""The cache is away: a resident still sends a proposal, and a flood from one address is still held back."""

import socket
import uuid

import pytest
from django.test import override_settings

from participation.models import Proposal

from .conftest import FORM_URLS

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_away():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    caches = {
        "default": {
            "BACKEND": "home.cache_backend.FailSoftRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "KEY_PREFIX": f"test-{uuid.uuid4().hex[:8]}",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    with override_settings(CACHES=caches):
        yield


def test_a_resident_sends_a_proposal_while_the_cache_is_away(client, form_page, submission, redis_away):
    assert client.get(FORM_URLS["fi"]).status_code == 200

    response = client.post(FORM_URLS["fi"], submission(), REMOTE_ADDR="192.0.2.7")

    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200
    assert Proposal.objects.count() == 1


@override_settings(PARTICIPATION_PROPOSAL_RATE_LIMIT="3/h")
def test_a_flood_is_still_held_back_while_the_cache_is_away(client, form_page, submission, redis_away):
    for _ in range(3):
        assert client.post(FORM_URLS["fi"], submission(), REMOTE_ADDR="192.0.2.7").status_code == 302

    assert client.post(FORM_URLS["fi"], submission(), REMOTE_ADDR="192.0.2.7").status_code == 429
    assert client.post(FORM_URLS["fi"], submission(), REMOTE_ADDR="192.0.2.8").status_code == 302
    assert Proposal.objects.count() == 4
