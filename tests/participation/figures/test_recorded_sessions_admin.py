"""A communications officer records an earlier session in the admin: its date, think tank and head count."""

import pytest
from django.urls import reverse

from participation.figures.services import impact_figures
from participation.models import ParticipationSession

pytestmark = pytest.mark.django_db

ADD = "wagtailsnippets_participation_participationsession:add"
LIST = "wagtailsnippets_participation_participationsession:list"


def test_an_editor_records_a_session_and_it_counts_at_once(admin_client, records):
    think_tank = records["finnish_think_tank"]
    before = impact_figures().workshop_participants

    response = admin_client.post(
        reverse(ADD),
        {"held_on": "2019-11-14", "think_tank": think_tank.pk, "head_count": "19", "description": "Syksyn jalostamo"},
    )

    assert response.status_code == 302
    session = ParticipationSession.objects.get(description="Syksyn jalostamo")
    assert (session.held_on.isoformat(), session.think_tank, session.head_count) == ("2019-11-14", think_tank, 19)
    assert impact_figures().workshop_participants == before + 19
    html = admin_client.get(reverse(LIST)).content.decode()
    assert "Syksyn jalostamo" in html


def test_a_session_without_people_is_not_a_record(admin_client, records):
    response = admin_client.post(
        reverse(ADD), {"held_on": "2019-11-14", "think_tank": records["finnish_think_tank"].pk, "head_count": "0"}
    )

    assert response.status_code == 200
    assert not ParticipationSession.objects.filter(held_on="2019-11-14").exists()
