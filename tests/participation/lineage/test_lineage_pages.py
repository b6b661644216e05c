"""A reader follows an idea's whole path, from the idea board to the city board's decision, on one timeline.

The experiment page and the idea's public page draw the same steps in the reader's language and date format, each
linked to its page in that language; what has not happened is not drawn as if it had.
"""

import datetime
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from experiments.lineage import lineage
from home.cache import bump_content_version
from participation.models import ProposalStatus, WorkshopExperiment
from tests.factories import ProposalFactory
from tests.participation.lineage.support import MINUTES, attend
from tests.participation.workshops.support import make_workshop

pytestmark = pytest.mark.django_db

EXPERIMENT_URLS = {
    "fi": "/fi/kokeilut/runsor-express/",
    "sv": "/sv/forsok/runsor-express-sv/",
    "en": "/en/experiments/runsor-express-en/",
}
BOARD_URLS = {"fi": "/fi/ideat/", "sv": "/sv/ideer/", "en": "/en/ideas/"}
THINK_TANK_URLS = {
    "fi": "/fi/ajatushautomot/tyomatkat/",
    "sv": "/sv/tankesmedjor/arbetsresor/",
    "en": "/en/think-tanks/commuting/",
}
WORKSHOP_URLS = {
    "fi": "/fi/tyopajat/runsor-jalostus/",
    "sv": "/sv/workshoppar/runsor-jalostus-sv/",
    "en": "/en/workshops/runsor-jalostus-en/",
}
# What a reader of each language sees, step by step, oldest first.
EXPECTED = {
    "fi": [
        ("2019-02-04", "4.2.2019", "Idea saapui"),
        ("2019-02-20", "20.2.2019", "Julkaistu ideataululla"),
        ("2019-03-01", "1.3.2019", "Ajatushautomo otti idean työn alle"),
        ("2019-04-10", "10.4.2019", "Työpaja"),
        ("2019-06-10", "10.6.2019", "Kokeilua alettiin suunnitella"),
        ("2019-09-02", "2.9.2019", "Kokeilu alkoi"),
        ("2020-05-29", "29.5.2020", "Kokeilu päättyi"),
        ("2020-05-29", "29.5.2020", "Tulos"),
        ("2020-09-14", "14.9.2020", "Päätös: Laajennetaan"),
    ],
    "sv": [
        ("2019-02-04", "4.2.2019", "Idén kom in"),
        ("2019-02-20", "20.2.2019", "Publicerad på idétavlan"),
        ("2019-03-01", "1.3.2019", "En tankesmedja tog sig an idén"),
        ("2019-04-10", "10.4.2019", "Workshop"),
        ("2019-06-10", "10.6.2019", "Planeringen av försöket började"),
        ("2019-09-02", "2.9.2019", "Försöket började"),
        ("2020-05-29", "29.5.2020", "Försöket avslutades"),
        ("2020-05-29", "29.5.2020", "Resultat"),
        ("2020-09-14", "14.9.2020", "Beslut: Utvidgas"),
    ],
    "en": [
        ("2019-02-04", "4 February 2019", "Idea received"),
        ("2019-02-20", "20 February 2019", "Published on the idea board"),
        ("2019-03-01", "1 March 2019", "Taken up by a think tank"),
        ("2019-04-10", "10 April 2019", "Workshop"),
        ("2019-06-10", "10 June 2019", "Experiment planned"),
        ("2019-09-02", "2 September 2019", "Experiment started"),
        ("2020-05-29", "29 May 2020", "Experiment completed"),
        ("2020-05-29", "29 May 2020", "Result"),
        ("2020-09-14", "14 September 2020", "Decision: Scale up"),
    ],
}
PARTICIPANTS = {"fi": "3 osallistujaa", "sv": "3 deltagare", "en": "3 participants"}
DECIDED_BY = {
    "fi": "Päätöksen teki kaupunginhallitus",
    "sv": "Beslutet fattades av stadsstyrelsen",
    "en": "Decided by the city board",
}
MINUTES_LINK = {"fi": "Pöytäkirja", "sv": "Protokoll", "en": "Minutes"}
PLANNED = {"fi": "Suunniteltu", "sv": "Planerat", "en": "Planned"}

TIMELINE = re.compile(r'<ol class="experiment-timeline lineage"[^>]*>(.*?)</ol>', re.S)
STEP = re.compile(r"<li [^>]*>(.*?)</li>", re.S)
DATE = re.compile(r'<time datetime="([^"]+)">([^<]+)</time>')
LINK = re.compile(r'<a href="([^"]+)">([^<]+)</a>')


def timeline(html):
    """Return the page's one timeline as [(iso date, shown date, label, link, text)]."""
    timelines = TIMELINE.findall(html)
    assert len(timelines) == 1, "one timeline on the page, not two"
    steps = []
    for item in STEP.findall(timelines[0]):
        dates = DATE.findall(item)
        links = LINK.findall(item)
        text = " ".join(re.sub(r"<[^>]+>", " ", item).split())
        iso, shown = dates[0] if dates else (None, None)
        steps.append((iso, shown, links[0][1] if links else None, links[0][0] if links else None, text))
    return steps


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_experiment_page_shows_the_whole_path_in_the_readers_language(client, full_path, language):
    steps = timeline(page(client, EXPERIMENT_URLS[language]))

    assert [(iso, shown, label) for iso, shown, label, _url, _text in steps] == EXPECTED[language]
    idea_url = BOARD_URLS[language] + full_path["idea"].reference + "/"
    links = [url for *_rest, url, _text in steps]
    assert links[:2] == [idea_url, idea_url]
    assert links[2] == THINK_TANK_URLS[language]
    assert links[3] == WORKSHOP_URLS[language]
    assert links[4:7] == [EXPERIMENT_URLS[language]] * 3
    assert links[7] == EXPERIMENT_URLS[language] + "#result"
    assert "Suora bussi Runsoriin" in steps[0][4]
    workshop_text = steps[3][4]
    assert PARTICIPANTS[language] in workshop_text
    decision_text = steps[8][4]
    assert DECIDED_BY[language] in decision_text
    html = page(client, EXPERIMENT_URLS[language])
    assert f'<a href="{MINUTES}">{MINUTES_LINK[language]}</a>' in html


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_ideas_public_page_shows_the_same_path(client, full_path, language):
    idea_url = BOARD_URLS[language] + full_path["idea"].reference + "/"
    steps = timeline(page(client, idea_url))

    assert [(iso, shown, label) for iso, shown, label, _url, _text in steps] == EXPECTED[language]
    assert steps[3][3] == WORKSHOP_URLS[language]
    # From the idea, the experiment's steps lead to the experiment in the reader's language.
    assert steps[5][3] == EXPERIMENT_URLS[language]
    assert DECIDED_BY[language] in steps[8][4]


def test_the_last_step_that_happened_is_where_the_path_stands(client, full_path):
    html = page(client, EXPERIMENT_URLS["en"])
    current = re.findall(r'<li class="lineage-step lineage-step--(\w+) [^"]*" aria-current="step">', html)
    assert current == ["decision"]


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_steps_that_have_not_happened_are_not_drawn(client, programme, language):
    # The experiment is running: nobody sent an idea for it, and nothing is decided yet.
    labels = [label for _iso, _shown, label, _url, _text in timeline(page(client, EXPERIMENT_URLS[language]))]
    assert labels == [EXPECTED[language][4][2], EXPECTED[language][5][2]]


def test_an_idea_not_yet_public_and_an_unpublished_workshop_stay_off_the_timeline(client, programme):
    experiment = programme["experiment"]
    ProposalFactory(status=ProposalStatus.IN_REVIEW, experiment=experiment, title="Vielä käsittelyssä")
    draft = make_workshop(
        programme["workshops"],
        slug="luonnos",
        starts_at=timezone.now() - timedelta(days=30),
        ends_at=timezone.now() - timedelta(days=30) + timedelta(hours=2),
    )
    WorkshopExperiment.objects.create(page=draft, experiment=experiment)
    for version in draft.get_translations(inclusive=True):
        version.unpublish()

    kinds = [step.kind for step in lineage(experiment)]
    assert kinds == ["experiment_planned", "experiment_started"]


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_an_upcoming_workshop_is_shown_as_planned_without_participants(
    client, programme, idea, link_workshop_to_experiment, language
):
    starts = timezone.now() + timedelta(days=14)
    workshop = make_workshop(
        programme["workshops"], slug="palaute", starts_at=starts, ends_at=starts + timedelta(hours=2)
    )
    link_workshop_to_experiment(workshop, programme["experiment"])
    attend(workshop, 2)  # impossible in practice; even so, no figure is shown before the workshop is held

    steps = timeline(page(client, EXPERIMENT_URLS[language]))
    upcoming = [step for step in steps if step[0] == timezone.localdate(starts).isoformat()]
    assert len(upcoming) == 1
    iso, shown, label, url, text = upcoming[0]
    assert text.startswith(f"{shown} {PLANNED[language]}:")
    assert label == EXPECTED[language][3][2]
    assert url.endswith("/palaute/") or url.endswith(f"/palaute-{language}/")
    assert PARTICIPANTS[language].split()[1] not in text
    assert steps[-1] == upcoming[0], "the workshop ahead comes after what has happened"


def test_a_planned_start_is_shown_as_planned_never_as_done(programme):
    experiment = programme["experiment"]
    experiment.status = "planned"
    experiment.starts_on = timezone.localdate() + timedelta(days=60)
    experiment.save()
    experiment.status_changes.filter(status="running").delete()

    steps = lineage(experiment)
    assert [(step.kind, step.state) for step in steps] == [
        ("experiment_planned", "done"),
        ("experiment_started", "upcoming"),
    ]
    assert steps[0].current and not steps[1].current
    assert steps[1].date == experiment.starts_on


def test_a_decision_without_a_date_or_minutes_shows_only_what_was_recorded(full_path):
    experiment = full_path["experiment"]
    experiment.refresh_from_db()
    experiment.decided_on = None
    experiment.decision_minutes_url = ""
    experiment.decision_body = ""
    experiment.save()

    decision = lineage(experiment)[-1]
    assert decision.kind == "decision"
    assert decision.date is None
    assert (decision.decision_body, decision.minutes_url) == ("", "")


def test_the_workshop_counts_people_who_came_through_any_language_version(full_path):
    swedish = full_path["workshop"].get_translation(
        full_path["workshop"].get_translations().filter(locale__language_code="sv").get().locale
    )
    attend(swedish, 2)
    workshop = next(step for step in lineage(full_path["experiment"]) if step.kind == "workshop")
    assert workshop.participants == 5


def test_dates_are_days_in_vaasa(programme):
    # An idea sent just after midnight in Vaasa is still 22:xx UTC the day before: the reader's day counts.
    ProposalFactory(
        status=ProposalStatus.ACCEPTED,
        experiment=programme["experiment"],
        submitted_at=datetime.datetime(2019, 1, 31, 22, 30, tzinfo=datetime.UTC),
        decided_at=datetime.datetime(2019, 2, 1, 8, 0, tzinfo=datetime.UTC),
    )
    received = next(step for step in lineage(programme["experiment"]) if step.kind == "idea_received")
    assert received.date == datetime.date(2019, 2, 1)


def test_the_idea_page_takes_as_many_queries_with_twenty_workshops_as_with_one(client, full_path):
    url = BOARD_URLS["fi"] + full_path["idea"].reference + "/"

    def queries():
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            html = page(client, url)
        return len(captured), html

    few, _html = queries()
    for number in range(19):
        starts = timezone.now() - timedelta(days=40 - number)
        workshop = make_workshop(
            full_path["workshops"], slug=f"jatko-{number}", starts_at=starts, ends_at=starts + timedelta(hours=2)
        )
        WorkshopExperiment.objects.create(page=workshop, experiment=full_path["experiment"])
        attend(workshop, 1)
    bump_content_version()  # as publishing the workshops does
    many, html = queries()
    assert html.count("lineage-step--workshop ") == 20
    assert many == few
