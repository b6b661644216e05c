"""Shared fixtures: a site whose home page exists in Finnish, Swedish and English."""

from io import StringIO

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.utils import translation
from wagtail.models import Locale, Site

from home.demo_support import add_translated_page, update_translated_page
from home.models import StandardPage
from tests.staff import log_in_staff


@pytest.fixture(scope="session")
def django_db_setup(request, django_db_setup, django_db_blocker):
    """Create the test database; when browser tests run, keep a copy of its migrated state (tests/browser)."""
    if any(item.get_closest_marker("browser") for item in request.session.items):
        from tests.browser.database import remember_migrated_state

        with django_db_blocker.unblock():
            remember_migrated_state()


@pytest.fixture
def admin_client(client, admin_user):
    """pytest-django's admin client, let in through the same door as every other staff login of the suite."""
    return log_in_staff(client, admin_user)


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the site's default language: a request through the test client leaves its own active."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="module")
def demo_content(django_db_setup, django_db_blocker):
    """The whole demo, loaded once for the tests of one module and rolled back after them.

    Loading it publishes every page in three languages and takes most of a minute: a module that reads the demo asks
    for this instead of loading it per test. Each test still runs in its own savepoint, so what one test changes is
    gone before the next.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", stdout=StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def site(db):
    site = Site.objects.get(is_default_site=True)
    # Tests talk to the test client's host.
    site.hostname = "testserver"
    site.save()
    return site


@pytest.fixture
def home(site):
    """The home page, published in all three languages."""
    return update_translated_page(
        site.root_page,
        {
            "fi": {"title": "Tulevaisuuden Vaasa", "slug": "koti", "hero_text": "Kehitämme Vaasaa yhdessä."},
            "sv": {"title": "Framtidens Vasa", "slug": "hem", "hero_text": "Vi utvecklar Vasa tillsammans."},
            "en": {"title": "Future Vaasa", "slug": "home", "hero_text": "We develop Vaasa together."},
        },
    )


@pytest.fixture
def translated_page(home):
    """A standard page under the home page, published in all three languages."""
    return add_translated_page(
        home,
        StandardPage,
        {
            "fi": {
                "title": "Ajatushautomo",
                "slug": "ajatushautomo",
                "show_in_menus": True,
                "introduction": "Ideat syntyvät ajatushautomoissa.",
            },
            "sv": {
                "title": "Tankesmedja",
                "slug": "tankesmedja",
                "show_in_menus": True,
                "introduction": "Idéerna föds i tankesmedjorna.",
            },
            "en": {
                "title": "Think tank",
                "slug": "think-tank",
                "show_in_menus": True,
                "introduction": "Ideas are born in the think tanks.",
            },
        },
    )
