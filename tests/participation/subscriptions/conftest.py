"""A think tank, an experiment and the workshop listing, published in three languages, for people to follow.

Built once per module and rolled back after it, as the demo is: publishing in three languages takes most of
twenty seconds, and every test here only adds subscriptions and pages of its own on top.
"""

import pytest
from django.db import transaction
from wagtail.models import Site

from home.demo_support import add_translated_page, update_translated_page
from participation.models import WorkshopIndexPage
from tests.factories import publish_catalog, publish_experiment, publish_think_tank, publish_vocabulary
from tests.participation.subscriptions.support import FOLLOW_URL
from tests.participation.workshops.support import INDEX_CONTENT

HOME = {
    "fi": {"title": "Tulevaisuuden Vaasa", "slug": "koti", "hero_text": "Kehitämme Vaasaa yhdessä."},
    "sv": {"title": "Framtidens Vasa", "slug": "hem", "hero_text": "Vi utvecklar Vasa tillsammans."},
    "en": {"title": "Future Vaasa", "slug": "home", "hero_text": "We develop Vaasa together."},
}


@pytest.fixture(scope="module")
def followable(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        site = Site.objects.get(is_default_site=True)
        site.hostname = "testserver"
        site.save()
        home = update_translated_page(site.root_page, HOME)
        vocabulary = publish_vocabulary()
        catalog = publish_catalog(home)
        think_tank = publish_think_tank(home, vocabulary)
        yield {
            "home": home,
            "think_tank": think_tank,
            "experiment": publish_experiment(catalog, think_tank, vocabulary),
            "workshops": add_translated_page(home, WorkshopIndexPage, INDEX_CONTENT),
        }
        transaction.set_rollback(True)


@pytest.fixture
def posting(client, django_capture_on_commit_callbacks):
    """Send the follow form as a person does, with the e-mails it causes sent before the answer is read."""

    def post(language, data, **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(FOLLOW_URL[language], data, **extra)

    return post
