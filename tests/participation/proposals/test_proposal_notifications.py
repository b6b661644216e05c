"""E-mail leaves only after the data it speaks of is safely stored, and in the reader's language."""

from email.utils import parseaddr

import pytest
from django.core import mail
from django.db import transaction
from django.utils import translation

from participation.emails import build_email
from participation.models import ProposalStatus
from participation.proposals.services import proposal_decide, proposal_submit

pytestmark = pytest.mark.django_db

ACCEPTED_TEXT = (
    "Your idea has been accepted. It is now published on the idea board, and the think tank whose theme it is "
    "will consider how to take it forward."
)
DECLINED_TEXT = (
    "We have decided not to take your idea forward this time. Thank you all the same: every idea tells us what "
    "residents want from their city."
)
NEEDS_INFO_TEXT = (
    "We need more information before we can decide about your idea. Please read our questions below "
    "and answer by replying to this message."
)


def gettext_in(language, text):
    with translation.override(language):
        return translation.gettext(text)


def submit(**overrides):
    fields = {
        "title": "Kierrätyshuone asuntolaan",
        "description": "Ehjät huonekalut talteen, kun opiskelijat muuttavat keväällä pois.",
        "theme": None,
        "language": "fi",
    }
    fields.update(overrides)
    return proposal_submit(**fields)


def test_moderators_are_told_only_after_the_proposal_is_committed(moderator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        proposal = submit()
        assert mail.outbox == []
    assert len(callbacks) == 1
    callbacks[0]()
    (message,) = mail.outbox
    assert proposal.reference in message.subject


def test_a_rolled_back_proposal_tells_nobody(moderator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(RuntimeError), transaction.atomic():
            submit()
            raise RuntimeError("the request failed after the proposal was saved")
    assert callbacks == []
    assert mail.outbox == []


def test_each_moderator_reads_the_news_in_their_own_admin_language(
    moderator, swedish_moderator, themes, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submit(language="en", theme=themes["culture"])
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {"moderaattori@example.fi", "moderator@example.fi"}
    assert gettext_in("fi", "Read it and decide in the admin:") in by_address["moderaattori@example.fi"].body
    assert gettext_in("sv", "Read it and decide in the admin:") in by_address["moderator@example.fi"].body
    # The idea's theme too, by the name each moderator's language gives it.
    assert "Kaupunkikulttuuri" in by_address["moderaattori@example.fi"].body
    assert "Stadskultur" in by_address["moderator@example.fi"].body
    # The author's name and address stay in the admin, not in moderators' mailboxes.
    assert "asukas@example.fi" not in by_address["moderator@example.fi"].body


@pytest.mark.parametrize(
    ("status", "text"),
    [
        (ProposalStatus.ACCEPTED, ACCEPTED_TEXT),
        (ProposalStatus.DECLINED, DECLINED_TEXT),
        (ProposalStatus.NEEDS_INFO, NEEDS_INFO_TEXT),
    ],
)
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_author_gets_the_decision_after_commit_in_their_language(
    django_capture_on_commit_callbacks, status, text, language
):
    proposal = submit(language=language, email="asukas@example.fi")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        proposal_decide(proposal=proposal, status=status, public_response="Vastaus / Svar / Response")
        assert mail.outbox == []
    for callback in callbacks:
        callback()

    (message,) = mail.outbox
    assert message.to == ["asukas@example.fi"]
    assert gettext_in(language, text).split(".")[0] in message.body
    assert "Vastaus / Svar / Response" in message.body
    if language != "en":
        assert text.split(".")[0] not in message.body


def test_nobody_is_told_of_spam_or_without_an_address(django_capture_on_commit_callbacks):
    spam = submit(email="botti@example.com")
    silent = submit()
    with django_capture_on_commit_callbacks(execute=True):
        proposal_decide(proposal=spam, status=ProposalStatus.SPAM)
        proposal_decide(proposal=silent, status=ProposalStatus.ACCEPTED)
    assert mail.outbox == []


def test_a_decision_changed_before_the_e_mail_went_sends_only_the_newer_one(django_capture_on_commit_callbacks):
    proposal = submit(language="sv", email="asukas@example.fi")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        proposal_decide(proposal=proposal, status=ProposalStatus.ACCEPTED)
        proposal_decide(proposal=proposal, status=ProposalStatus.DECLINED)
    for callback in callbacks:
        callback()
    (message,) = mail.outbox
    assert gettext_in("sv", DECLINED_TEXT).split(".")[0] in message.body


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_moderators_e_mail_names_the_group_in_the_moderators_language(proposal_factory, language):
    proposal = proposal_factory()
    message = build_email(
        template="participation/proposals/emails/moderator_new_proposal",
        context={"proposal": proposal, "admin_url": "https://example.fi/admin/"},
        language=language,
        to="moderaattori@example.fi",
    )
    assert "Moderators" not in message.body
    assert {"fi": "moderaattoriryhmään", "sv": "moderatorgrupp"}[language] in message.body
    assert parseaddr(message.from_email)[0] == {"fi": "Tulevaisuuden Vaasa", "sv": "Framtidens Vasa"}[language]
