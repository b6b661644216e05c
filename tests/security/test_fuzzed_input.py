"""Whatever text someone puts in an address or a form, the site answers it without a server error.

Property-based: hypothesis generates the text (any Unicode, raw bytes in the query string, odd digits, control
and direction characters) for every public GET parameter and both public forms, also sent with odd content types.
Examples are few and derived from a fixed seed, so the suite stays fast and every run checks the same cases.
"""

import time
from urllib.parse import quote, quote_from_bytes, urlencode

import pytest
from django.test import Client
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from participation.forms import SINGLE_LINE_FORBIDDEN
from participation.models import Proposal, WorkshopSignup
from participation.spam import HONEYPOT_FIELD, TIMESTAMP_FIELD, signed_render_time
from tests.participation.proposals.conftest import valid_submission
from tests.participation.workshops.support import form_data

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    database=None,
    # The site's pages are built once per test; every example reads them and changes only what it sends.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Values found to break things before, or that look like what an attacker tries first.
KNOWN_ODD = [
    "",
    "\x00",
    "a\x00",
    "²",
    "①",
    "٣",
    "𝟙",
    "9" * 30,
    "-1",
    "1.5",
    "NaN",
    "inf",
    "0x10",
    "1 OR 1=1",
    "' OR 1=1--",
    "&|!():*<->",
    "\r\nSubject: injected",
    "RTL \u202egnp.exe\u202c",
    "\ufeff",
    "\ud7ff\ue000",
]
odd_text = st.one_of(st.sampled_from(KNOWN_ODD), st.text(max_size=40))
# One value or a repeated parameter.
param_value = st.one_of(odd_text, st.lists(odd_text, min_size=2, max_size=3))

GET_ENDPOINTS = {
    "/en/search/": ["q", "page"],
    "/fi/kokeilut/": ["q", "status", "theme", "goal", "year", "think_tank", "sort", "page"],
    "/sv/forsok/csv/": ["q", "status", "theme", "goal", "year", "think_tank", "sort"],
    "/en/experiments/json/": ["q", "status", "theme", "goal", "year", "think_tank", "sort"],
    "/fi/kokeilut/feed/": ["q", "status", "theme", "goal", "year", "think_tank", "sort"],
    "/fi/ideat/": ["theme", "page"],
    "/sv/workshoppar/": ["page"],
}


ALL_PARAMETERS = sorted({name for names in GET_ENDPOINTS.values() for name in names})


@st.composite
def query_parameters(draw):
    """Generated values for some of the listings' parameters, and maybe raw bytes that are not UTF-8."""
    params = draw(st.dictionaries(st.sampled_from(ALL_PARAMETERS), param_value, min_size=1, max_size=4))
    raw = draw(st.one_of(st.just(b""), st.binary(min_size=1, max_size=12)))
    return params, raw


def address(path, params, raw):
    query = urlencode({name: value for name, value in params.items() if name in GET_ENDPOINTS[path]}, doseq=True)
    if raw:
        # Bytes that are not UTF-8 reach the server as they are, percent-encoded.
        query = "&".join(filter(None, [query, "q=" + quote_from_bytes(raw)]))
    return f"{path}?{query}" if query else path


@given(query=query_parameters(), token=odd_text)
@example(query=({"q": "a\x00", "theme": "²", "goal": "①", "page": "²"}, b""), token="\x00")
@example(query=({"theme": ["①", "1"], "goal": "9" * 30, "think_tank": "²", "year": "٣"}, b"\xff\xfe"), token="")
@FUZZ
def test_no_address_with_generated_parameters_gets_a_server_error(
    client, experiment, board_page, workshop, query, token
):
    for path in GET_ENDPOINTS:
        url = address(path, *query)
        assert client.get(url).status_code < 500, url
    manage = client.get(f"/en/workshop-signup/{quote(token, safe='')}/")
    assert manage.status_code in (200, 301, 302, 404, 410), token


# How a form can arrive: as browsers send it, declared in another character set, or not as a form at all.
CONTENT_TYPES = [
    "application/x-www-form-urlencoded",
    "application/x-www-form-urlencoded; charset=UTF-8",
    "application/x-www-form-urlencoded; charset=utf-7",
    "application/x-www-form-urlencoded; charset=latin-1",
    "application/x-www-form-urlencoded; charset=no-such-charset",
    "multipart/form-data",
    "multipart/form-data; boundary=",
    "text/plain",
    "application/json",
]


@pytest.fixture
def browser(form_page, settings):
    """A visitor's browser: CSRF checks on, the cookie from having seen a form, errors as responses."""
    # Every example posts from the same address, faster than the per-client limit allows.
    settings.PARTICIPATION_RATE_LIMITS_ENABLED = False
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.get("/fi/ehdota/")
    return client


def post(client, path, data, content_type):
    data = {**data, "csrfmiddlewaretoken": client.cookies["csrftoken"].value}
    if content_type == "multipart/form-data":
        return client.post(path, data)
    body = urlencode(data, doseq=True) if "form" in content_type else str(data)
    # generic() sends the bytes as they are: post() would encode them in the declared charset itself.
    return client.generic("POST", path, body.encode(), content_type=content_type)


def overrides(fields):
    return st.dictionaries(st.sampled_from(fields), param_value, max_size=3)


def assert_single_line(*values):
    for value in values:
        assert not SINGLE_LINE_FORBIDDEN.intersection(value), value


@given(
    changes=overrides(
        [
            "title",
            "description",
            "theme",
            "district",
            "name",
            "email",
            "contact_consent",
            "name_consent",
            TIMESTAMP_FIELD,
            HONEYPOT_FIELD,
        ]
    ),
    content_type=st.sampled_from(CONTENT_TYPES),
)
@example(changes={}, content_type="application/x-www-form-urlencoded; charset=utf-7")
@example(changes={"title": "RTL \u202egnp.exe\u202c", "name": "a\r\nb"}, content_type="multipart/form-data")
@FUZZ
def test_a_generated_proposal_is_stored_only_when_the_form_takes_it(browser, changes, content_type):
    before = Proposal.objects.count()
    data = valid_submission(**{TIMESTAMP_FIELD: signed_render_time("proposal", time.time() - 60)})
    data.update(changes)

    response = post(browser, "/fi/ehdota/", data, content_type)

    assert response.status_code < 500
    stored = Proposal.objects.count() - before
    event(f"{response.status_code}, stored {stored}")
    if response.status_code != 302:
        assert stored == 0, (response.status_code, changes)
    if stored:
        proposal = Proposal.objects.order_by("-pk").first()
        assert_single_line(proposal.title, proposal.district, proposal.name)


@given(
    changes=overrides(
        [
            "name",
            "email",
            "organisation",
            "stakeholder_group",
            "needs",
            "needs_details",
            "language",
            TIMESTAMP_FIELD,
            HONEYPOT_FIELD,
        ]
    ),
    content_type=st.sampled_from(CONTENT_TYPES),
)
@example(changes={}, content_type="application/x-www-form-urlencoded; charset=utf-7")
@example(changes={"organisation": "\u2066x\u2069", "name": "a\nb"}, content_type="multipart/form-data")
@FUZZ
def test_a_generated_sign_up_is_stored_only_when_the_form_takes_it(browser, workshop, changes, content_type):
    before = WorkshopSignup.objects.count()
    data = form_data(workshop, email=f"person{before}@example.com")
    data.update(changes)

    response = post(browser, "/fi/tyopajat/kiertotalous/", data, content_type)

    assert response.status_code < 500
    stored = WorkshopSignup.objects.count() - before
    event(f"{response.status_code}, stored {stored}")
    if response.status_code != 200 or "invalid-feedback" in response.content.decode():
        assert stored == 0, (response.status_code, changes)
    if stored:
        signup = WorkshopSignup.objects.order_by("-pk").first()
        assert_single_line(signup.name, signup.organisation)
