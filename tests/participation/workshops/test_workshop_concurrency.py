"""Many people press "Sign up" at the same moment: nobody gets a seat that is not there, and nobody is lost.

These tests need real parallel transactions. On PostgreSQL they run for real (the seat check and the insert
happen under `SELECT ... FOR UPDATE` on the workshop row). CI sets PORTAL_REQUIRE_POSTGRES=1 in its PostgreSQL
pass, so there they fail, not skip, if the database is anything else. Without it (a developer's SQLite run) they
skip with the reason; `SQLiteImmediateTransactionTests` then shows the embedded database's own guarantee.
"""

import os
import threading
import time

from django.db import connection, connections
from django.test import Client, TransactionTestCase, override_settings
from wagtail.models import Site

from home.demo_support import add_translated_page
from home.models import HomePage
from participation.models import SignupState, WorkshopIndexPage, WorkshopPage, WorkshopSignup
from participation.workshops.services import RegistrationClosed, signup_cancel, signup_create
from tests.participation.workshops.support import INDEX_CONTENT, form_data, workshop_content, workshop_facts

PARALLEL_EXTRA = 20
REPETITIONS = 5


def require_postgres(test):
    if connection.vendor == "postgresql":
        return
    reason = f"the concurrency tests need PostgreSQL, and the database is {connection.vendor}"
    if os.environ.get("PORTAL_REQUIRE_POSTGRES") == "1":
        test.fail(f"PORTAL_REQUIRE_POSTGRES=1 but {reason}")
    test.skipTest(f"{reason} (set PORTAL_DATABASE_URL to a PostgreSQL database to run them)")


def run_in_parallel(functions):
    """Run the functions in threads released at the same instant; return their results in the same order."""
    barrier = threading.Barrier(len(functions))
    results = [None] * len(functions)

    def worker(index, function):
        try:
            barrier.wait()
            results[index] = function()
        except Exception as error:  # noqa: BLE001 - the test inspects every outcome
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(i, f)) for i, f in enumerate(functions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


class WorkshopTreeMixin:
    """A home page and a workshop listing, built afresh for each transactional test."""

    serialized_rollback = True

    def make_tree(self):
        site = Site.objects.get(is_default_site=True)
        site.hostname = "testserver"
        site.save()
        home = site.root_page.specific
        if not isinstance(home, HomePage):
            raise AssertionError("The migrations should leave a HomePage as the site root.")
        return add_translated_page(home, WorkshopIndexPage, INDEX_CONTENT)

    def make_workshop(self, index, slug, **facts):
        return add_translated_page(index, WorkshopPage, workshop_content(slug), facts=workshop_facts(**facts))


def sign_up(workshop, number):
    return lambda: signup_create(
        workshop=workshop,
        name=f"Osallistuja {number}",
        email=f"osallistuja{number}@example.com",
        stakeholder_group="student",
        language="fi",
    )


def assert_first_come_first_served(test, workshop, capacity, total):
    signups = list(WorkshopSignup.objects.filter(workshop=workshop).order_by("created_at", "pk"))
    test.assertEqual(len(signups), total, "every sign-up is stored, none lost")
    states = [signup.state for signup in signups]
    test.assertEqual(states.count(SignupState.CONFIRMED), capacity)
    test.assertEqual(states.count(SignupState.WAITLISTED), total - capacity)
    # Arrival order: the first `capacity` to get the lock have the seats; everyone after them waits, in order.
    test.assertEqual(states, [SignupState.CONFIRMED] * capacity + [SignupState.WAITLISTED] * (total - capacity))
    test.assertEqual([s.pk for s in signups], sorted(s.pk for s in signups))


def watch_seats(workshop, observed, stop):
    """Sample the committed seat count all through a run; it must never pass the capacity."""
    while not stop.is_set():
        observed.append(WorkshopSignup.objects.filter(workshop=workshop, state=SignupState.CONFIRMED).count())
    connections.close_all()


class CapacityUnderLoadTests(WorkshopTreeMixin, TransactionTestCase):
    def setUp(self):
        require_postgres(self)
        self.index = self.make_tree()

    def test_capacity_plus_twenty_parallel_signups_fill_the_seats_and_queue_the_rest_in_order(self):
        capacity = 5
        durations = []
        for round_number in range(REPETITIONS):
            workshop = self.make_workshop(self.index, f"ruuhka-{round_number}", capacity=capacity)
            started = time.perf_counter()
            results = run_in_parallel([sign_up(workshop, n) for n in range(capacity + PARALLEL_EXTRA)])
            durations.append(time.perf_counter() - started)
            errors = [result for result in results if isinstance(result, Exception)]
            self.assertEqual(errors, [], f"round {round_number}")
            self.assertTrue(all(result.created for result in results))
            assert_first_come_first_served(self, workshop, capacity, capacity + PARALLEL_EXTRA)
        print(
            f"\n{REPETITIONS} rounds of {capacity + PARALLEL_EXTRA} parallel sign-ups: {[round(d, 3) for d in durations]} s"
        )

    @override_settings(PARTICIPATION_RATE_LIMITS_ENABLED=False)
    def test_parallel_form_posts_through_the_site_never_overbook(self):
        capacity = 4
        workshop = self.make_workshop(self.index, "lomakeruuhka", capacity=capacity)
        url = workshop.url

        def post(number):
            def send():
                data = form_data(workshop, name=f"Osallistuja {number}", email=f"lomake{number}@example.com")
                return Client().post(url, data).status_code

            return send

        results = run_in_parallel([post(n) for n in range(capacity + PARALLEL_EXTRA)])
        self.assertEqual(results, [200] * (capacity + PARALLEL_EXTRA))
        assert_first_come_first_served(self, workshop, capacity, capacity + PARALLEL_EXTRA)

    def test_the_same_address_sent_in_parallel_makes_one_signup(self):
        workshop = self.make_workshop(self.index, "tuplat", capacity=5)
        results = run_in_parallel([sign_up(workshop, 7) for _ in range(10)])
        self.assertEqual(sum(1 for result in results if result.created), 1)
        self.assertEqual(WorkshopSignup.objects.filter(workshop=workshop).count(), 1)

    def test_parallel_cancels_and_signups_never_exceed_capacity_and_lose_no_one(self):
        capacity = 5
        for round_number in range(REPETITIONS):
            workshop = self.make_workshop(self.index, f"sekaisin-{round_number}", capacity=capacity)
            existing = [sign_up(workshop, 100 + n)().signup for n in range(capacity + 5)]
            confirmed = [s for s in existing if s.state == SignupState.CONFIRMED]
            waitlisted = [s for s in existing if s.state == SignupState.WAITLISTED]
            observed = []
            stop = threading.Event()
            watcher = threading.Thread(target=watch_seats, args=(workshop, observed, stop))
            watcher.start()
            jobs = [lambda s=s: signup_cancel(signup=s) for s in confirmed[:3] + waitlisted[:2]]
            jobs += [sign_up(workshop, 200 + n) for n in range(10)]
            results = run_in_parallel(jobs)
            stop.set()
            watcher.join()

            self.assertEqual([r for r in results if isinstance(r, Exception)], [])
            states = list(WorkshopSignup.objects.filter(workshop=workshop).values_list("state", flat=True))
            self.assertEqual(len(states), capacity + 5 + 10, "nobody lost")
            self.assertEqual(states.count(SignupState.CANCELLED), 5)
            self.assertEqual(states.count(SignupState.CONFIRMED), capacity, "freed seats went to the waitlist")
            self.assertEqual(states.count(SignupState.WAITLISTED), capacity + 5 + 10 - 5 - capacity)
            self.assertLessEqual(max(observed), capacity)


class SQLiteImmediateTransactionTests(WorkshopTreeMixin, TransactionTestCase):
    """The embedded SQLite default keeps the promise too: IMMEDIATE transactions serialise the writers."""

    def setUp(self):
        if connection.vendor != "sqlite":
            self.skipTest("this test is about the embedded SQLite database")
        self.index = self.make_tree()

    def test_parallel_signups_on_sqlite_never_overbook(self):
        capacity = 3
        workshop = self.make_workshop(self.index, "sqlite", capacity=capacity)
        results = run_in_parallel([sign_up(workshop, n) for n in range(capacity + 12)])
        self.assertEqual([r for r in results if isinstance(r, Exception)], [])
        assert_first_come_first_served(self, workshop, capacity, capacity + 12)


class RegistrationWindowUnderLoadTests(WorkshopTreeMixin, TransactionTestCase):
    def setUp(self):
        require_postgres(self)
        self.index = self.make_tree()

    def test_a_full_workshop_without_waitlist_turns_away_the_rest_without_storing_them(self):
        workshop = self.make_workshop(self.index, "eijonoa", capacity=3, waitlist_enabled=False)
        results = run_in_parallel([sign_up(workshop, n) for n in range(15)])
        self.assertEqual(sum(1 for r in results if isinstance(r, RegistrationClosed)), 12)
        self.assertEqual(WorkshopSignup.objects.filter(workshop=workshop, state=SignupState.CONFIRMED).count(), 3)
        self.assertEqual(WorkshopSignup.objects.filter(workshop=workshop).count(), 3)
