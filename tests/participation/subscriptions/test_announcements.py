"""Followers hear of a new workshop or an experiment's news once, in their language, at once or in a daily digest."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from experiments.choices import Decision, Status
from home.demo_support import add_translated_page, publish_translations
from participation.models import Delivery, WorkshopPage
from participation.subscriptions.models import Subscription
from participation.subscriptions.tasks import send_subscription_updates
from tests.participation.subscriptions.support import follow_data, follower
from tests.participation.workshops.support import workshop_content, workshop_facts

pytestmark = pytest.mark.django_db


@pytest.fixture
def publishing(django_capture_on_commit_callbacks):
    """Run what publishing queues (the immediate task backend of tests waits for the commit)."""

    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return run


def publish_workshop(followable, languages=("fi", "sv", "en"), slug="kiertotalous"):
    content = {code: text for code, text in workshop_content(slug).items() if code in languages}
    facts = workshop_facts(think_tank=followable["think_tank"], capacity=12)
    return add_translated_page(followable["workshops"], WorkshopPage, content, facts=facts)


def mails_to(address):
    return [message for message in mail.outbox if address in message.to]


def test_a_new_workshop_reaches_each_immediate_follower_once_in_their_language(followable, publishing):
    follower(followable["think_tank"], email="fi@example.com", frequency="immediate")
    follower(followable["workshops"], email="sv@example.com", language="sv", frequency="immediate")
    follower(followable["experiment"], email="other@example.com", frequency="immediate")
    mail.outbox.clear()

    workshop = publishing(publish_workshop, followable)
    # An editor publishes it again, with a fix: that is not news.
    publishing(workshop.save_revision().publish)

    (finnish,) = mails_to("fi@example.com")
    assert "Kiertotalouden työpaja" in finnish.body
    assert "Kaupungintalo, juhlasali" in finnish.body
    assert "12 paikkaa jäljellä" in finnish.body
    assert "/fi/" in finnish.body
    assert finnish.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    (swedish,) = mails_to("sv@example.com")
    assert "Workshop om cirkulär ekonomi" in swedish.body
    assert "Stadshuset, festsalen" in swedish.body
    assert "12 platser kvar" in swedish.body
    assert not mails_to("other@example.com")


def test_a_translation_not_yet_published_is_not_announced_in_its_language(followable, publishing):
    follower(followable["workshops"], email="fi@example.com", frequency="immediate")
    follower(followable["workshops"], email="sv@example.com", language="sv", frequency="immediate")
    mail.outbox.clear()

    workshop = publishing(publish_workshop, followable, languages=("fi",))

    assert len(mails_to("fi@example.com")) == 1
    assert not mails_to("sv@example.com")

    sv = workshop_content()["sv"]
    facts = workshop_facts(think_tank=followable["think_tank"], capacity=12)
    publishing(publish_translations, workshop, {"sv": WorkshopPage(**sv, **facts)})

    assert len(mails_to("fi@example.com")) == 1
    (swedish,) = mails_to("sv@example.com")
    assert "Workshop om cirkulär ekonomi" in swedish.body


def test_nothing_reaches_an_address_that_has_not_confirmed(followable, publishing, posting):
    posting("fi", follow_data(followable["workshops"], email="unsure@example.com", frequency="immediate"))
    mail.outbox.clear()

    publishing(publish_workshop, followable)

    assert not mails_to("unsure@example.com")
    assert not Delivery.objects.exists()


def test_the_digest_gathers_a_persons_news_into_one_email_at_most_once_a_day(followable, publishing):
    follower(followable["think_tank"], email="daily@example.com")
    follower(followable["experiment"], email="daily@example.com")
    mail.outbox.clear()

    publishing(publish_workshop, followable)
    experiment = followable["experiment"].specific
    experiment.status = Status.COMPLETED
    experiment.ends_on = experiment.starts_on or timezone.localdate()
    experiment.result = "Bussi kulki 210 matkaa päivässä."
    experiment.decision = Decision.SCALE_UP
    publishing(experiment.save_revision().publish)
    assert not mails_to("daily@example.com")

    publishing(call_command, "send_subscription_digests", stdout=None)
    publishing(call_command, "send_subscription_digests", stdout=None)

    (digest,) = mails_to("daily@example.com")
    assert digest.subject == "Päivän uutiset Tulevaisuuden Vaasasta"
    assert "Kiertotalouden työpaja" in digest.body
    assert "Kokeilun tila on nyt: Päättynyt" in digest.body
    assert "Kokeilun tulos on julkaistu." in digest.body
    assert "Kokeilusta on tehty päätös: Laajennetaan" in digest.body
    assert digest.extra_headers["List-Unsubscribe"].endswith("?all=1>")

    # A day later there is nothing new: nothing is sent.
    Subscription.objects.update(last_digest_at=timezone.now() - timedelta(days=1))
    publishing(call_command, "send_subscription_digests", stdout=None)
    assert len(mails_to("daily@example.com")) == 1


def test_a_digest_ones_click_unsubscribe_ends_every_subscription_it_covers(client, followable, publishing):
    follower(followable["think_tank"], email="daily@example.com")
    follower(followable["experiment"], email="daily@example.com")
    publishing(publish_workshop, followable)
    publishing(call_command, "send_subscription_digests", stdout=None)
    (digest,) = mails_to("daily@example.com")
    one_click = digest.extra_headers["List-Unsubscribe"].strip("<>").split("testserver", 1)[1]

    client.post(one_click, {"List-Unsubscribe": "One-Click"})

    assert not Subscription.objects.filter(email="daily@example.com").exists()


def test_a_follower_who_confirms_later_is_not_sent_old_news(followable, publishing):
    publishing(publish_workshop, followable)
    follower(followable["workshops"], email="late@example.com", frequency="immediate")
    mail.outbox.clear()

    # A translation is corrected and published again: the workshop is not new to someone who came afterwards.
    workshop = WorkshopPage.objects.get(slug="kiertotalous-sv")
    publishing(workshop.save_revision().publish)

    assert not mails_to("late@example.com")


def test_the_same_sending_task_run_twice_sends_once(followable, publishing):
    # What a second app server's task, or a worker restarted after its claim committed, finds: nothing left to send.
    subscription = follower(followable["think_tank"], email="twice@example.com", frequency="immediate")
    publishing(publish_workshop, followable)
    assert len(mails_to("twice@example.com")) == 1

    publishing(send_subscription_updates.call, subscription.pk)
    publishing(send_subscription_updates.call, subscription.pk, digest=True)

    assert len(mails_to("twice@example.com")) == 1
    assert Delivery.objects.filter(subscription=subscription, sent_at__isnull=True).count() == 0
