"""A researcher downloads the catalog and finds each experiment's path from the idea to the decision in it."""

import csv
import datetime
import io
import json
import uuid
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from experiments.models import ExperimentStatusChange
from home.cache import bump_content_version
from participation.models import (
    ProposalBoardPage,
    ProposalStatus,
    SignupState,
    WorkshopExperiment,
    WorkshopIndexPage,
    WorkshopPage,
    WorkshopProposal,
    WorkshopSignup,
)
from tests.factories import (
    ExperimentIndexPageFactory,
    ExperimentPageFactory,
    ProposalFactory,
    ThinkTankIndexPageFactory,
    ThinkTankPageFactory,
    UserFactory,
)
from tests.participation.lineage import support
from tests.participation.lineage.support import MINUTES, moment
from tests.staff import log_in_staff

# The same Runsor Express path as the page tests walk.
programme = support.programme
idea = support.idea
full_path = support.full_path

pytestmark = pytest.mark.django_db

LANGUAGES = {"fi": "/fi/kokeilut/", "sv": "/sv/forsok/", "en": "/en/experiments/"}


def rows(client, catalog_url):
    text = client.get(f"{catalog_url}csv/").content.decode("utf-8-sig")
    return {row["title"]: row for row in csv.DictReader(io.StringIO(text))}


def items(client, catalog_url):
    document = json.loads(client.get(f"{catalog_url}json/").content)
    return {item["title"]: item for item in document["experiments"]}


@pytest.fixture
def path(full_path):
    experiment = full_path["experiment"]
    return {
        **full_path,
        "titles": {p.locale.language_code: p.title for p in experiment.get_translations(inclusive=True)},
    }


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_csv_carries_the_main_dates_of_the_path(client, path, language):
    row = rows(client, LANGUAGES[language])[path["titles"][language]]
    assert row["idea_received_on"] == "2019-02-04"
    assert row["taken_up_on"] == "2019-03-01"
    assert row["workshops"] == "1"
    assert row["first_workshop_on"] == "2019-04-10"
    assert row["started_on"] == "2019-09-02"
    assert row["completed_on"] == "2020-05-29"
    assert row["decided_on"] == "2020-09-14"
    assert row["decision_body"] == {"fi": "kaupunginhallitus", "sv": "stadsstyrelsen", "en": "the city board"}[language]
    assert row["decision_minutes_url"] == MINUTES
    assert "lineage" not in row


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_json_carries_every_step_with_its_address_in_the_language(client, path, language):
    item = items(client, LANGUAGES[language])[path["titles"][language]]
    steps = item["lineage"]
    assert [(step["kind"], step["date"], step["state"]) for step in steps] == [
        ("idea_received", "2019-02-04", "done"),
        ("idea_published", "2019-02-20", "done"),
        ("taken_up", "2019-03-01", "done"),
        ("workshop", "2019-04-10", "done"),
        ("experiment_planned", "2019-06-10", "done"),
        ("experiment_started", "2019-09-02", "done"),
        ("experiment_completed", "2020-05-29", "done"),
        ("result", "2020-05-29", "done"),
        ("decision", "2020-09-14", "done"),
    ]
    board = {"fi": "/fi/ideat/", "sv": "/sv/ideer/", "en": "/en/ideas/"}[language]
    assert steps[0]["url"] == f"http://testserver{board}{path['idea'].reference}/"
    assert steps[3]["participants"] == 3
    assert steps[6]["url"] == item["url"]
    assert steps[8]["minutes_url"] == MINUTES
    assert steps[8]["decision_body"] == item["decision_body"]


def test_an_experiment_without_an_idea_or_decision_leaves_those_columns_empty(client, programme):
    item = items(client, "/fi/kokeilut/")["Runsor Express"]
    assert [step["kind"] for step in item["lineage"]] == ["experiment_planned", "experiment_started"]
    assert (item["idea_received_on"], item["taken_up_on"], item["first_workshop_on"]) == (None, None, None)
    assert (item["workshops"], item["completed_on"], item["decided_on"], item["decision_body"]) == (
        0,
        None,
        None,
        None,
    )


def test_an_upcoming_workshop_is_in_the_json_as_upcoming_and_not_counted_in_the_csv(client, programme):
    starts = timezone.now() + timedelta(days=20)
    workshop = programme["workshops"].add_child(
        instance=WorkshopPage(
            title="Palautetyöpaja",
            slug="palaute",
            starts_at=starts,
            ends_at=starts + timedelta(hours=2),
            capacity=20,
            venue="Kaupungintalo",
            languages=["fi"],
        )
    )
    WorkshopExperiment.objects.create(page=workshop, experiment=programme["experiment"])
    item = items(client, "/fi/kokeilut/")["Runsor Express"]
    workshop_step = next(step for step in item["lineage"] if step["kind"] == "workshop")
    assert (workshop_step["state"], workshop_step["participants"]) == ("upcoming", None)
    assert item["workshops"] == 0


def test_the_download_takes_as_many_queries_for_200_experiments_as_for_10(client, site):
    catalog = ExperimentIndexPageFactory(parent=site.root_page)
    think_tank = ThinkTankPageFactory(parent=ThinkTankIndexPageFactory(parent=site.root_page))
    site.root_page.add_child(instance=ProposalBoardPage(title="Ideataulu", slug="ideat"))
    workshops = site.root_page.add_child(instance=WorkshopIndexPage(title="Työpajat", slug="tyopajat"))
    held = moment(2019, 4, 10, 17, 0)

    def add(count):
        for _ in range(count):
            experiment = ExperimentPageFactory(
                parent=catalog, status="completed", ends_on=datetime.date(2020, 5, 1), think_tank=think_tank
            )
            experiment.decided_on = datetime.date(2020, 6, 1)
            experiment.decision = "iterate"
            experiment.save()
            ExperimentStatusChange.objects.create(
                page=experiment, status="running", changed_on=datetime.date(2019, 9, 1)
            )
            ExperimentStatusChange.objects.create(
                page=experiment, status="completed", changed_on=datetime.date(2020, 5, 1)
            )
            idea = ProposalFactory(
                status=ProposalStatus.REFINED,
                experiment=experiment,
                think_tank=think_tank,
                submitted_at=held - timedelta(days=60),
                decided_at=held,
                assigned_at=held,
            )
            workshop = workshops.add_child(
                instance=WorkshopPage(
                    title="Työpaja",
                    slug=f"tyopaja-{experiment.pk}",
                    starts_at=held,
                    ends_at=held + timedelta(hours=2),
                    capacity=20,
                    venue="Kaupungintalo",
                    languages=["fi"],
                )
            )
            WorkshopExperiment.objects.create(page=workshop, experiment=experiment)
            WorkshopProposal.objects.create(page=workshop, proposal=idea)
            WorkshopSignup.objects.create(
                workshop=workshop,
                public_id=uuid.uuid4(),
                state=SignupState.ATTENDED,
                name="Osallistuja",
                email="osallistuja@example.com",
                stakeholder_group="resident",
                language="fi",
            )

    def queries(kind):
        # A signed-in reader skips the whole-page cache: every request renders.
        log_in_staff(client, UserFactory())
        client.get(f"/fi/kokeilut/{kind}/")
        with CaptureQueriesContext(connection) as captured:
            response = client.get(f"/fi/kokeilut/{kind}/")
        assert response.status_code == 200
        return len(captured), response

    add(10)
    few = {kind: queries(kind)[0] for kind in ("csv", "json")}
    add(190)
    many = {kind: queries(kind) for kind in ("csv", "json")}
    assert {kind: count for kind, (count, _response) in many.items()} == few
    document = json.loads(many["json"][1].content)
    assert document["meta"]["count"] == 200
    kinds = [
        "idea_received",
        "idea_published",
        "taken_up",
        "workshop",
        "experiment_started",
        "experiment_completed",
        "decision",
    ]
    assert {tuple(step["kind"] for step in item["lineage"]) for item in document["experiments"]} == {tuple(kinds)}
    assert {item["workshops"] for item in document["experiments"]} == {1}


def test_the_experiment_page_takes_as_many_queries_with_many_workshops_and_ideas(client, path):
    """The timeline's queries do not grow with the steps on it."""
    experiment_url = "/fi/kokeilut/runsor-express/"

    # A signed-in reader skips the whole-page cache: every request renders the timeline.
    log_in_staff(client, UserFactory())

    def queries():
        client.get(experiment_url)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(experiment_url)
        return len(captured), response.content.decode()

    few, _html = queries()
    for number in range(20):
        idea = ProposalFactory(
            status=ProposalStatus.ACCEPTED, experiment=path["experiment"], decided_at=moment(2019, 3, 1, 9, 0)
        )
        WorkshopProposal.objects.create(page=path["workshop"], proposal=idea)
        starts = moment(2019, 5, 1 + number, 17, 0)
        workshop = path["workshops"].add_child(
            instance=WorkshopPage(
                title=f"Työpaja {number}",
                slug=f"tyopaja-{number}",
                starts_at=starts,
                ends_at=starts + timedelta(hours=2),
                capacity=20,
                venue="Kaupungintalo",
                languages=["fi"],
            )
        )
        WorkshopExperiment.objects.create(page=workshop, experiment=path["experiment"])
    bump_content_version()  # as publishing the workshops does
    many, html = queries()
    assert html.count("lineage-step--workshop ") == 21
    assert html.count("lineage-step--idea_received ") == 21
    assert many == few
