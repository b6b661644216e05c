"""The demo's figures are the programme's published ones, and the demo home page counts them rather than types them."""

import re

import pytest
from django.db.models import Sum

from home.models import HomePage
from participation.figures import demo as figures_demo
from participation.models import ParticipationSession, SignupState, WorkshopSignup

KEY_FIGURE = re.compile(
    r'<span class="key-figure__value">([^<]+)</span> <span class="key-figure__label">([^<]+)</span>'
)
HOME = {"fi": "/fi/", "sv": "/sv/", "en": "/en/"}
IMPACT = {"fi": "/fi/vaikuttavuus/", "sv": "/sv/effekter/", "en": "/en/impact/"}


def figures(html):
    return [(int(re.sub(r"\D", "", value)), label.strip()) for value, label in KEY_FIGURE.findall(html)]


@pytest.mark.django_db
def test_the_refinerys_sessions_of_2018_and_2019_add_up_to_the_published_166(demo_content):
    sessions = ParticipationSession.objects.filter(held_on__year__in=[2018, 2019])
    assert sessions.aggregate(people=Sum("head_count"))["people"] == 166
    assert {session.think_tank.locale.language_code for session in sessions} == {"fi"}
    assert sessions.values("think_tank").distinct().count() == 4

    figures_demo.load()  # a second load records nothing twice
    assert ParticipationSession.objects.aggregate(people=Sum("head_count"))["people"] == 166


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_demo_home_page_shows_counted_figures_that_the_impact_page_shows_too(demo_content, client, language):
    home = HomePage.objects.get(locale__language_code=language)
    assert {block.block_type for block in home.key_figures} == {"counted"}

    shown = figures(client.get(HOME[language]).content.decode())
    impact = figures(client.get(IMPACT[language]).content.decode())

    attended = WorkshopSignup.objects.filter(state=SignupState.ATTENDED).count()
    assert shown[1][0] == 166 + attended
    assert shown[2][0] == 3
    assert shown[0] in impact and shown[1] in impact
