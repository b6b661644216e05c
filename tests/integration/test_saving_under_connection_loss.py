"""Database connections are killed while people send proposals and sign-ups: every answer stays true.

pg_terminate_backend cuts the app servers' connections at random moments, also between a commit and its answer.
Afterwards: everything acknowledged is stored, every stored proposal has its moderators' notice queued, no one
was told "nothing was saved" about something that was, and sending the same form again makes no second copy.
"""

import json
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from tests.integration.harness import form_fields, wait_until
from tests.integration.test_proposals_across_servers import FIND_FORM
from tests.integration.test_signups_across_servers import create_workshop

pytestmark = pytest.mark.integration

FORMS_PER_THREAD = 12
THREADS_PER_FORM = 3
KILL_INTERVAL = 0.25
NOTHING_SAVED = ("nothing was saved", "mitään ei tallennettu", "ingenting sparades")
SAVED_ANSWERS = ("/thanks/", "Olemme vastaanottaneet ilmoittautumisesi.", "Lähettämäsi tiedot on tallennettu")


class Sender:
    """One person's browser: it opens a form, fills it in and sends it, through one app server."""

    def __init__(self, stack, server, address):
        self.stack = stack
        self.server = server
        self.session = requests.Session()
        self.session.headers.update({"X-Forwarded-For": address, "Accept-Language": "fi"})

    def open(self, path, containing):
        response = self.session.get(self.stack.url(self.server, path), timeout=30)
        assert response.status_code == 200
        return form_fields(response.text, containing=containing)

    def send(self, path, data):
        """POST the form; return (status, what the answer says), never following the redirect to the thanks."""
        try:
            response = self.session.post(
                self.stack.url(self.server, path), data=data, timeout=60, allow_redirects=False
            )
        except requests.RequestException as error:
            return None, type(error).__name__
        return response.status_code, response.headers.get("Location", "") + response.text


def acknowledged(status, text):
    return status in (200, 302) and any(answer in text for answer in SAVED_ANSWERS)


def said_nothing_saved(status, text):
    return status == 503 and any(words in text for words in NOTHING_SAVED)


class Killer(threading.Thread):
    """Terminate every connection the app servers and the worker hold to the stack's database, again and again."""

    def __init__(self, stack):
        super().__init__(daemon=True)
        self.stack = stack
        self.stop = threading.Event()
        self.terminated = 0

    def run(self):
        while not self.stop.wait(KILL_INTERVAL):
            rows = self.stack.sql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
                [self.stack.database],
            )
            self.terminated += sum(1 for (killed,) in rows if killed)


def test_killed_connections_never_lose_a_notice_nor_tell_an_untruth_and_resends_make_no_copies(stack):
    form = json.loads(stack.manage("shell", "-c", FIND_FORM).stdout.strip().splitlines()[-1])
    workshop = create_workshop(stack, 1000)
    run = uuid.uuid4().hex[:8]

    # Every person opens their forms before the trouble starts, and sends them from an address of their own.
    jobs = []
    for thread in range(THREADS_PER_FORM * 2):
        kind = "proposal" if thread < THREADS_PER_FORM else "signup"
        for number in range(FORMS_PER_THREAD):
            sender = Sender(stack, stack.SERVERS[(thread + number) % 2], f"10.{thread + 1}.{number + 1}.1")
            label = f"{run}-{thread}-{number}"
            if kind == "proposal":
                fields = sender.open(form["path"], "title")
                data = {
                    **fields,
                    "title": f"Idea {label}",
                    "description": "Katuvaloihin liiketunnistimet, jotta yöllä säästyy sähköä.",
                    "theme": "other",
                }
                jobs.append((thread, "proposal", sender, form["path"], data, f"Idea {label}"))
            else:
                fields = sender.open(workshop["path"], "email")
                email = f"osallistuja-{label}@example.fi"
                data = {
                    **fields,
                    "name": "Osallistuja",
                    "email": email,
                    "stakeholder_group": "resident",
                    "language": "fi",
                }
                jobs.append((thread, "signup", sender, workshop["path"], data, email))
    time.sleep(form["min_fill"] + 0.5)

    def send_all(thread):
        return [(job, *job[2].send(job[3], job[4])) for job in jobs if job[0] == thread]

    killer = Killer(stack)
    killer.start()
    try:
        with ThreadPoolExecutor(max_workers=THREADS_PER_FORM * 2) as pool:
            results = [result for batch in pool.map(send_all, range(THREADS_PER_FORM * 2)) for result in batch]
    finally:
        killer.stop.set()
        killer.join(10)
    for server in stack.SERVERS:
        wait_until(lambda server=server: stack.healthy(server), timeout=30, message=f"{server} did not recover")

    assert killer.terminated > 0, "no connection was killed: the test proved nothing"
    proposals = dict(stack.sql("SELECT title, id FROM participation_proposal WHERE title LIKE %s", [f"Idea {run}-%"]))
    signups = {
        email
        for (email,) in stack.sql(
            "SELECT email FROM participation_workshopsignup WHERE workshop_id = %s", [workshop["id"]]
        )
    }
    stored = {"proposal": set(proposals), "signup": signups}
    outcomes = {
        kind: [
            "saved" if acknowledged(status, text) else str(status)
            for (_t, k, *_rest), status, text in results
            if k == kind
        ]
        for kind in ("proposal", "signup")
    }
    print(f"terminated {killer.terminated} connections; answers: {outcomes}")  # noqa: T201 - shown with -s
    for kind, answers in outcomes.items():
        # Enough got through for the checks below to mean something. How many meet a killed connection depends on
        # the machine's load (15 of 36 sign-ups were saved in one CI run, 23 in a quiet one), so a quarter.
        assert answers.count("saved") >= len(answers) // 4, f"too few {kind}s were saved: {answers}"
    for (_thread, kind, _sender, _path, _data, key), status, text in results:
        # Saved, or "try again": never a server error, a form error or anything else.
        assert acknowledged(status, text) or status == 503, f"{kind} {key} got {status}: {text[:300]}"
        if acknowledged(status, text):
            assert key in stored[kind], f"{kind} {key} was acknowledged but is not stored"
        if key in stored[kind]:
            assert not said_nothing_saved(status, text), f"{kind} {key} is stored, yet the answer said nothing was"

    # Every stored proposal has its moderators' notice in the queue, committed with it.
    notices = stack.sql(
        "SELECT args_kwargs FROM django_tasks_database_dbtaskresult WHERE task_path LIKE %s",
        ["%notify_moderators_of_proposal"],
    )
    noticed = {json.loads(args)["args"][0] if isinstance(args, str) else args["args"][0] for (args,) in notices}
    missing = {title for title, pk in proposals.items() if pk not in noticed}
    assert not missing, f"proposals stored without their moderators' notice: {sorted(missing)}"

    # Everyone sends their form again, as a browser does after an answer that never came: no second copies.
    for (_thread, kind, sender, path, data, key), _status, _text in results:
        status, text = sender.send(path, data)
        assert acknowledged(status, text), f"resending {kind} {key} got {status}: {text[:300]}"
    ((proposal_rows, distinct_titles),) = stack.sql(
        "SELECT count(*), count(DISTINCT title) FROM participation_proposal WHERE title LIKE %s", [f"Idea {run}-%"]
    )
    assert proposal_rows == distinct_titles == FORMS_PER_THREAD * THREADS_PER_FORM
    ((signup_rows, distinct_emails),) = stack.sql(
        "SELECT count(*), count(DISTINCT lower(email)) FROM participation_workshopsignup WHERE workshop_id = %s",
        [workshop["id"]],
    )
    assert signup_rows == distinct_emails == FORMS_PER_THREAD * THREADS_PER_FORM
