"""The demo shows a realistic queue in three languages and can be loaded again without duplicates."""

from io import StringIO

import pytest
from django.core.management import call_command

from participation.models import Proposal, ProposalBoardPage, ProposalFormPage, ProposalStatus

pytestmark = pytest.mark.django_db


def test_demo_content_loads_twice_and_shows_on_the_board(client, site):
    call_command("load_demo_content", stdout=StringIO())
    call_command("load_demo_content", stdout=StringIO())

    assert ProposalFormPage.objects.live().count() == 3
    assert ProposalBoardPage.objects.live().count() == 3
    assert set(Proposal.objects.values_list("language", flat=True)) == {"fi", "sv", "en"}
    statuses = set(Proposal.objects.values_list("status", flat=True))
    assert {ProposalStatus.NEW, ProposalStatus.IN_REVIEW, ProposalStatus.ACCEPTED, ProposalStatus.DECLINED} <= statuses
    assert Proposal.objects.count() == 16
    assert all(proposal.public_response for proposal in Proposal.objects.public())

    for url in ["/fi/ehdota-ideaa/", "/sv/foresla-en-ide/", "/en/suggest-an-idea/", "/sv/idetavlan/"]:
        assert client.get(url).status_code == 200, url
    assert "Popup-scen på torget sommarkvällar" in client.get("/en/idea-board/").content.decode()
