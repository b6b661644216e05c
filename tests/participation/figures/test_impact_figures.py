"""The figures that add up: the path from idea to experiment and the people at workshops, counted from the records.

A communications officer records the refinery's earlier sessions with their head counts; residents read the same
numbers on the impact page and on the home page, in Finnish, Swedish and English, and the numbers are what the
records say.
"""

import datetime
import re
from collections import Counter

import pytest
from django.core.cache import cache
from django.db import connection
from django.db.models import Sum
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.models import Locale

from experiments.choices import Decision, Status
from experiments.models import ExperimentPage
from home.demo_support import stream, update_translated_page
from participation.figures.services import FUNNEL_STEPS, count_impact_figures, impact_figures
from participation.models import ParticipationSession, Proposal, ProposalStatus, SignupState, WorkshopSignup
from participation.workshops.services import signup_mark_attendance
from tests.factories import ExperimentPageFactory, ProposalFactory

from .conftest import attend, past_workshop, sent_in

pytestmark = pytest.mark.django_db

IMPACT = {"fi": "/fi/vaikuttavuus/", "sv": "/sv/effekter/", "en": "/en/impact/"}
HOME = {"fi": "/fi/", "sv": "/sv/", "en": "/en/"}
KEY_FIGURE = re.compile(
    r'<span class="key-figure__value">([^<]+)</span> <span class="key-figure__label">([^<]+)</span>'
)
FUNNEL_HEADING = {"fi": "Ideasta kokeiluksi", "sv": "Från idé till försök", "en": "From an idea to an experiment"}
WORKSHOP_LABEL = {"fi": "osallistujaa työpajoissa", "sv": "deltagare i workshopparna", "en": "people at the workshops"}
IDEAS_LABEL = {"fi": "vastaanotettua ideaa", "sv": "mottagna idéer", "en": "ideas received"}
TOTAL_ROW = {"fi": "Kaikki vuodet", "sv": "Alla år", "en": "All years"}
NO_GROUP_ROW = {
    "fi": "Sidosryhmä ei tiedossa (aiemmat tilaisuudet)",
    "sv": "Intressentgrupp okänd (tidigare tillfällen)",
    "en": "Group not recorded (earlier sessions)",
}


HOME_TEXTS = {
    "fi": {"title": "Tulevaisuuden Vaasa", "slug": "koti", "hero_text": "Kehitämme Vaasaa yhdessä."},
    "sv": {"title": "Framtidens Vasa", "slug": "hem", "hero_text": "Vi utvecklar Vasa tillsammans."},
    "en": {"title": "Future Vaasa", "slug": "home", "hero_text": "We develop Vaasa together."},
}


def choose_home_figures(home, *keys):
    """Choose the home page's key figures as an editor does, once in Finnish; the translations share them."""
    blocks = stream("home-figures", [("counted", {"figure": key}) for key in keys])
    update_translated_page(home, {code: {**texts, "key_figures": blocks} for code, texts in HOME_TEXTS.items()})


def number(text):
    """Read a figure as the page writes it: Finnish and Swedish group thousands with a no-break space."""
    return int(re.sub(r"\D", "", text))


def key_figures(html):
    return [(number(value), label.strip()) for value, label in KEY_FIGURE.findall(html)]


def counted_from_the_models():
    """Count each figure the long way, one record at a time, without the code under test."""
    helsinki = timezone.get_default_timezone()
    ideas = [proposal for proposal in Proposal.objects.all() if proposal.status != ProposalStatus.SPAM]
    funnel = Counter()
    for proposal in ideas:
        year = proposal.submitted_at.astimezone(helsinki).year
        funnel[year, "ideas_received"] += 1
        accepted = proposal.status in (ProposalStatus.ACCEPTED, ProposalStatus.REFINED) or proposal.experiment_id
        funnel[year, "ideas_accepted"] += bool(accepted)
        funnel[year, "ideas_refined"] += bool(proposal.experiment_id)
    for page in ExperimentPage.objects.live().filter(locale=Locale.get_default()):
        changes = {change.status: change.changed_on for change in page.status_changes.all()}
        if page.status in (Status.RUNNING, Status.COMPLETED, Status.DISCONTINUED):
            funnel[(page.starts_on or changes[Status.RUNNING]).year, "experiments_started"] += 1
        if page.status == Status.COMPLETED:
            funnel[page.ends_on.year, "experiments_completed"] += 1
        if page.decision == Decision.SCALE_UP:
            funnel[page.decided_on.year, "experiments_scaled_up"] += 1
    attended = [signup for signup in WorkshopSignup.objects.all() if signup.state == SignupState.ATTENDED]
    sessions = list(ParticipationSession.objects.all())
    return {
        "funnel": funnel,
        "ideas": len(ideas),
        "attended": len(attended),
        "sessions": sum(session.head_count for session in sessions),
        "groups": Counter(signup.stakeholder_group for signup in attended),
    }


def test_each_step_from_idea_to_experiment_is_counted_in_its_year(records):
    figures = count_impact_figures()

    assert {year: [counts[step] for step in FUNNEL_STEPS] for year, counts in figures.funnel.items()} == {
        # received, accepted, refined, started, completed, scaled up
        2018: [5, 2, 1, 1, 0, 0],
        2019: [4, 1, 0, 1, 1, 1],
        2020: [0, 0, 0, 1, 0, 0],
    }
    expected = counted_from_the_models()
    for year, counts in figures.funnel.items():
        for step in FUNNEL_STEPS:
            assert counts[step] == expected["funnel"][year, step], (year, step)
    assert figures.ideas_received == expected["ideas"] == 9


def test_workshop_participants_are_attended_sign_ups_and_recorded_head_counts(records):
    figures = count_impact_figures()
    expected = counted_from_the_models()

    assert figures.attended == expected["attended"] == 5
    assert figures.session_participants == expected["sessions"] == 24 + 23
    assert figures.workshop_participants == 52
    assert figures.workshop_participants_by_year == {2018: (0, 24), 2019: (3, 23), 2020: (2, 0)}
    # The groups add up to the attended sign-ups; the sessions, which counted no groups, make up the rest.
    assert {group: count for group, count in figures.attended_by_group.items() if count} == expected["groups"]
    assert sum(figures.attended_by_group.values()) + figures.session_participants == figures.workshop_participants


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_impact_page_shows_the_funnel_and_the_participants_as_charts_with_tables(client, records, language):
    html = client.get(IMPACT[language]).content.decode()
    expected = counted_from_the_models()
    total = expected["attended"] + expected["sessions"]

    with translation.override(language):
        assert (total, WORKSHOP_LABEL[language]) in key_figures(html)
        assert (expected["ideas"], IDEAS_LABEL[language]) in key_figures(html)
    assert f'<h2 id="chart-funnel-heading">{FUNNEL_HEADING[language]}</h2>' in html
    for key in ("funnel", "workshop-participants", "stakeholder-groups"):
        assert f'<svg class="bar-chart" role="img" aria-labelledby="chart-{key}-title"' in html
    # Each chart's figures are in a real table: a caption, column headers, a header on every row, the sum in a foot.
    tables = re.findall(r'<table class="table table-sm impact-table">(.*?)</table>', html, re.S)
    # The records' three come after the experiments' own charts (fewer in a language with fewer experiments).
    funnel, by_year, by_group = tables[-3:]
    for table in (funnel, by_year, by_group):
        assert re.search(r"<caption[ >]", table) and '<th scope="col"' in table and '<th scope="row">' in table
    funnel_total = [expected["funnel"][year, step] for step in FUNNEL_STEPS for year in (2018, 2019, 2020)]
    assert f'<tfoot><tr><th scope="row">{TOTAL_ROW[language]}</th>' in funnel
    assert re.findall(r'<tr><th scope="row">2019</th>((?:<td class="text-end">\d+</td>)+)', funnel) == [
        "".join(f'<td class="text-end">{expected["funnel"][2019, step]}</td>' for step in FUNNEL_STEPS)
    ]
    assert sum(funnel_total) == sum(expected["funnel"].values())
    assert (
        f'<tfoot><tr><th scope="row">{TOTAL_ROW[language]}</th><td class="text-end">{expected["attended"]}</td>'
        f'<td class="text-end">{expected["sessions"]}</td><td class="text-end">{total}</td></tr></tfoot>'
    ) in by_year
    assert (
        f'<tr><th scope="row">{NO_GROUP_ROW[language]}</th><td class="text-end">{expected["sessions"]}</td></tr>'
        in (by_group)
    )


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_home_page_shows_the_impact_pages_figures_never_typed_ones(client, records, language):
    choose_home_figures(records["home"], "experiments", "workshop_participants", "ideas_received")
    expected = counted_from_the_models()
    published = ExperimentPage.objects.live().public().filter(locale__language_code=language).count()

    home = key_figures(client.get(HOME[language]).content.decode())
    impact = key_figures(client.get(IMPACT[language]).content.decode())

    assert [value for value, _label in home] == [
        published,
        expected["attended"] + expected["sessions"],
        expected["ideas"],
    ]
    # Word for word what the impact page says of the same figures.
    assert all(figure in impact for figure in home)


def test_a_recorded_session_shows_on_both_pages_at_once(client, records):
    choose_home_figures(records["home"], "workshop_participants")
    before = key_figures(client.get(HOME["sv"]).content.decode())
    assert before == [(52, "deltagare i workshopparna")]

    ParticipationSession.objects.create(
        held_on=datetime.date(2019, 11, 14), think_tank=records["finnish_think_tank"], head_count=19
    )

    assert key_figures(client.get(HOME["sv"]).content.decode()) == [(71, "deltagare i workshopparna")]
    assert (71, "deltagare i workshopparna") in key_figures(client.get(IMPACT["sv"]).content.decode())
    assert impact_figures().session_participants == ParticipationSession.objects.aggregate(n=Sum("head_count"))["n"]


def test_marking_attendance_shows_on_the_home_page_at_once(client, records, django_capture_on_commit_callbacks):
    choose_home_figures(records["home"], "workshop_participants")
    assert key_figures(client.get(HOME["en"]).content.decode()) == [(52, "people at the workshops")]
    came = WorkshopSignup.objects.get(state=SignupState.CONFIRMED)

    with django_capture_on_commit_callbacks(execute=True):
        assert signup_mark_attendance(signups=[came]) == 1

    assert key_figures(client.get(HOME["en"]).content.decode()) == [(53, "people at the workshops")]


def test_the_count_costs_the_same_queries_for_10_or_200_of_everything(records):
    catalog, index, think_tank = records["catalog"], records["workshop_index"], records["finnish_think_tank"]
    workshop = past_workshop(index, "isompi", 2021)

    def add(count):
        for _number in range(count):
            ExperimentPageFactory(parent=catalog, status=Status.COMPLETED, ends_on=datetime.date(2021, 6, 1))
            ProposalFactory(status=ProposalStatus.ACCEPTED, submitted_at=sent_in(2021))
            ParticipationSession.objects.create(held_on=datetime.date(2021, 1, 1), think_tank=think_tank, head_count=3)
        attend(workshop, ["student"] * count)

    def queries():
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            figures = impact_figures()
        return len(captured), figures

    add(10)
    with_ten, figures = queries()
    assert figures.funnel[2021]["experiments_completed"] == 10
    add(190)
    with_two_hundred, figures = queries()
    assert figures.funnel[2021]["experiments_completed"] == 200
    assert figures.workshop_participants_by_year[2021] == (200, 600)
    assert with_ten == with_two_hundred <= 8


def test_the_impact_page_costs_the_same_queries_for_10_or_200_sessions(client, records):
    think_tank = records["finnish_think_tank"]

    def page_queries():
        # Nothing cached: the whole page, its figures and its navigation are counted and drawn afresh.
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            assert "chart-workshop-participants-title" in client.get(IMPACT["fi"]).content.decode()
        return len(captured)

    client.get(IMPACT["fi"])  # the first view of the site creates its settings row: not a cost of the figures
    ParticipationSession.objects.bulk_create(
        ParticipationSession(held_on=datetime.date(2017, 1, 1 + n % 28), think_tank=think_tank, head_count=2)
        for n in range(10)
    )
    ten = page_queries()
    ParticipationSession.objects.bulk_create(
        ParticipationSession(held_on=datetime.date(2016, 1, 1 + n % 28), think_tank=think_tank, head_count=2)
        for n in range(190)
    )
    assert page_queries() == ten


def test_the_home_page_costs_the_same_queries_for_10_or_200_sign_ups_and_sessions(client, records):
    choose_home_figures(records["home"], "experiments", "workshop_participants", "ideas_received", "languages")
    workshop = past_workshop(records["workshop_index"], "isompi", 2021)
    client.get(HOME["sv"])  # the first view of the site creates its settings row: not a cost of the figures

    def add(count):
        attend(workshop, ["association"] * count)
        ParticipationSession.objects.bulk_create(
            ParticipationSession(
                held_on=datetime.date(2021, 2, 1), think_tank=records["finnish_think_tank"], head_count=1
            )
            for _number in range(count)
        )

    def page_queries():
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            html = client.get(HOME["sv"]).content.decode()
        return len(captured), key_figures(html)[1][0]

    add(10)
    ten, shown = page_queries()
    assert shown == 52 + 20
    add(190)
    two_hundred, shown = page_queries()
    assert shown == 52 + 400
    assert ten == two_hundred
