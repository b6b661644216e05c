"""A resident's proposals go to either app server; the form's rate limit counts them together."""

import json
import time
import uuid

import pytest
import requests

from tests.integration.harness import client_address_with_time_left, form_fields

pytestmark = pytest.mark.integration

FIND_FORM = """
import json
from django.conf import settings
from participation.models import ProposalFormPage
from participation.proposals.views import proposal_rate_limit
page = ProposalFormPage.objects.live().filter(locale__language_code="fi").first()
print(json.dumps({"path": page.get_url_parts()[2], "rate": proposal_rate_limit(),
                  "min_fill": settings.PARTICIPATION_MIN_FILL_SECONDS}))
"""


class Resident:
    """One browser, coming from one address through the load balancer, sending ideas to the server it is sent to."""

    def __init__(self, stack, address):
        self.stack = stack
        self.session = requests.Session()
        self.session.headers["X-Forwarded-For"] = address

    def open_form(self, server, path):
        response = self.session.get(self.stack.url(server, path), timeout=20)
        assert response.status_code == 200
        return form_fields(response.text, containing="title")

    def send(self, server, path, fields, title):
        data = {**fields, "title": title, "description": "Kaupunkipyöriä myös Palosaarelle.", "theme": "other"}
        return self.session.post(self.stack.url(server, path), data=data, timeout=30)


def stored(stack, title_prefix):
    ((count,),) = stack.sql("SELECT count(*) FROM participation_proposal WHERE title LIKE %s", [f"{title_prefix}%"])
    return count


def test_the_proposal_rate_limit_counts_posts_to_both_servers_together(stack):
    form = json.loads(stack.manage("shell", "-c", FIND_FORM).stdout.strip().splitlines()[-1])
    limit, period = form["rate"].split("/")
    limit = int(limit)
    period_seconds = {"s": 1, "m": 60, "h": 3600, "d": 86400}[period[-1]] * int(period[:-1] or 1)
    address = client_address_with_time_left(period=period_seconds, at_least=180)
    resident = Resident(stack, address)
    run = uuid.uuid4().hex[:8]
    servers = [stack.SERVERS[number % 2] for number in range(limit + 1)]
    forms = [resident.open_form(server, form["path"]) for server in servers]
    # A person takes a moment to write; the spam defence discards forms sent faster than that.
    time.sleep(form["min_fill"] + 0.5)

    statuses = [
        resident.send(server, form["path"], fields, f"Idea {run} {number}").status_code
        for number, (server, fields) in enumerate(zip(servers, forms, strict=True))
    ]

    # Half of the posts went to each server, yet the one past the limit is refused, wherever it landed.
    assert statuses == [200] * limit + [429]
    assert stored(stack, f"Idea {run} ") == limit
    refused = resident.send("web_a", form["path"], forms[0], f"Idea {run} again")
    assert refused.status_code == 429
    assert "Liian monta lähetystä" in refused.text

    neighbour = Resident(stack, client_address_with_time_left(period=period_seconds, at_least=60, taken={address}))
    fields = neighbour.open_form("web_b", form["path"])
    time.sleep(form["min_fill"] + 0.5)
    assert neighbour.send("web_b", form["path"], fields, f"Idea {run} neighbour").status_code == 200
    assert stored(stack, f"Idea {run} neighbour") == 1
