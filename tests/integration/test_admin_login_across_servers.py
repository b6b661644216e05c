"""Someone guessing an editor's password cannot get more tries by switching app servers: both count together."""

import time
import uuid
import zlib

import pytest
import requests

from tests.integration.harness import client_address_with_time_left, form_fields

pytestmark = pytest.mark.integration

WINDOW = 15 * 60  # the production default, ADMIN_LOGIN_FAILURES_PER_USERNAME = "5/15m"


def user_name_with_time_left(*, at_least):
    """A user name whose counting window does not close during the test (django-ratelimit's window arithmetic)."""
    now = int(time.time())
    while True:
        name = f"guess-{uuid.uuid4().hex[:8]}"
        end = now - (now % WINDOW) + (zlib.crc32(name.encode()) % WINDOW)
        if end < now:
            end += WINDOW
        if end - now >= at_least:
            return name


def test_five_failed_logins_spread_over_both_servers_lock_the_user_name_on_both(stack):
    session = requests.Session()
    session.headers["X-Forwarded-For"] = client_address_with_time_left(period=WINDOW, at_least=120)
    user_name = user_name_with_time_left(at_least=120)

    def attempt(server):
        url = stack.url(server, "/admin/login/")
        fields = form_fields(session.get(url, timeout=10).text, containing="username")
        return session.post(url, data={**fields, "username": user_name, "password": "wrong"}, timeout=10)

    failures = [attempt(stack.SERVERS[number % 2]) for number in range(5)]
    locked = [attempt(server) for server in stack.SERVERS]

    assert [response.status_code for response in failures] == [200] * 5
    assert [response.status_code for response in locked] == [429, 429]
    assert "Liian monta epäonnistunutta kirjautumisyritystä." in locked[0].text
