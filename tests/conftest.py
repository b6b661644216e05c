"""Shared fixtures: a site whose home page exists in Finnish, Swedish and English."""

import sys
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


# The modules whose behaviour depends on the database engine. CI runs the whole suite on SQLite (`make test`) and,
# on PostgreSQL, these with the browser and integration tests (`-m engine` in .ci/run): running every test on both
# took CI past its time, and most of them exercise Python that is the same on either. Add a module here when what
# it checks could differ on PostgreSQL.
ENGINE_SENSITIVE = {
    # Full-text search: Snowball stems on SQLite, language tsvectors and a GIN index on PostgreSQL; the recall
    # measured on the demo is promised for both (docs/search.md).
    "tests/home/test_search.py",
    "tests/home/test_demo_content.py",
    # Queries per page, promised for both engines (docs/benchmarks.md).
    "tests/test_query_counts.py",
    "tests/home/test_translation_status.py",
    # Row locks, unique constraints and what an IntegrityError does to the transaction around it (PostgreSQL
    # aborts it, SQLite does not): seats, duplicate sign-ups, one subscription and one mail per event.
    "tests/participation/workshops/test_workshop_concurrency.py",
    "tests/participation/workshops/test_workshop_signup_flow.py",
    "tests/participation/subscriptions/test_follow_and_confirm.py",
    "tests/participation/subscriptions/test_announcements.py",
    "tests/participation/proposals/test_proposal_flow.py",
    "tests/participation/proposals/test_proposal_status_lookup.py",
    # Text PostgreSQL refuses and SQLite keeps (NUL characters, odd encodings).
    "tests/security/test_fuzzed_input.py",
    "tests/security/test_odd_input.py",
    # Transactions, on-commit hooks and the task queue's table.
    "tests/operations/test_task_recovery.py",
    "tests/operations/test_task_in_transaction.py",
    "tests/operations/test_health.py",
    # Data migrations.
    "tests/participation/proposals/test_proposal_theme_migration.py",
    "tests/participation/workshops/test_workshop_think_tank_migration.py",
    # Filtering, sorting and counting in SQL: collation, distinct rows, years of Helsinki dates, aggregates.
    "tests/experiments/test_experiment_catalog.py",
    "tests/participation/figures/test_impact_figures.py",
    # Retention and erasure: deletes and updates by date and by e-mail address.
    "tests/participation/test_personal_data_requests.py",
    "tests/participation/proposals/test_proposal_personal_data.py",
    "tests/participation/workshops/test_workshop_personal_data.py",
    "tests/participation/subscriptions/test_staff_and_personal_data.py",
}


def _mark_engine_sensitive(config, items):
    root = config.rootpath
    for item in items:
        if item.path.relative_to(root).as_posix() in ENGINE_SENSITIVE:
            item.add_marker(pytest.mark.engine)


DEMO_FIXTURE = "demo_content"

# The transaction that holds the loaded demo while the tests that read it run, one after another.
_loaded_demo = {}


def _reads_the_demo(item):
    return item is not None and DEMO_FIXTURE in getattr(item, "fixturenames", ())


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by the marks added here
def pytest_collection_modifyitems(session, config, items):
    """Mark the engine-sensitive tests, and run every test that reads the demo in one stretch, where the first of
    them stands, so it is loaded once."""
    _mark_engine_sensitive(config, items)
    readers = [item for item in items if _reads_the_demo(item)]
    if not readers:
        return
    first = items.index(readers[0])
    others = [item for item in items if not _reads_the_demo(item)]
    items[:] = others[:first] + readers + others[first:]


@pytest.fixture(scope="session")
def demo_content(django_db_setup, django_db_blocker):
    """The whole demo, loaded once for all the tests that ask for it and rolled back after the last of them.

    Loading it publishes every page in three languages and takes more than a minute; the suite's tests that read it
    run in one stretch (pytest_collection_modifyitems above) inside one transaction. Each test still runs in its own
    savepoint, so what one test changes is gone before the next, and the tests after the stretch see no demo.
    """
    if not _loaded_demo:
        with django_db_blocker.unblock():
            holding = transaction.atomic()
            holding.__enter__()
            try:
                call_command("load_demo_content", stdout=StringIO())
            except BaseException:
                holding.__exit__(*sys.exc_info())
                raise
        _loaded_demo.update(holding=holding, blocker=django_db_blocker)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After the last test of the demo's stretch (and after its own fixtures are gone), roll the demo back."""
    result = yield
    if _loaded_demo and _reads_the_demo(item) and not _reads_the_demo(nextitem):
        holding, blocker = _loaded_demo.pop("holding"), _loaded_demo.pop("blocker")
        with blocker.unblock():
            transaction.set_rollback(True)
            holding.__exit__(None, None, None)
    return result


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
