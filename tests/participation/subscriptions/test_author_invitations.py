"""The author of an idea is invited, once and only with their consent, to a workshop that works on the idea."""

import pytest
from django.core import mail

from participation.models import ProposalStatus, WorkshopPage, WorkshopProposal
from participation.subscriptions.models import AuthorInvitation
from tests.factories import ProposalFactory
from tests.participation.workshops.support import workshop_content, workshop_facts

pytestmark = pytest.mark.django_db


@pytest.fixture
def publishing(django_capture_on_commit_callbacks):
    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return run


def draft_workshop_on(followable, ideas, slug="bussi"):
    """A workshop an editor links to ideas before publishing it, as the admin's chooser does."""
    facts = workshop_facts(think_tank=followable["think_tank"])
    workshop = WorkshopPage(**workshop_content(slug)["fi"], **facts, live=False)
    followable["workshops"].add_child(instance=workshop)
    for idea in ideas:
        WorkshopProposal.objects.create(page=workshop, proposal=idea)
    return workshop


def idea(**fields):
    return ProposalFactory(status=ProposalStatus.REFINED, **fields)


def test_the_author_who_consented_is_invited_once_in_the_language_of_the_idea(followable, publishing):
    swedish = idea(email="idea@example.com", contact_consent=True, language="sv", name="Elsa")
    workshop = draft_workshop_on(followable, [swedish])

    publishing(workshop.save_revision().publish)
    publishing(workshop.save_revision().publish)

    (invitation,) = mail.outbox
    assert invitation.to == ["idea@example.com"]
    assert invitation.subject == "En workshop om din idé: Kiertotalouden työpaja"
    assert "Elsa" in invitation.body
    assert swedish.title in invitation.body
    # The workshop has no Swedish version yet: its details are shown as published, the message is in Swedish.
    assert "Kaupungintalo, juhlasali" in invitation.body
    assert "platser kvar" in invitation.body
    assert AuthorInvitation.objects.count() == 1


def test_no_invitation_without_consent_or_without_an_address(followable, publishing):
    no_consent = idea(email="quiet@example.com", contact_consent=False, language="fi")
    no_address = idea(email="", contact_consent=True, language="fi")
    workshop = draft_workshop_on(followable, [no_consent, no_address])

    publishing(workshop.save_revision().publish)

    assert not mail.outbox
    assert not AuthorInvitation.objects.exists()
