"""Fixtures: a small programme with ideas, experiments, workshops with attended sign-ups, and recorded sessions."""

import datetime
import uuid
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache
from wagtail.models import Locale

from experiments.choices import Decision, Status
from experiments.models import ExperimentStatusChange
from home.demo_support import add_translated_page
from participation.models import (
    ParticipationSession,
    ProposalStatus,
    SignupState,
    WorkshopIndexPage,
    WorkshopSignup,
)
from tests.factories import ExperimentPageFactory, ProposalFactory, publish_programme
from tests.participation.workshops.support import INDEX_CONTENT, make_workshop

HELSINKI = ZoneInfo("Europe/Helsinki")


def sent_in(year, month=5):
    return datetime.datetime(year, month, 15, 12, tzinfo=HELSINKI)


def attend(workshop, groups, state=SignupState.ATTENDED):
    for group in groups:
        WorkshopSignup.objects.create(
            workshop=workshop,
            public_id=uuid.uuid4(),
            state=state,
            name="Demo-osallistuja",
            email=f"{uuid.uuid4().hex}@example.com",
            stakeholder_group=group,
            language="fi",
        )


def past_workshop(index, slug, year):
    starts = datetime.datetime(year, 10, 10, 17, tzinfo=HELSINKI)
    return make_workshop(
        index, slug=slug, starts_at=starts, ends_at=starts + datetime.timedelta(hours=2), registration_closes_at=None
    )


@pytest.fixture
def records(home):
    """What the figures count; the numbers the tests expect are written beside each record."""
    programme = publish_programme(home)  # one experiment in three languages: running since 2019
    catalog, think_tank = programme["catalog"], programme["think_tank"]

    # 2018: five ideas (one spam left out), two accepted, one of them refined into the experiment.
    for status in (ProposalStatus.NEW, ProposalStatus.NEW, ProposalStatus.DECLINED, ProposalStatus.ACCEPTED):
        ProposalFactory(status=status, submitted_at=sent_in(2018))
    ProposalFactory(status=ProposalStatus.REFINED, submitted_at=sent_in(2018), experiment=programme["experiment"])
    ProposalFactory(status=ProposalStatus.SPAM, submitted_at=sent_in(2018))
    # 2019: four ideas, one accepted.
    for status in (
        ProposalStatus.IN_REVIEW,
        ProposalStatus.IN_REVIEW,
        ProposalStatus.NEEDS_INFO,
        ProposalStatus.ACCEPTED,
    ):
        ProposalFactory(status=status, submitted_at=sent_in(2019))

    # Started 2018, completed 2019, scaled up by a decision of 2019.
    ExperimentPageFactory(
        parent=catalog,
        title="Kaupunkipyörät",
        status=Status.COMPLETED,
        starts_on=datetime.date(2018, 3, 1),
        ends_on=datetime.date(2019, 6, 30),
        decision=Decision.SCALE_UP,
        decided_on=datetime.date(2019, 9, 10),
    )
    # Running with no start date: the timeline says it started in 2020.
    undated = ExperimentPageFactory(parent=catalog, title="Lainakirjasto", status=Status.RUNNING, starts_on=None)
    ExperimentStatusChange.objects.create(page=undated, status=Status.RUNNING, changed_on=datetime.date(2020, 1, 15))
    # Neither a planned experiment nor a draft has started.
    ExperimentPageFactory(parent=catalog, title="Kartta", status=Status.PLANNED, starts_on=None)
    ExperimentPageFactory(parent=catalog, title="Luonnos", starts_on=datetime.date(2019, 1, 1)).unpublish()

    index = add_translated_page(home, WorkshopIndexPage, INDEX_CONTENT)
    autumn_2019 = past_workshop(index, "syksy-2019", 2019)
    attend(autumn_2019, ["resident", "student", "student"])
    attend(autumn_2019, ["company"], state=SignupState.CONFIRMED)  # signed up, never marked present
    attend(autumn_2019, ["company"], state=SignupState.CANCELLED)
    attend(past_workshop(index, "syksy-2020", 2020), ["councillor", "resident"])

    finnish_think_tank = (
        think_tank if think_tank.locale == Locale.get_default() else think_tank.get_translation(Locale.get_default())
    )
    ParticipationSession.objects.create(
        held_on=datetime.date(2018, 4, 12), think_tank=finnish_think_tank, head_count=24
    )
    ParticipationSession.objects.create(
        held_on=datetime.date(2019, 2, 14), think_tank=finnish_think_tank, head_count=23
    )
    cache.clear()
    return {**programme, "workshop_index": index, "finnish_think_tank": finnish_think_tank}
