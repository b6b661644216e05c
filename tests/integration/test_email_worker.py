"""E-mail leaves through real SMTP via the task worker, and a worker killed in the middle of its work loses none."""

import json
import re

import pytest

from tests.integration.harness import wait_until

pytestmark = pytest.mark.integration

OPERATOR = "operator@example.fi"


def queue_test_emails(stack, count):
    """Queue e-mails as an operator does; return the Message-IDs they will carry, one per task."""
    output = stack.manage("send_test_email", OPERATOR, "--count", str(count)).stdout
    task_ids = re.findall(r"^\s+([0-9a-f-]{36})$", output, flags=re.MULTILINE)
    assert len(task_ids) == count
    return task_ids, [f"<{task_id}@example.fi>" for task_id in task_ids]


def task_states(stack, task_ids):
    rows = stack.sql(
        "SELECT id::text, status, worker_ids FROM django_tasks_database_dbtaskresult WHERE id::text = ANY(%s)",
        [task_ids],
    )
    return {task_id: (status, worker_ids) for task_id, status, worker_ids in rows}


def test_queued_emails_leave_through_smtp_with_no_address_in_the_logs(stack, smtp):
    task_ids, message_ids = queue_test_emails(stack, 3)

    wait_until(
        lambda: all(smtp.received(message_id) for message_id in message_ids),
        timeout=60,
        message="the worker did not deliver the queued e-mails",
    )
    entry = smtp.received(message_ids[0])[0]
    assert entry["envelope_to"] == [OPERATOR]
    assert entry["message"]["From"] == "Tulevaisuuden Vaasa <kokeilut@example.fi>"
    assert entry["message"]["Subject"] == "Test message 1/3 from the portal"
    wait_until(
        lambda: {status for status, _workers in task_states(stack, task_ids).values()} == {"SUCCESSFUL"},
        timeout=10,
        message="delivered tasks were not recorded as done",
    )
    logs = stack.log_text()
    assert OPERATOR not in logs
    # Every line any process wrote is one JSON object.
    for line in logs.splitlines():
        json.loads(line)


def test_a_worker_killed_in_the_middle_of_sending_loses_no_email(stack, smtp):
    # The mail server stops in the middle of the fourth message and waits: the worker is busy sending it.
    smtp.hold_when(lambda message: message["Subject"].startswith("Test message 4/8 "))
    task_ids, message_ids = queue_test_emails(stack, 8)
    assert smtp.holding.wait(60), "the worker never reached the fourth e-mail"

    stack.kill_worker()
    smtp.release_held()

    states = task_states(stack, task_ids)
    interrupted = [task_id for task_id, (status, _workers) in states.items() if status == "RUNNING"]
    assert len(interrupted) == 1, "the worker was not killed in the middle of a task"
    assert sum(1 for message_id in message_ids if smtp.received(message_id)) == 3

    stack.start("worker")

    wait_until(
        lambda: all(smtp.received(message_id) for message_id in message_ids),
        timeout=90,
        message="e-mails queued before the worker was killed were not all delivered after its restart",
    )
    wait_until(
        lambda: {status for status, _workers in task_states(stack, task_ids).values()} == {"SUCCESSFUL"},
        timeout=10,
        message="the tasks were not all recorded as done",
    )
    # The interrupted task ran again under the new worker, and each message arrived once.
    (_status, workers) = task_states(stack, interrupted)[interrupted[0]]
    assert len(workers) == 2 and workers[0] != workers[1]
    assert all(len(smtp.received(message_id)) == 1 for message_id in message_ids)
    assert f"Requeued task id={interrupted[0]}" in stack.log_text()
