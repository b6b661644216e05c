"""Staff see how many follow what; only Moderators see addresses; export and erasure by e-mail cover subscriptions."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from participation.groups import MODERATORS_GROUP, ensure_moderators_group
from participation.models import Subscription
from participation.personal_data import registry as personal_data
from participation.retention import privacy_facts
from tests.participation.subscriptions.support import follower
from tests.staff import log_in_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("toimittaja", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


@pytest.fixture
def moderator(django_user_model):
    ensure_moderators_group()
    user = django_user_model.objects.create_user("moderaattori", password="pw")
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return user


def test_staff_see_counts_per_followed_thing_without_addresses(client, followable, editor):
    follower(followable["think_tank"], email="a@example.com")
    follower(followable["think_tank"], email="b@example.com", frequency="immediate")
    follower(followable["experiment"], email="a@example.com")
    log_in_staff(client, editor)

    page = client.get(reverse("subscription_follower_counts")).content.decode()

    assert followable["think_tank"].title in page
    assert "a@example.com" not in page
    assert client.get(reverse("wagtailsnippets_participation_subscription:list")).status_code in (302, 403)


def test_the_counts_cost_the_same_queries_for_few_and_many_followers(
    client, followable, editor, django_assert_max_num_queries
):
    log_in_staff(client, editor)
    follower(followable["think_tank"], email="first@example.com")
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("subscription_follower_counts"))
    for number in range(10):
        follower(followable["experiment"], email=f"n{number}@example.com")
    follower(followable["workshops"], email="w@example.com")
    with django_assert_max_num_queries(len(few)):
        client.get(reverse("subscription_follower_counts"))


def test_moderators_see_the_addresses(client, followable, moderator):
    follower(followable["think_tank"], email="a@example.com")
    log_in_staff(client, moderator)

    listing = client.get(reverse("wagtailsnippets_participation_subscription:list"))

    assert listing.status_code == 200
    assert "a@example.com" in listing.content.decode()


def test_export_and_erasure_by_email_cover_subscriptions(followable):
    follower(followable["think_tank"], email="aino@example.fi", language="sv")
    follower(followable["experiment"], email="aino@example.fi")
    follower(followable["experiment"], email="someone@example.fi")

    exported = personal_data.export_personal_data("Aino@Example.fi")["records"]["subscriptions"]
    assert {record["language"] for record in exported} == {"sv", "fi"}
    assert {record["email"] for record in exported} == {"aino@example.fi"}

    erased = personal_data.erase_personal_data("aino@example.fi")
    assert erased["subscriptions"] == 2
    assert list(Subscription.objects.values_list("email", flat=True)) == ["someone@example.fi"]


def test_the_privacy_notice_states_the_confirmation_period_and_the_rate_limit_from_the_settings(settings):
    settings.SUBSCRIPTION_CONFIRM_DAYS = 5
    settings.SUBSCRIPTION_RATE = "7/2h"

    with translation.override("en"):
        periods = " ".join(fact.period for fact in privacy_facts())

    assert "Deleted 5 days after you subscribed" in periods
    assert "Kept for 2 hours." in periods
