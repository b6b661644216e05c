"""Only the proxy in front may tell the app that a request came over HTTPS.

A client that reaches an app server round the proxy and sends `X-Forwarded-Proto: https` itself must not be treated
as secure: no HSTS for plain http, and no "https" page served to it as if it were.
"""

import pytest

HSTS = "Strict-Transport-Security"


@pytest.fixture
def behind_a_proxy(settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_HSTS_SECONDS = 3600
    settings.PORTAL_TRUSTED_PROXY_ADDRESSES = ["127.0.0.1", "10.20.0.0/16"]
    return settings


def fetch(client, address):
    return client.get("/robots.txt", headers={"x-forwarded-proto": "https"}, REMOTE_ADDR=address)


@pytest.mark.parametrize("proxy", ["127.0.0.1", "10.20.3.4"])
def test_the_proxys_word_that_the_request_was_https_is_believed(client, behind_a_proxy, proxy):
    response = fetch(client, proxy)

    assert response.status_code == 200
    assert response.wsgi_request.is_secure()
    assert HSTS in response.headers


@pytest.mark.parametrize("stranger", ["192.0.2.50", "10.21.0.1", "not-an-address", ""])
def test_a_stranger_saying_its_request_was_https_is_not_believed(client, behind_a_proxy, stranger):
    response = fetch(client, stranger)

    assert response.status_code == 200
    assert not response.wsgi_request.is_secure()
    assert HSTS not in response.headers


def test_a_stranger_is_still_sent_to_https(client, behind_a_proxy):
    behind_a_proxy.SECURE_SSL_REDIRECT = True

    response = fetch(client, "192.0.2.50")

    assert response.status_code == 301
    assert response.headers["Location"].startswith("https://")
