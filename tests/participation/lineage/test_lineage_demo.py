"""The demo's commuter bus tells its whole story: the resident's idea, the experiment, and the feedback workshop."""

import datetime
import re

import pytest
from django.core.cache import cache

from experiments.lineage import lineage
from experiments.models import ExperimentPage
from participation.models import Proposal, WorkshopExperiment, WorkshopPage, WorkshopProposal

pytestmark = pytest.mark.django_db


@pytest.fixture
def runsor(demo_content):
    """The demo, with the feedback workshop linked to the experiment and its idea, as its editor links them."""
    experiment = ExperimentPage.objects.get(title__startswith="Runsor Express", locale__language_code="fi")
    idea = Proposal.objects.get(reference="R4NX-8PTA")
    workshop = WorkshopPage.objects.get(slug="runsor-express-palaute", locale__language_code="fi")
    # get_or_create: once the demo itself links them, the test adds nothing twice.
    WorkshopExperiment.objects.get_or_create(page=workshop, experiment=experiment)
    WorkshopProposal.objects.get_or_create(page=workshop, proposal=idea)
    cache.clear()
    return experiment, idea


def test_the_idea_comes_before_the_experiment_and_the_workshop_ahead_is_planned(runsor):
    experiment, idea = runsor
    assert idea.experiment_id == experiment.pk
    steps = lineage(experiment)
    assert [(step.kind, step.state) for step in steps] == [
        ("idea_received", "done"),
        ("taken_up", "done"),
        ("idea_published", "done"),
        ("experiment_idea", "done"),
        ("experiment_planned", "done"),
        ("experiment_started", "done"),
        ("workshop", "upcoming"),
    ]
    assert steps[0].date == datetime.date(2019, 3, 18)
    assert all(earlier.date <= later.date for earlier, later in zip(steps, steps[1:], strict=False))
    # The experiment is running: no result and no decision are drawn.
    assert steps[-2].current


@pytest.mark.parametrize(
    ("language", "received"),
    [("fi", "Idea saapui"), ("sv", "Idén kom in"), ("en", "Idea received")],
)
def test_the_experiment_page_and_the_idea_page_tell_it_in_each_language(client, runsor, language, received):
    experiment, idea = runsor
    page = experiment.get_translations(inclusive=True).get(locale__language_code=language)
    html = client.get(page.url).content.decode()
    assert html.count('<ol class="experiment-timeline lineage"') == 1
    first = re.search(r'<li class="lineage-step lineage-step--idea_received[^>]*>(.*?)</li>', html, re.S).group(1)
    assert received in first
    assert f"/{idea.reference}/" in first
    assert "lineage-step--decision" not in html
