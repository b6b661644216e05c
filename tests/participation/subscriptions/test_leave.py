"""A follower leaves in one click from any e-mail, or ends each of their subscriptions on one page."""

import pytest
from django.core import mail
from django.test import Client

from participation.models import Subscription
from participation.subscriptions.emails import subscription_email
from participation.subscriptions.tokens import manage_path
from tests.participation.subscriptions.support import follow_data, follower, manage_link, path_of

pytestmark = pytest.mark.django_db


def test_every_subscription_email_carries_the_rfc_8058_headers_and_the_link_in_its_body(followable, posting):
    posting("sv", follow_data(followable["think_tank"]))

    message = mail.outbox[0]
    link = manage_link(message)
    assert message.extra_headers["List-Unsubscribe"] == f"<{link}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert path_of(link).startswith("/sv/follow/manage/")


def test_a_mail_programs_one_click_post_unsubscribes_without_a_login_or_a_csrf_token(followable):
    subscription = follower(followable["think_tank"])
    # As a mail provider sends it (RFC 8058): a POST with this one field, no cookies, no CSRF token.
    provider = Client(enforce_csrf_checks=True)

    answer = provider.post(manage_path(subscription), {"List-Unsubscribe": "One-Click"})

    assert answer.status_code == 200
    assert not Subscription.objects.exists()
    # A second click, or the provider retrying, is not an error.
    assert provider.post(manage_path(subscription), {"List-Unsubscribe": "One-Click"}).status_code == 200


def test_opening_the_unsubscribe_link_changes_nothing(client, followable):
    subscription = follower(followable["think_tank"])

    page = client.get(manage_path(subscription))

    assert page.status_code == 200
    assert "Peruuta tilaus" in page.content.decode()
    assert Subscription.objects.filter(pk=subscription.pk).exists()


def test_the_manage_page_lists_every_subscription_of_the_address_and_ends_the_one_chosen(client, followable):
    think_tank = follower(followable["think_tank"])
    experiment = follower(followable["experiment"], frequency="immediate")
    someone_else = follower(followable["experiment"], email="other@example.com")

    page = client.get(manage_path(think_tank)).content.decode()
    assert followable["think_tank"].title in page
    assert followable["experiment"].title in page
    assert "other@example.com" not in page

    client.post(manage_path(think_tank), {"subscription": str(experiment.public_id)})
    # Another address's subscription cannot be ended from this link.
    client.post(manage_path(think_tank), {"subscription": str(someone_else.public_id)})

    assert set(Subscription.objects.values_list("pk", flat=True)) == {think_tank.pk, someone_else.pk}


def test_a_forged_manage_link_ends_nothing(client, followable):
    subscription = follower(followable["think_tank"])

    assert client.post(manage_path(subscription)[:-8] + "forged1/").status_code == 404
    assert Subscription.objects.filter(pk=subscription.pk).exists()


def test_the_confirmation_e_mail_itself_lets_the_person_cancel_the_request(followable):
    subscription = follower(followable["workshops"], language="en")
    message = subscription_email(subscription, "existing")

    assert manage_path(subscription) in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
