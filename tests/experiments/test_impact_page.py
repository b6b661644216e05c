"""A resident reads the programme's figures, counted from the published experiments and fresh after a publish."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from experiments.choices import Decision, Status
from experiments.impact import count_figures, programme_figures
from tests.factories import (
    ExperimentIndexPageFactory,
    ExperimentPageFactory,
    ImpactPageFactory,
    ThemeFactory,
    ThinkTankIndexPageFactory,
    ThinkTankPageFactory,
)

pytestmark = pytest.mark.django_db

IMPACT = "/fi/vaikuttavuus/"


@pytest.fixture
def programme(site):
    home = site.root_page
    catalog = ExperimentIndexPageFactory(parent=home)
    ImpactPageFactory(parent=home)
    think_tanks = ThinkTankIndexPageFactory(parent=home)
    ThinkTankPageFactory(parent=think_tanks)
    ThinkTankPageFactory(parent=think_tanks)
    mobility, culture = ThemeFactory(name="Liikkuminen"), ThemeFactory(name="Kaupunkikulttuuri")

    def ended(title, year, decision, **kwargs):
        return ExperimentPageFactory(
            parent=catalog,
            title=title,
            status=Status.COMPLETED,
            starts_on=datetime.date(year, 3, 1),
            ends_on=datetime.date(year, 9, 30),
            decision=decision,
            **kwargs,
        )

    ended("Kaupunkipyörät", 2018, Decision.SCALE_UP, participants=1850, themes=[mobility])
    ended("Avoin lava", 2019, Decision.ITERATE, participants=3200, themes=[culture, mobility])
    ExperimentPageFactory(
        parent=catalog, title="Runsor Express", starts_on=datetime.date(2019, 9, 2), participants=340, themes=[mobility]
    )
    ExperimentPageFactory(parent=catalog, title="Kartta", status=Status.IDEA, starts_on=None, participants=None)
    # Neither a draft nor another language's page counts.
    draft = ExperimentPageFactory(parent=catalog, title="Luonnos", participants=999, themes=[culture])
    draft.unpublish()
    return catalog


def test_figures_equal_what_the_published_experiments_say(programme):
    figures = count_figures(Locale.get_default())
    assert figures.experiments == 4
    assert figures.think_tanks == 2
    assert figures.participants == 1850 + 3200 + 340
    assert figures.by_status == [
        ("Idea", 1),
        ("Suunnitteilla", 0),
        ("Käynnissä", 1),
        ("Päättynyt", 2),
        ("Keskeytetty", 0),
    ]
    assert figures.by_year == [(2018, 1), (2019, 2)]
    assert figures.by_theme == [("Liikkuminen", 3), ("Kaupunkikulttuuri", 1)]
    assert figures.by_decision == [("Laajennetaan", 1), ("Kehitetään edelleen", 1)]


def test_impact_page_draws_each_chart_with_a_table_of_the_same_figures(client, programme):
    html = client.get(IMPACT).content.decode()
    charts = re.findall(r'<svg class="bar-chart" role="img" aria-labelledby="([^"]+)"', html)
    # The funnel comes from the participation app's figures; no one has been at a workshop, so no participant charts.
    assert charts == [
        "chart-status-title",
        "chart-year-title",
        "chart-theme-title",
        "chart-decision-title",
        "chart-funnel-title",
    ]
    for chart in charts:
        assert f'<title id="{chart}">' in html
    assert html.count("<table") == 5
    assert len(re.findall(r"<caption[ >]", html)) == 5
    assert '<th scope="row">Liikkuminen</th><td class="text-end">3</td>' in html
    assert '<th scope="row">2019</th><td class="text-end">2</td>' in html
    assert "5\xa0390" in html  # grouped the Finnish way


def test_figures_are_cached_and_fresh_after_a_publish(client, programme):
    client.get(IMPACT)
    client.get(IMPACT)
    with CaptureQueriesContext(connection) as queries:
        client.get(IMPACT)
    assert not any("experiments_experimenttheme" in query["sql"] for query in queries)

    ExperimentPageFactory(parent=programme, title="Uusi kokeilu", participants=10).save_revision().publish()
    assert programme_figures(Locale.get_default()).experiments == 5
    assert '<span class="key-figure__value">5</span>' in client.get(IMPACT).content.decode()


def test_renaming_a_theme_shows_on_the_impact_page_at_once(client, programme):
    client.get(IMPACT)
    theme = ThemeFactory._meta.model.objects.get(name="Kaupunkikulttuuri")
    theme.name = "Kulttuuri"
    theme.save()
    assert '<th scope="row">Kulttuuri</th>' in client.get(IMPACT).content.decode()
