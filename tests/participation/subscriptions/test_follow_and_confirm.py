"""A resident follows a think tank, an experiment or the workshops with only an e-mail address, and confirms it."""

import re
import time
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from participation.models import Subscription
from participation.spam import HONEYPOT_FIELD, TIMESTAMP_FIELD, signed_render_time
from participation.subscriptions.models import Frequency
from tests.participation.subscriptions.support import (
    confirm_link,
    follow_data,
    last_mail_to,
    path_of,
)

pytestmark = pytest.mark.django_db

# What the confirmation e-mail and the pages say in each language: written, not machine-translated.
CONFIRM_SUBJECT = {
    "fi": "Vahvista tilauksesi",
    "sv": "Bekräfta din prenumeration",
    "en": "Confirm your subscription",
}
CONFIRM_BUTTON = {"fi": "Vahvista tilaus", "sv": "Bekräfta prenumerationen", "en": "Confirm the subscription"}
CONFIRMED = {
    "fi": "Tilauksesi on vahvistettu",
    "sv": "Din prenumeration är bekräftad",
    "en": "Your subscription is confirmed",
}


def translation_of(page, language):
    return page.get_translation(page.locale.__class__.objects.get(language_code=language)).specific


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_resident_follows_a_think_tank_in_their_language_and_confirms_with_the_button(
    client, followable, posting, language
):
    think_tank = translation_of(followable["think_tank"], language)
    page = client.get(think_tank.url)
    assert f'action="/{language}/follow/' in page.content.decode()

    answer = posting(language, follow_data(think_tank))

    assert answer.status_code == 200
    subscription = Subscription.objects.get()
    assert subscription.language == language
    assert subscription.followed_key == think_tank.translation_key
    assert subscription.frequency == Frequency.DIGEST
    assert not subscription.is_confirmed
    message = last_mail_to("aino@example.com")
    assert CONFIRM_SUBJECT[language] in message.subject
    assert think_tank.title in message.subject

    # The link is opened by the person, and before that perhaps by a mail scanner: opening it changes nothing.
    link = path_of(confirm_link(message))
    assert link.startswith(f"/{language}/")
    shown = client.get(link)
    assert CONFIRM_BUTTON[language] in shown.content.decode()
    subscription.refresh_from_db()
    assert not subscription.is_confirmed

    confirmed = client.post(link)
    assert CONFIRMED[language] in confirmed.content.decode()
    subscription.refresh_from_db()
    assert subscription.is_confirmed


def test_an_experiment_and_the_workshop_listing_have_the_form_too(client, followable, posting):
    for page in (followable["experiment"], followable["workshops"]):
        assert "follow-heading" in client.get(page.url).content.decode()
    # On the listing there is a choice: every new workshop, or only those of one think tank.
    listing = client.get(followable["workshops"].url).content.decode()
    assert followable["think_tank"].title in listing

    posting("fi", follow_data(followable["workshops"], follow=followable["think_tank"], email="b@example.com"))
    posting("fi", follow_data(followable["experiment"], email="b@example.com", frequency="immediate"))

    follows = {(s.kind, s.frequency) for s in Subscription.objects.filter(email="b@example.com")}
    assert follows == {("think_tank", "digest"), ("experiment", "immediate")}


def test_subscribing_twice_keeps_one_subscription_and_answers_the_same(client, followable, posting):
    think_tank = followable["think_tank"]
    first = posting("fi", follow_data(think_tank, email="Aino@Example.com "))
    again = posting("fi", follow_data(think_tank, email="aino@example.com"))

    assert Subscription.objects.count() == 1
    assert first.status_code == again.status_code == 200
    assert strip_tokens(first.content) == strip_tokens(again.content)
    # The address gets one message in an hour, however often it is typed in.
    assert len(mail.outbox) == 1

    Subscription.objects.update(confirmed_at=timezone.now(), link_sent_at=timezone.now() - timedelta(hours=2))
    known = posting("fi", follow_data(think_tank))
    assert strip_tokens(known.content) == strip_tokens(first.content)
    assert Subscription.objects.count() == 1
    assert len(mail.outbox) == 2
    assert "Seuraat jo" in mail.outbox[-1].subject


def strip_tokens(content):
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", content.decode())


def test_bad_input_is_shown_on_the_form_with_what_was_typed(client, followable, posting):
    think_tank = followable["think_tank"]
    answer = posting("fi", follow_data(think_tank, email="aino(at)example"))

    assert answer.status_code == 400
    html = answer.content.decode()
    assert "Kirjoita sähköpostiosoite muodossa" in html
    assert 'value="aino(at)example"' in html
    assert 'aria-describedby="follow-email_helptext follow-email_error"' in html or "follow-email_error" in html
    assert not Subscription.objects.exists()
    assert not mail.outbox


@pytest.mark.parametrize(
    "spam",
    [
        lambda: {HONEYPOT_FIELD: "http://spam.example"},
        lambda: {TIMESTAMP_FIELD: signed_render_time("subscription-follow", time.time())},
        lambda: {TIMESTAMP_FIELD: "forged"},
        lambda: {TIMESTAMP_FIELD: signed_render_time("proposal-form", time.time() - 60)},
    ],
    ids=["honeypot", "too fast", "forged stamp", "another form's stamp"],
)
def test_a_bot_gets_the_normal_answer_and_nothing_is_stored_or_sent(followable, posting, spam):
    answer = posting("fi", follow_data(followable["think_tank"], **spam()))

    assert answer.status_code == 200
    assert not Subscription.objects.exists()
    assert not mail.outbox


def test_a_flood_of_follow_requests_gets_a_clear_429(followable, posting, settings):
    settings.SUBSCRIPTION_RATE = "2/m"
    think_tank = followable["think_tank"]
    answers = [posting("fi", follow_data(think_tank, email=f"n{n}@example.com")).status_code for n in range(3)]

    assert answers == [200, 200, 429]
    assert Subscription.objects.count() == 2


def test_an_unconfirmed_request_expires_and_is_deleted_but_a_confirmed_one_stays(client, followable, posting, settings):
    settings.SUBSCRIPTION_CONFIRM_DAYS = 3
    think_tank = followable["think_tank"]
    posting("fi", follow_data(think_tank, email="late@example.com"))
    posting("fi", follow_data(think_tank, email="kept@example.com"))
    link = path_of(confirm_link(last_mail_to("late@example.com")))
    Subscription.objects.filter(email="kept@example.com").update(confirmed_at=timezone.now())
    Subscription.objects.update(created_at=timezone.now() - timedelta(days=4))

    # The link has expired with the request: it says so, and confirms nothing.
    assert client.post(link).status_code in (404, 410)
    call_command("expire_subscriptions", stdout=None)

    assert list(Subscription.objects.values_list("email", flat=True)) == ["kept@example.com"]


def test_the_confirmation_link_expires_after_the_days_of_the_setting(client, followable, posting, settings):
    settings.SUBSCRIPTION_CONFIRM_DAYS = 1
    posting("fi", follow_data(followable["think_tank"]))
    link = path_of(confirm_link(mail.outbox[0]))
    settings.SUBSCRIPTION_CONFIRM_DAYS = 0

    time.sleep(1.1)
    answer = client.get(link)

    assert answer.status_code == 410
    assert "vanhentunut" in answer.content.decode()
    assert not Subscription.objects.get().is_confirmed


def test_a_forged_or_cut_confirmation_link_confirms_nothing(client, followable, posting):
    posting("fi", follow_data(followable["think_tank"]))
    link = path_of(confirm_link(mail.outbox[0]))

    assert client.post(link[:-6] + "xxxxx/").status_code == 404
    assert not Subscription.objects.get().is_confirmed


def test_a_tampered_form_that_names_no_followable_page_is_turned_away(client, followable):
    for origin in ("abc", "", str(followable["home"].pk)):
        answer = client.post("/fi/follow/", follow_data(followable["think_tank"], origin=origin))
        assert answer.status_code == 404
    assert not Subscription.objects.exists()
