"""Someone asking for an admin password reset gets the same quick answer whatever the address, and cannot flood.

The reset link is e-mailed by the task worker: the request only queues one task, the same for a staff address and
for an address nobody has, so neither the mail server's speed nor the lookup shows which addresses are accounts.
"""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tasks.signals import task_enqueued

RESET = "/admin/password_reset/"
STAFF_ADDRESS = "psu@example.fi"


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_superuser("psu", STAFF_ADDRESS, "correct horse battery")


@pytest.fixture
def enqueued():
    """The names of the tasks queued during the test, in order."""
    names = []

    def record(sender, task_result, **kwargs):
        names.append(task_result.task.name)

    task_enqueued.connect(record, dispatch_uid="tests.password_reset.enqueued")
    yield names
    task_enqueued.disconnect(dispatch_uid="tests.password_reset.enqueued")


@pytest.fixture
def queue_only(settings):
    """A task queue that only stores tasks, as the database queue does until the worker takes them."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def ask_reset(client, email, *, address="192.0.2.10", language="fi"):
    return client.post(RESET, {"email": email}, headers={"accept-language": language}, REMOTE_ADDR=address)


def test_the_reset_link_is_e_mailed_through_the_task_queue(client, staff, enqueued):
    response = ask_reset(client, STAFF_ADDRESS)

    assert response.status_code == 302
    assert enqueued == ["send_password_reset", "send_email"]
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [STAFF_ADDRESS]
    assert "http://testserver/admin/password_reset/confirm/" in message.body


def test_an_unknown_address_queues_the_same_task_and_gets_no_e_mail(client, staff, enqueued):
    response = ask_reset(client, "nobody@example.fi")

    assert response.status_code == 302
    assert enqueued == ["send_password_reset"]
    assert mail.outbox == []


def test_known_and_unknown_addresses_get_the_same_answer_after_the_same_work(client, staff, queue_only):
    answers = {}
    for email in (STAFF_ADDRESS, "nobody@example.fi"):
        with CaptureQueriesContext(connection) as queries:
            response = ask_reset(client, email, address=f"192.0.2.{len(answers) + 20}")
        answers[email] = (response.status_code, response.headers["Location"], response.content, len(queries))
        # The request itself never looks the account up and never talks to the mail server.
        assert not any("auth_user" in query["sql"] for query in queries.captured_queries)

    assert answers[STAFF_ADDRESS] == answers["nobody@example.fi"]
    assert mail.outbox == []


def test_one_mailbox_gets_at_most_three_reset_links_an_hour_however_many_addresses_ask(client, staff):
    for number in range(3):
        assert ask_reset(client, STAFF_ADDRESS, address=f"198.51.100.{number}").status_code == 302

    response = ask_reset(client, " PSU@example.fi ", address="198.51.100.99")

    assert response.status_code == 429
    assert "Liian monta salasanan palautuspyyntöä." in response.content.decode()
    assert len(mail.outbox) == 3


def test_one_address_trying_many_mailboxes_is_stopped_too(client, staff):
    for number in range(10):
        ask_reset(client, f"guess{number}@example.fi", address="203.0.113.5")

    response = ask_reset(client, STAFF_ADDRESS, address="203.0.113.5")

    assert response.status_code == 429
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("sv", "För många begäranden om att återställa lösenordet."),
        ("en", "Too many password reset requests."),
    ],
)
def test_the_limit_is_explained_in_swedish_and_in_english(client, staff, language, message):
    for _attempt in range(3):
        ask_reset(client, STAFF_ADDRESS, language=language)

    response = ask_reset(client, STAFF_ADDRESS, language=language)

    assert response.status_code == 429
    assert message in response.content.decode()


def test_the_reset_link_arrives_in_the_language_it_was_asked_in(client, staff):
    ask_reset(client, STAFF_ADDRESS, language="sv")

    assert "Vänligen följ länken för att återställa ditt lösenord" in mail.outbox[0].body
