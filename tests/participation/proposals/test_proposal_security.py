"""Text that looks like an attack is kept as the person typed it and shown as harmless text everywhere."""

import pytest
from django.core import mail
from django.urls import reverse

from participation.models import Proposal, ProposalStatus
from participation.proposals.services import proposal_decide, proposal_submit
from tests.staff import log_in_staff

from .conftest import BOARD_URLS, FORM_URLS

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert('xss')</script>"
IMAGE = '"><img src=x onerror=alert(1)>'
HEADER_INJECTION = "Idea\r\nBcc: victim@example.com\r\nSubject: hacked"


@pytest.fixture
def hostile_proposal(client, form_page, board_page, moderator, submission, django_capture_on_commit_callbacks):
    """A proposal sent through the form with markup in every text field it has."""
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            FORM_URLS["fi"],
            submission(
                title=f"{SCRIPT} idea",
                description=f"{IMAGE} kuvaus, joka on riittävän pitkä lomakkeelle.",
                district=SCRIPT,
                name=IMAGE,
                name_consent="on",
                email="asukas@example.fi",
            ),
        )
    return Proposal.objects.get()


def assert_escaped(html):
    assert SCRIPT not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;" in html


def test_markup_is_stored_as_the_text_it_was(hostile_proposal):
    assert hostile_proposal.title == f"{SCRIPT} idea"
    assert hostile_proposal.name == IMAGE


def test_markup_is_shown_escaped_on_the_idea_board_and_the_idea_page(client, hostile_proposal):
    hostile_proposal.public_response = f"Vastaus {SCRIPT}"
    hostile_proposal.save()
    proposal_decide(proposal=hostile_proposal, status=ProposalStatus.ACCEPTED)

    board = client.get(BOARD_URLS["fi"]).content.decode()
    detail = client.get(f"{BOARD_URLS['fi']}{hostile_proposal.reference}/").content.decode()
    for html in (board, detail):
        assert_escaped(html)
        assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in html


def test_markup_is_shown_escaped_in_the_admin(client, moderator, hostile_proposal):
    log_in_staff(client, moderator)
    viewset = Proposal.snippet_viewset
    for view, args in [("list", []), ("inspect", [hostile_proposal.pk]), ("edit", [hostile_proposal.pk])]:
        html = client.get(reverse(viewset.get_url_name(view), args=args)).content.decode()
        assert SCRIPT not in html, view
        assert "<img src=x" not in html, view


def test_markup_never_becomes_markup_in_e_mail(client, hostile_proposal, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        proposal_decide(proposal=hostile_proposal, status=ProposalStatus.ACCEPTED, public_response=SCRIPT)
    moderator_message, receipt, author_message = mail.outbox
    for message in (moderator_message, receipt, author_message):
        # Plain text only: nothing for a mail client to render, so the text can stay exactly as typed.
        assert message.content_subtype == "plain"
        assert not getattr(message, "alternatives", [])
        assert "<script" not in message.subject
    assert SCRIPT in author_message.body
    assert "&lt;" not in author_message.body


def test_no_text_someone_typed_reaches_an_e_mail_header(
    client, form_page, board_page, moderator, submission, django_capture_on_commit_callbacks
):
    injected = {"title": HEADER_INJECTION, "name": "Aino\r\nBcc: victim@example.com", "email": "asukas@example.fi"}
    # The form refuses line breaks in a one-line field...
    response = client.post(FORM_URLS["fi"], submission(**injected))
    assert response.status_code == 200 and not Proposal.objects.exists()
    # ...and text stored another way (before that rule, or by the service directly) still stays out of headers.
    with django_capture_on_commit_callbacks(execute=True):
        proposal = proposal_submit(
            description="Kuvaus, joka on riittävän pitkä lomakkeelle.", theme=None, language="fi", **injected
        )
    with django_capture_on_commit_callbacks(execute=True):
        proposal_decide(proposal=proposal, status=ProposalStatus.DECLINED)

    assert mail.outbox  # the moderators' notice and the decision
    for message in mail.outbox:
        raw = message.message().as_string()
        headers = raw.split("\n\n", 1)[0]
        assert "victim@example.com" not in headers
        assert "hacked" not in headers
        assert "Bcc" not in headers
        assert message.bcc == [] and message.cc == []
        # The only extra header is the queue's own Message-ID.
        assert list(message.extra_headers) == ["Message-ID"]
        assert proposal.reference in message.subject
        assert "\n" not in message.subject and "victim" not in message.subject


def test_an_e_mail_address_with_a_line_break_is_a_form_error(client, form_page, submission):
    response = client.post(FORM_URLS["fi"], submission(email="asukas@example.fi\r\nBcc: victim@example.com"))
    assert response.status_code == 200
    assert 'href="#id_email"' in response.content.decode()
    assert Proposal.objects.count() == 0
