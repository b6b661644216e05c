"""Behind reverse proxies, limits count by the address the proxies saw, not by what a client wrote in a header.

nginx's `$proxy_add_x_forwarded_for` and load balancers append the address they saw to whatever X-Forwarded-For the
client sent, so everything left of the proxies' own entries is the client's to invent.
"""

import pytest
from django.test import RequestFactory

from home.client_address import client_address
from participation.spam import is_flooding

LOGIN = "/admin/login/"
REAL_CLIENT = "203.0.113.7"


@pytest.fixture
def behind_nginx(settings):
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_FORWARDED_FOR"
    settings.PORTAL_TRUSTED_PROXY_COUNT = 1
    return settings


def fail_login(client, forwarded_for, number=0):
    return client.post(
        LOGIN,
        {"username": f"guess{number}", "password": "wrong"},
        headers={"x-forwarded-for": forwarded_for},
        REMOTE_ADDR="127.0.0.1",
    )


def test_a_password_sprayer_inventing_a_new_first_hop_each_time_is_still_stopped(client, behind_nginx, db):
    for number in range(20):
        response = fail_login(client, f"10.9.{number}.1, {REAL_CLIENT}", number)
        assert response.status_code == 200

    response = fail_login(client, f"spoof-{number}, {REAL_CLIENT}", 99)

    assert response.status_code == 429


def test_two_clients_behind_the_same_proxy_are_counted_apart(client, behind_nginx, db):
    for number in range(20):
        fail_login(client, REAL_CLIENT, number)

    assert fail_login(client, REAL_CLIENT, 50).status_code == 429
    assert fail_login(client, "198.51.100.20", 51).status_code == 200


def test_a_flood_of_public_form_posts_with_forged_first_hops_is_stopped(behind_nginx):
    factory = RequestFactory()
    posts = [
        factory.post("/fi/ehdota/", headers={"x-forwarded-for": f"198.18.0.{number}, {REAL_CLIENT}"})
        for number in range(4)
    ]

    verdicts = [is_flooding(request, group="test-proposal", rate="3/m") for request in posts]

    assert verdicts == [False, False, False, True]


def address_of(forwarded_for, *, remote_addr="10.0.0.2"):
    request = RequestFactory().get("/", headers={"x-forwarded-for": forwarded_for}, REMOTE_ADDR=remote_addr)
    return client_address("group", request)


def test_behind_a_load_balancer_and_nginx_the_client_is_second_from_the_right(settings):
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_FORWARDED_FOR"
    settings.PORTAL_TRUSTED_PROXY_COUNT = 2

    # The client wrote "1.2.3.4", the load balancer appended the client, nginx appended the load balancer.
    assert address_of(f"1.2.3.4, {REAL_CLIENT}, 10.0.0.9") == REAL_CLIENT


@pytest.mark.parametrize(
    ("forwarded_for", "counted_as"),
    [
        ("not-an-address", "10.0.0.2"),  # a misconfigured proxy: counted under the connection, not a key of choice
        (f"{REAL_CLIENT}:51234", REAL_CLIENT),  # some balancers append the port
        ("[2001:db8::1]:443", "2001:db8::1"),
        ("2001:DB8:0::1", "2001:db8::1"),  # one address, one count however it is spelt
        (" , ", "10.0.0.2"),
    ],
)
def test_only_an_ip_address_is_taken_from_the_header(behind_nginx, forwarded_for, counted_as):
    assert address_of(forwarded_for) == counted_as


def test_a_header_shorter_than_the_proxy_chain_is_not_believed(settings):
    # The request went round the load balancer: its one entry may be the client's own invention.
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_FORWARDED_FOR"
    settings.PORTAL_TRUSTED_PROXY_COUNT = 2

    assert address_of("192.0.2.99", remote_addr="10.0.0.2") == "10.0.0.2"


def test_a_header_the_proxy_overwrites_is_taken_as_it_is(settings):
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_REAL_IP"
    request = RequestFactory().get("/", headers={"x-real-ip": REAL_CLIENT}, REMOTE_ADDR="127.0.0.1")

    assert client_address("group", request) == REAL_CLIENT
