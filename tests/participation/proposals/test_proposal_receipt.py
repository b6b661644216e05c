"""A resident who sends an idea with an e-mail address gets a receipt in the language they wrote in."""

import pytest
from django.core import mail
from django.utils import translation

from participation.models import Proposal
from participation.proposals.services import proposal_submit
from participation.proposals.tasks import send_receipt_to_author

from .conftest import FORM_URLS

pytestmark = pytest.mark.django_db

LANGUAGES = ["fi", "sv", "en"]
WHAT_HAPPENS_NEXT = [
    "A member of city staff reads your idea and may pass it on to the think tank whose theme it is.",
    "We send the decision and the city's response to this e-mail address.",
]


def translated(language, text):
    with translation.override(language):
        return translation.gettext(text)


def receipts_to(address):
    return [message for message in mail.outbox if message.to == [address]]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_author_gets_a_receipt_with_the_reference_and_what_happens_next_in_their_language(
    client, form_pages, submission, django_capture_on_commit_callbacks, language
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(FORM_URLS[language], submission(email="asukas@example.fi", title="Penkkejä torille"))
    proposal = Proposal.objects.get()

    (receipt,) = receipts_to("asukas@example.fi")
    with translation.override(language):
        subject = translation.gettext("Your idea %(reference)s has arrived") % {"reference": proposal.reference}
    assert receipt.subject == subject
    assert proposal.reference in receipt.body
    assert translated(language, "What happens next") in receipt.body
    for step in WHAT_HAPPENS_NEXT:
        assert translated(language, step) in receipt.body
    # Where to look the idea up later: the status page of the form the author used.
    assert f"http://testserver{FORM_URLS[language]}status/" in receipt.body


def test_finnish_and_swedish_receipts_are_not_english():
    # Guards the test above: it compares with the catalogue, which must not just echo English.
    for text in ["Your idea %(reference)s has arrived", *WHAT_HAPPENS_NEXT]:
        assert translated("fi", text) != text
        assert translated("sv", text) != text


def test_the_receipt_carries_nothing_the_sender_typed(form_page, django_capture_on_commit_callbacks):
    # Anyone can type someone else's address into the form: the city's mail must not carry their words.
    with django_capture_on_commit_callbacks(execute=True):
        proposal_submit(
            title="Osta halvat lääkkeet osoitteesta example.com",
            description="Klikkaa tästä: http://example.com/huijaus",
            district="Palosaari",
            name="Huijari",
            theme=None,
            language="fi",
            email="uhri@example.fi",
            page=form_page,
        )
    (receipt,) = receipts_to("uhri@example.fi")
    for typed in ("Osta halvat", "huijaus", "Palosaari", "Huijari"):
        assert typed not in receipt.body
        assert typed not in receipt.subject


def test_no_receipt_without_an_address_nor_after_the_address_is_erased(form_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        proposal_submit(title="Penkkejä torille", description="Lisää penkkejä.", theme=None, language="fi")
    assert not [message for message in mail.outbox if "Penkkejä" in message.subject]

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        proposal = proposal_submit(
            title="Penkkejä", description="Lisää.", theme=None, language="sv", email="asukas@example.fi"
        )
    # Erased before the worker came to the task: nobody is written to.
    Proposal.objects.filter(pk=proposal.pk).update(email="")
    for callback in callbacks:
        callback()
    assert receipts_to("asukas@example.fi") == []
    assert send_receipt_to_author.call(proposal.pk) == 0
