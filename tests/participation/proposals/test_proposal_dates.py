"""When an idea was sent and decided, written as the reader's language writes it, in Helsinki time."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from participation.models import PersonalDataRequest, Proposal, ProposalStatus
from tests.staff import log_in_staff

from .conftest import BOARD_URLS

pytestmark = pytest.mark.django_db

HELSINKI = ZoneInfo("Europe/Helsinki")
# 00.30 on Thursday in Helsinki is still Wednesday in UTC: the date must be Helsinki's.
LATE = datetime(2037, 12, 3, 0, 30, tzinfo=HELSINKI)


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fi", "3.12.2037"), ("sv", "3.12.2037"), ("en", "3 December 2037")],
)
def test_the_board_gives_the_helsinki_date_of_a_decision(client, proposal_factory, board_page, language, expected):
    proposal_factory(title="Korttelijuhlat", status=ProposalStatus.ACCEPTED, decided_at=LATE)
    html = client.get(BOARD_URLS[language]).content.decode()
    assert f'<time datetime="2037-12-03">{expected}</time>' in html


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fi", "to 3.12.2037 klo 0.30"),
        ("sv", "tors 3.12.2037 kl. 0.30"),
        ("en", "Thu 3 December 2037, 0.30"),
    ],
)
def test_the_queue_shows_when_an_idea_was_sent_in_the_moderators_language(
    client, moderator, proposal_factory, language, expected
):
    proposal_factory(title="Kaupunkipyörät Palosaareen", submitted_at=LATE)
    profile = UserProfile.get_for_user(moderator)
    profile.preferred_language = language
    profile.save()
    log_in_staff(client, moderator)
    html = client.get(reverse(Proposal.snippet_viewset.get_url_name("list"))).content.decode()
    assert expected in html


def test_the_queue_export_writes_the_helsinki_clock(client, moderator, proposal_factory):
    proposal_factory(title="Kaupunkipyörät Palosaareen", submitted_at=LATE)
    log_in_staff(client, moderator)
    response = client.get(reverse(Proposal.snippet_viewset.get_url_name("list")) + "?export=csv")
    export = b"".join(response.streaming_content).decode("utf-8-sig")
    # A spreadsheet reads year-month-day in every locale; the day is Thursday, Helsinki's, not Wednesday, UTC's.
    assert "2037-12-03 00:30:00" in export
    assert "2037-12-02" not in export


def test_the_log_of_personal_data_requests_says_when_in_helsinki_time(client, moderator):
    request = PersonalDataRequest.objects.create(action=PersonalDataRequest.Action.EXPORT, handled_by=moderator)
    PersonalDataRequest.objects.filter(pk=request.pk).update(handled_at=LATE)
    log_in_staff(client, moderator)
    html = client.get("/admin/personal-data/").content.decode()
    assert '<time datetime="2037-12-03T00:30:00+02:00">to 3.12.2037 klo 0.30</time>' in html
