"""Workshop sign-ups reach both app servers at once: the seats, the waitlist and the rate limit hold across them."""

import json
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from tests.integration.harness import client_address_with_time_left, form_fields, wait_until

pytestmark = pytest.mark.integration

CAPACITY = 5
EXTRA = 20

CREATE_WORKSHOP = """
import json
from datetime import timedelta
from django.utils import timezone
from participation.models import WorkshopIndexPage, WorkshopPage
index = WorkshopIndexPage.objects.filter(locale__language_code="fi").first()
starts = timezone.now() + timedelta(days=30)
page = WorkshopPage(
    title="Integraatiotyöpaja", slug="{slug}", starts_at=starts, ends_at=starts + timedelta(hours=2),
    venue="Kaupungintalo", languages=["fi"], capacity={capacity}, waitlist_enabled=True, requires_approval=False,
)
index.add_child(instance=page)
# The seats are the story here, not the translations: a Finnish-only workshop goes live without waiting for Swedish.
from home.translation_publishing.swedish_ready import swedish_ready_waived
with swedish_ready_waived():
    page.save_revision().publish()
from django.conf import settings
from participation.workshops.views import signup_rate
print(json.dumps({{"id": page.pk, "path": page.get_url_parts()[2], "rate": signup_rate(),
                  "min_fill": settings.PARTICIPATION_MIN_FILL_SECONDS}}))
"""


def create_workshop(stack, capacity):
    """Publish a Finnish workshop with a waitlist as an editor would; return its id, path and the form's limits."""
    slug = f"tyopaja-{uuid.uuid4().hex[:8]}"
    output = stack.manage("shell", "-c", CREATE_WORKSHOP.format(slug=slug, capacity=capacity)).stdout
    return json.loads(output.strip().splitlines()[-1])


class Person:
    """One visitor with a browser of their own, coming from their own address through the load balancer."""

    def __init__(self, stack, server, number, address):
        self.stack = stack
        self.server = server
        self.email = f"osallistuja{number}-{uuid.uuid4().hex[:6]}@example.fi"
        self.session = requests.Session()
        self.session.headers["X-Forwarded-For"] = address
        self.fields = None

    def open_form(self, path):
        self.path = path
        response = self.session.get(self.stack.url(self.server, path), timeout=20)
        assert response.status_code == 200
        self.fields = form_fields(response.text, containing="email")

    def sign_up(self):
        data = {
            **self.fields,
            "name": "Osallistuja",
            "email": self.email,
            "stakeholder_group": "resident",
            "language": "fi",
        }
        return self.session.post(self.stack.url(self.server, self.path), data=data, timeout=60)


def signups(stack, workshop_id):
    return stack.sql(
        "SELECT email, state, created_at FROM participation_workshopsignup WHERE workshop_id = %s ORDER BY created_at",
        [workshop_id],
    )


def test_parallel_signups_through_both_servers_fill_the_seats_exactly_and_wait_list_the_rest(stack, smtp):
    workshop = create_workshop(stack, CAPACITY)
    people = [
        Person(stack, stack.SERVERS[number % 2], number, f"198.51.100.{number + 1}")
        for number in range(CAPACITY + EXTRA)
    ]
    for person in people:
        person.open_form(workshop["path"])
    # People take a moment to fill in the form; the spam defence discards forms sent faster than that.
    time.sleep(workshop["min_fill"] + 0.5)

    with ThreadPoolExecutor(max_workers=len(people)) as pool:
        responses = list(pool.map(Person.sign_up, people))

    assert [response.status_code for response in responses] == [200] * len(people)
    rows = signups(stack, workshop["id"])
    assert sorted(email for email, _state, _at in rows) == sorted(person.email for person in people)
    states = [state for _email, state, _at in rows]
    assert states.count("confirmed") == CAPACITY
    assert states.count("waitlisted") == EXTRA
    # In arrival order: everyone confirmed came before everyone waitlisted.
    assert states == ["confirmed"] * CAPACITY + ["waitlisted"] * EXTRA
    # And each person hears about it by e-mail, through the worker.
    wait_until(
        lambda: (
            {person.email for person in people}
            <= {address for entry in smtp.messages for address in entry["envelope_to"]}
        ),
        timeout=120,
        message="not every person got an e-mail about their sign-up",
    )


def test_the_rate_limit_counts_posts_to_both_servers_together(stack):
    workshop = create_workshop(stack, 100)
    limit, _per = workshop["rate"].split("/")
    limit = int(limit)
    address = client_address_with_time_left(period=600, at_least=180)
    people = [Person(stack, stack.SERVERS[number % 2], number, address) for number in range(limit + 1)]
    for person in people:
        person.open_form(workshop["path"])
    time.sleep(workshop["min_fill"] + 0.5)

    statuses = [person.sign_up().status_code for person in people]

    # Half of the posts went to each server, yet the one past the limit is refused, wherever it lands.
    assert statuses == [200] * limit + [429]
    assert len(signups(stack, workshop["id"])) == limit
    refused = people[-1].sign_up()
    assert refused.status_code == 429
    assert "Liian monta lähetystä" in refused.text

    someone_else = Person(stack, "web_b", 999, client_address_with_time_left(period=600, at_least=60, taken={address}))
    someone_else.open_form(workshop["path"])
    time.sleep(workshop["min_fill"] + 0.5)
    assert someone_else.sign_up().status_code == 200
