"""Fixtures of the lineage tests: the Runsor Express path, built from the records each person leaves on it.

A resident sends an idea in February 2019; a moderator publishes it and the Commuting think tank takes it up; a
workshop refines it in April with three people who came; the city plans the experiment in June, starts it in
September, completes it in May 2020, and the city board decides in September to scale it up.
"""

import datetime
import uuid
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache

from experiments.models import ExperimentStatusChange
from home.demo_support import add_translated_page, translations_of
from participation.models import (
    ProposalBoardPage,
    ProposalStatus,
    SignupState,
    WorkshopExperiment,
    WorkshopIndexPage,
    WorkshopProposal,
    WorkshopSignup,
)
from tests.factories import ProposalFactory, publish_catalog, publish_experiment, publish_think_tank, publish_vocabulary
from tests.participation.workshops.support import INDEX_CONTENT, make_workshop

HELSINKI = ZoneInfo("Europe/Helsinki")
MINUTES = "https://www.vaasa.fi/paatoksenteko/kaupunginhallitus/2020-09-14/"
RESULTS = {
    "fi": "Bussilla kulki 340 työmatkalaista.",
    "sv": "Bussen tog 340 pendlare till jobbet.",
    "en": "The bus carried 340 commuters.",
}
BODIES = {"fi": "kaupunginhallitus", "sv": "stadsstyrelsen", "en": "the city board"}


def moment(*args):
    return datetime.datetime(*args, tzinfo=HELSINKI)


def complete_and_decide(experiment):
    """What the editor records when the experiment ends and the city board has decided, in every language."""
    for code, page in translations_of(experiment).items():
        page.status = "completed"
        page.ends_on = datetime.date(2020, 5, 29)
        page.result = RESULTS[code]
        page.decision = "scale_up"
        page.decision_body = BODIES[code]
        page.decided_on = datetime.date(2020, 9, 14)
        page.decision_minutes_url = MINUTES
        page.save()
        ExperimentStatusChange.objects.create(page=page, status="completed", changed_on=datetime.date(2020, 5, 29))
    cache.clear()


def attend(workshop, count):
    for number in range(count):
        WorkshopSignup.objects.create(
            workshop=workshop,
            public_id=uuid.uuid4(),
            state=SignupState.ATTENDED,
            name=f"Osallistuja {number}",
            email=f"osallistuja{number}@example.com",
            stakeholder_group="resident",
            language="fi",
        )


@pytest.fixture
def programme(home):
    vocabulary = publish_vocabulary()
    catalog = publish_catalog(home)
    think_tank = publish_think_tank(home, vocabulary)
    experiment = publish_experiment(catalog, think_tank, vocabulary)
    board = add_translated_page(
        home,
        ProposalBoardPage,
        {
            "fi": {"title": "Ideataulu", "slug": "ideat"},
            "sv": {"title": "Idétavlan", "slug": "ideer"},
            "en": {"title": "Idea board", "slug": "ideas"},
        },
    )
    workshops = add_translated_page(home, WorkshopIndexPage, INDEX_CONTENT)
    return {
        "catalog": catalog,
        "think_tank": think_tank,
        "experiment": experiment,
        "board": board,
        "workshops": workshops,
    }


@pytest.fixture
def idea(programme):
    return ProposalFactory(
        title="Suora bussi Runsoriin",
        status=ProposalStatus.REFINED,
        submitted_at=moment(2019, 2, 4, 9, 30),
        decided_at=moment(2019, 2, 20, 14, 0),
        think_tank=programme["think_tank"],
        responsible_unit="Kaupunkiympäristö",
        assigned_at=moment(2019, 3, 1, 12, 0),
        experiment=programme["experiment"],
    )


@pytest.fixture
def full_path(programme, idea):
    """Every step has happened; the workshop is linked to the idea, as the think tank's editor links it."""
    workshop = make_workshop(
        programme["workshops"],
        slug="runsor-jalostus",
        starts_at=moment(2019, 4, 10, 17, 0),
        ends_at=moment(2019, 4, 10, 19, 30),
    )
    WorkshopProposal.objects.create(page=workshop, proposal=idea)
    attend(workshop, 3)
    # One who signed up but did not come is not a participant.
    WorkshopSignup.objects.create(
        workshop=workshop,
        public_id=uuid.uuid4(),
        state=SignupState.CONFIRMED,
        name="Poissa",
        email="poissa@example.com",
        stakeholder_group="resident",
        language="fi",
    )
    complete_and_decide(programme["experiment"])
    return {**programme, "idea": idea, "workshop": workshop}


@pytest.fixture
def link_workshop_to_experiment():
    def link(workshop, experiment):
        return WorkshopExperiment.objects.create(page=workshop, experiment=experiment)

    return link
