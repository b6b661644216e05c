"""A resident asks what the city holds about them; a moderator exports it, then erases it, across features."""

import pytest

from home.demo_support import add_translated_page
from participation.models import Proposal, WorkshopIndexPage, WorkshopSignup
from participation.personal_data import registry as personal_data
from participation.workshops.services import signup_create
from tests.factories import ProposalFactory
from tests.participation.workshops.support import INDEX_CONTENT, make_workshop

pytestmark = pytest.mark.django_db


def test_export_and_erasure_cover_both_proposals_and_workshop_sign_ups(home):
    workshop = make_workshop(add_translated_page(home, WorkshopIndexPage, INDEX_CONTENT))
    ProposalFactory(email="Aino@Example.fi", name="Aino", title="Kirjastobussi")
    signup_create(workshop=workshop, name="Aino", email="aino@example.fi", stakeholder_group="resident", language="sv")

    exported = personal_data.export_personal_data("aino@example.fi")["records"]
    assert [record["title"] for record in exported["proposals"]] == ["Kirjastobussi"]
    assert [record["email"] for record in exported["workshop_signups"]] == ["aino@example.fi"]

    erased = personal_data.erase_personal_data("aino@example.fi")
    assert (erased["proposals"], erased["workshop_signups"]) == (1, 1)
    assert Proposal.objects.get().email == ""
    assert WorkshopSignup.objects.get().email != "aino@example.fi"
    assert set(personal_data.erase_personal_data("aino@example.fi").values()) == {0}
