"""A resident who follows a think tank hears of its new workshop once: published through one app server, published
again through the other, and with the worker killed in the middle of sending and started again."""

import json
import re
import time
import uuid

import pytest
import requests

from tests.integration.harness import admin_session, form_fields, publish, wait_until

# The value of the editor's "Publish in Finnish first (urgent)" button (home/translation_publishing).
URGENT_PUBLISH = "urgent-finnish-first"

pytestmark = pytest.mark.integration

CREATE_DRAFT_WORKSHOP = """
import json
from datetime import timedelta
from django.conf import settings
from django.utils import timezone
from experiments.models import ThinkTankPage
from participation.models import WorkshopIndexPage, WorkshopPage
think_tank = ThinkTankPage.objects.live().filter(locale__language_code="fi").order_by("pk").first()
index = WorkshopIndexPage.objects.filter(locale__language_code="fi").first()
starts = timezone.now() + timedelta(days=30)
page = WorkshopPage(
    title="{title}", slug="{slug}", starts_at=starts, ends_at=starts + timedelta(hours=2), venue="Kaupungintalo",
    languages=["fi"], capacity=20, think_tank=think_tank, live=False,
)
index.add_child(instance=page)
page.save_revision()
print(json.dumps({{"think_tank": think_tank.pk, "workshop": page.pk, "min_fill": settings.PARTICIPATION_MIN_FILL_SECONDS}}))
"""


def draft_workshop(stack, title):
    """A workshop of a Finnish think tank, drafted but not yet published; return the ids and the form's limits."""
    script = CREATE_DRAFT_WORKSHOP.format(title=title, slug=f"tyopaja-{uuid.uuid4().hex[:8]}")
    return json.loads(stack.manage("shell", "-c", script).stdout.strip().splitlines()[-1])


def publish_urgently(editor, edit_url):
    """Publish the Finnish workshop at once, its Swedish version to follow: the editor's urgent-notice button,
    which keeps the story to the news and its sending rather than to the translation's round."""
    publish(editor, edit_url, **{"action-publish": URGENT_PUBLISH})


def mails_to(smtp, address):
    return [entry["message"] for entry in smtp.messages if address in entry["envelope_to"]]


def path_of(link):
    return re.sub(r"^https?://[^/]+", "", link)


def tasks_pending(stack):
    """Tasks the worker still has to run now (later retries of a mail server's "not now" excluded)."""
    ((count,),) = stack.sql(
        "SELECT count(*) FROM django_tasks_database_dbtaskresult WHERE status = 'RUNNING'"
        # A task queued without a time has the farthest date there is as its run_after.
        " OR (status = 'READY' AND (run_after <= now() OR run_after > now() + interval '1000 years'))"
    )
    return count


def sending_runs(stack, subscription_id):
    """What each run of the sending task for this subscription answered: whether it queued an e-mail."""
    rows = stack.sql(
        "SELECT return_value::text FROM django_tasks_database_dbtaskresult WHERE task_path LIKE %s"
        " AND args_kwargs->'args'->>0 = %s ORDER BY enqueued_at",
        ["%.send_subscription_updates", str(subscription_id)],
    )
    return [value for (value,) in rows]


def subscriptions_of(stack, address):
    return stack.sql("SELECT confirmed_at FROM participation_subscription WHERE email = %s", [address])


def test_a_follower_gets_one_email_per_new_workshop_across_servers_and_a_killed_worker(stack, smtp):
    resident = f"asukas-{uuid.uuid4().hex[:8]}@example.fi"
    title = f"Tulevaisuustyöpaja {uuid.uuid4().hex[:6]}"
    ids = draft_workshop(stack, title)

    # The resident asks to follow the think tank through one server, each piece of news at once.
    browser = requests.Session()
    browser.headers["X-Forwarded-For"] = "192.0.2.77"
    follow_page = browser.get(stack.url("web_a", f"/fi/follow/?page={ids['think_tank']}"), timeout=20)
    assert follow_page.status_code == 200
    fields = form_fields(follow_page.text, containing="email")
    time.sleep(ids["min_fill"] + 0.5)
    response = browser.post(
        stack.url("web_a", "/fi/follow/"), data={**fields, "email": resident, "frequency": "immediate"}, timeout=20
    )
    assert response.status_code == 200
    (confirmation,) = wait_until(
        lambda: mails_to(smtp, resident), timeout=60, message="no confirmation request reached the resident"
    )
    assert subscriptions_of(stack, resident) == [(None,)]

    # The link from the mail, opened on the other server: its page asks, its button confirms.
    confirm_link = re.search(r"https?://\S+/follow/confirm/\S+", confirmation.get_content())[0]
    confirm_url = stack.url("web_b", path_of(confirm_link))
    page = browser.get(confirm_url, timeout=20)
    assert page.status_code == 200
    assert browser.post(confirm_url, data=form_fields(page.text, containing="csrfmiddlewaretoken"), timeout=20).ok
    ((confirmed_at,),) = subscriptions_of(stack, resident)
    assert confirmed_at is not None
    ((subscription_id,),) = stack.sql("SELECT id FROM participation_subscription WHERE email = %s", [resident])

    # The mail server stops in the middle of the news and waits: the worker is busy sending it.
    smtp.hold_when(lambda message: resident in message["To"])
    editor = admin_session(stack, "web_a")
    publish_urgently(editor, stack.url("web_a", f"/admin/pages/{ids['workshop']}/edit/"))
    assert smtp.holding.wait(60), "the worker never began to send the news"

    # Meanwhile the same workshop is published again through the other server, which queues the sending again.
    publish_urgently(editor, stack.url("web_b", f"/admin/pages/{ids['workshop']}/edit/"))
    stack.kill_worker()
    smtp.release_held()
    assert mails_to(smtp, resident) == [confirmation]

    stack.start("worker")

    wait_until(lambda: len(mails_to(smtp, resident)) > 1, timeout=60, message="the news never reached the follower")
    wait_until(lambda: tasks_pending(stack) == 0, timeout=60, message="the worker did not finish its queue")
    news = mails_to(smtp, resident)[1:]
    assert len(news) == 1, [message["Subject"] for message in news]
    (message,) = news
    assert title in message.get_content()
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # The sending ran once per publish; the second run found the news already claimed and sent nothing.
    assert sending_runs(stack, subscription_id) == ["true", "false"]
    unsubscribe_link = re.search(r"<(\S+)>", str(message["List-Unsubscribe"]))[1]

    # The mail program's own unsubscribe button: one POST, no cookies, no token but the one in the address.
    response = requests.post(
        stack.url("web_b", path_of(unsubscribe_link)), data={"List-Unsubscribe": "One-Click"}, timeout=20
    )
    assert response.status_code == 200
    assert subscriptions_of(stack, resident) == []
