"""The demo content is complete in three languages, true to the programme, and loads without duplicates."""

import datetime

import pytest

from experiments import demo
from experiments.choices import Decision, PartnerType, Status
from experiments.demo.bodies import BODIES
from experiments.demo.pages import CATALOG, THINK_TANK_INDEX, THINK_TANKS
from experiments.demo.vocabularies import GOALS, PARTNERS, THEMES
from experiments.models import ExperimentIndexPage, ExperimentPage, StrategyGoal, Theme, ThinkTankIndexPage
from home.demo_support import add_translated_page

EXPERIMENTS = demo.all_experiments()
LANGUAGES = ("fi", "sv", "en")


def test_about_forty_experiments_from_2018_to_2020_in_every_status():
    assert 38 <= len(EXPERIMENTS) <= 45
    years = {demo.start_date(data).year for data in EXPERIMENTS if demo.start_date(data)}
    assert years == {2018, 2019, 2020}
    assert {data["status"] for data in EXPERIMENTS} == set(Status.values)
    assert len({data["key"] for data in EXPERIMENTS}) == len(EXPERIMENTS)


def test_the_programmes_own_think_tank_and_experiments_are_there():
    titles = {think_tank["en"]["title"] for think_tank in THINK_TANKS}
    assert "Intergalactic think tank" in titles and len(titles) >= 3
    runsor = next(data for data in EXPERIMENTS if data["key"] == "runsor-express")
    assert runsor["status"] == "running" and "mobility" in runsor["themes"]
    themes = {theme for data in EXPERIMENTS for theme in data["themes"]}
    assert {"circular-economy", "artificial-intelligence", "creative-urban-space", "urban-culture"} <= themes
    assert {"block-parties", "mobility", "rooting-students"} <= themes


@pytest.mark.parametrize("data", EXPERIMENTS, ids=lambda data: data["key"])
def test_each_experiment_is_complete_and_consistent(data):
    # The same fields are written, or left empty, in every language, so the translations pair up.
    shapes = {tuple(bool(text) for text in data[code]) for code in LANGUAGES}
    assert len(shapes) == 1 and all(len(data[code]) == len(demo.TEXT_FIELDS) for code in LANGUAGES)
    title, summary, _place, hypothesis, *_ = data["fi"]
    assert title and summary and hypothesis
    assert set(data["themes"]) <= set(THEMES) and set(data["goals"]) <= set(GOALS)
    assert set(data["partners"]) <= set(PARTNERS)
    assert data["think_tank"] in {think_tank["key"] for think_tank in THINK_TANKS}
    assert data["decision"] in Decision.values
    # The timeline runs forward and ends with the current status; an ended experiment has its end date.
    dates = [datetime.date.fromisoformat(day) for _status, day in data["timeline"]]
    assert dates == sorted(dates)
    assert data["timeline"][-1][0] == data["status"]
    if data["status"] in ("completed", "discontinued"):
        assert demo.end_date(data) and data[LANGUAGES[0]][5], "an ended experiment tells its result"
    if data["status"] in ("idea", "planned"):
        assert data["decision"] == "undecided" and not data["fi"][5]
    for other in data.get("related", []):
        assert other in {experiment["key"] for experiment in EXPERIMENTS}


def test_vocabularies_partners_bodies_and_pictures_exist_in_every_language():
    for entries in (THEMES, GOALS):
        assert all(set(texts) == set(LANGUAGES) for texts in entries.values())
    assert all(partner[0] in PartnerType.values and len(partner) == 4 for partner in PARTNERS.values())
    for blocks in BODIES.values():
        assert len({tuple(block_type for block_type, _value in blocks[code]) for code in LANGUAGES}) == 1


@pytest.mark.django_db
def test_loading_twice_adds_nothing_the_second_time(home):
    themes = demo.add_vocabulary(Theme, THEMES, "theme")
    assert demo.add_vocabulary(Theme, THEMES, "theme") == themes
    assert Theme.objects.count() == 3 * len(THEMES)

    goals = demo.add_vocabulary(StrategyGoal, GOALS, "goal")
    catalog = add_translated_page(home, ExperimentIndexPage, CATALOG)
    index = add_translated_page(home, ThinkTankIndexPage, THINK_TANK_INDEX)
    think_tanks = {data["key"]: demo.add_think_tank(index, data, themes) for data in THINK_TANKS[1:2]}
    runsor = next(data for data in EXPERIMENTS if data["key"] == "runsor-express")
    for _ in range(2):
        demo.add_experiment(catalog, runsor, themes=themes, goals=goals, think_tanks=think_tanks, experiments={})
    assert ExperimentPage.objects.filter(translation_key=ExperimentPage.objects.first().translation_key).count() == 3
    assert ExperimentPage.objects.count() == 3
