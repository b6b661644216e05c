"""A resident sends an idea in Finnish, Swedish or English, and hears back in the same language."""

import re

import pytest
from django.core import mail
from django.utils import translation
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from participation.models import Proposal, ProposalBoardPage, ProposalFormPage, ProposalStatus
from participation.proposals.services import proposal_decide

from .conftest import BOARD_URLS, FORM_URLS
from .test_proposal_notifications import ACCEPTED_TEXT

pytestmark = pytest.mark.django_db

LANGUAGES = ["fi", "sv", "en"]


def translated(language, text):
    with translation.override(language):
        return translation.gettext(text)


def test_interface_is_translated_into_finnish_and_swedish():
    # Guards the flow tests below: they compare with the catalogue, which must not just echo English.
    for text in ["Title of your idea", "Send the idea", "Your reference number", "The city's response"]:
        assert translated("fi", text) != text
        assert translated("sv", text) != text


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_resident_sends_an_idea_and_is_thanked_in_their_language(
    client, form_pages, board_page, moderator, submission, django_capture_on_commit_callbacks, language
):
    response = client.get(FORM_URLS[language])
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert translated(language, "Title of your idea") in html
    assert "no-cache" in response["Cache-Control"]

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            FORM_URLS[language],
            submission(email="asukas@example.fi", name="Aino Asukas", contact_consent="on", name_consent="on"),
        )

    proposal = Proposal.objects.get()
    assert response.status_code == 302
    assert response["Location"].startswith(f"{FORM_URLS[language]}thanks/")
    assert proposal.language == language
    assert proposal.status == ProposalStatus.NEW
    assert proposal.page_id == form_pages[language].pk
    assert (proposal.email, proposal.contact_consent, proposal.name_consent) == ("asukas@example.fi", True, True)

    thanks = client.get(response["Location"])
    html = thanks.content.decode()
    assert thanks.status_code == 200
    assert f'<html lang="{language}">' in html
    assert proposal.reference in html
    assert translated(language, "Your reference number") in html
    assert translated(language, "What happens next") in html
    assert 'name="robots" content="noindex"' in html

    # The moderators were told, in their own admin language (Finnish by default); the author got a receipt.
    assert [message.to for message in mail.outbox] == [["moderaattori@example.fi"], ["asukas@example.fi"]]
    assert proposal.reference in mail.outbox[0].subject
    assert translated("fi", "Read it and decide in the admin:") in mail.outbox[0].body


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_author_hears_the_decision_in_the_language_they_wrote_in(
    client, form_pages, board_pages, submission, django_capture_on_commit_callbacks, language
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(FORM_URLS[language], submission(email="asukas@example.fi"))
    mail.outbox.clear()  # the receipt
    proposal = Proposal.objects.get()
    proposal.public_response = "Kiitos – otamme idean kokeilulistalle."
    proposal.save()

    with django_capture_on_commit_callbacks(execute=True):
        proposal_decide(proposal=proposal, status=ProposalStatus.ACCEPTED)

    (message,) = mail.outbox
    assert message.to == ["asukas@example.fi"]
    assert proposal.reference in message.subject
    assert translated(language, ACCEPTED_TEXT).split(".")[0] in message.body
    assert translated(language, "The city's response:") in message.body
    assert "Kiitos – otamme idean kokeilulistalle." in message.body
    assert f"http://testserver{BOARD_URLS[language]}{proposal.reference}/" in message.body

    board = client.get(BOARD_URLS[language]).content.decode()
    assert proposal.title in board
    assert translated(language, "The city's response") in board


def test_a_proposal_without_name_or_email_is_welcome(client, form_page, submission):
    response = client.post(FORM_URLS["fi"], submission())
    assert response.status_code == 302
    proposal = Proposal.objects.get()
    assert (proposal.name, proposal.email, proposal.contact_consent, proposal.name_consent) == ("", "", False, False)


def test_the_reference_is_random_and_easy_to_read_aloud(client, form_page, submission):
    for _ in range(5):
        client.post(FORM_URLS["fi"], submission())
    references = list(Proposal.objects.values_list("reference", flat=True))
    assert len(set(references)) == 5
    for reference in references:
        assert re.fullmatch(r"[A-HJKMNP-TV-Z2-9]{4}-[A-HJKMNP-TV-Z2-9]{4}", reference)


def test_a_thank_you_address_cannot_be_forged_or_reused_elsewhere(client, form_pages, submission):
    response = client.post(FORM_URLS["fi"], submission())
    token = response["Location"].removeprefix(f"{FORM_URLS['fi']}thanks/").rstrip("/")

    forged = client.get(f"{FORM_URLS['fi']}thanks/{token[:-2]}xx/")
    other_page = client.get(f"{FORM_URLS['sv']}thanks/{token}/")
    assert forged.status_code == 302 and forged["Location"] == FORM_URLS["fi"]
    assert other_page.status_code == 302 and other_page["Location"] == FORM_URLS["sv"]


class ProposalPageTreeTests(WagtailPageTestCase):
    def test_editors_place_the_form_and_the_board_under_the_home_page_with_nothing_below(self):
        self.assertCanCreateAt(HomePage, ProposalFormPage)
        self.assertCanCreateAt(HomePage, ProposalBoardPage)
        self.assertAllowedSubpageTypes(ProposalFormPage, {})
        self.assertAllowedSubpageTypes(ProposalBoardPage, {})


@pytest.mark.parametrize("language", LANGUAGES)
def test_mistakes_are_summarised_tied_to_their_fields_and_nothing_typed_is_lost(
    client, form_pages, submission, language
):
    response = client.post(
        FORM_URLS[language],
        submission(
            title="Pyöräparkki <torille>",
            description="Liian lyhyt",
            theme="",
            district="Keskusta",
            name="Aino",
            email="ei-osoite",
            contact_consent="on",
            name_consent="on",
        ),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert Proposal.objects.count() == 0
    # The title says there is an error, in the page's language.
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert title.startswith(translated(language, "Error:"))
    # The summary comes first and links to each field with a problem.
    summary = html[html.index('class="error-summary"') : html.index("</ul>", html.index('class="error-summary"'))]
    assert html.index('class="error-summary"') < html.index('name="title"')
    for anchor in ["#id_description", "#id_theme_0", "#id_email"]:
        assert f'href="{anchor}"' in summary
    assert translated(language, "Choose the theme closest to your idea.") in summary
    # Each error is tied to its field for screen readers.
    assert 'aria-invalid="true" aria-describedby="id_description_helptext id_description_error"' in html
    assert '<fieldset aria-describedby="id_theme_error">' in html
    assert 'id="id_email_error"' in html
    # Everything typed is still there, escaped.
    assert 'value="Pyöräparkki &lt;torille&gt;"' in html
    assert "Liian lyhyt</textarea>" in html
    assert 'value="Keskusta"' in html and 'value="Aino"' in html and 'value="ei-osoite"' in html
    assert 'id="id_contact_consent" checked' in html and 'id="id_name_consent" checked' in html


def test_consents_need_what_they_are_about(client, form_page, submission):
    response = client.post(FORM_URLS["en"], submission(contact_consent="on", name_consent="on"))
    html = response.content.decode()
    assert "Give your e-mail address so that we can contact you." in html
    assert "Give your name if you want it shown with the idea." in html


def test_the_privacy_notice_is_linked_before_the_submit_button(client, form_page, site, translated_page):
    from home.models import PortalSettings

    settings = PortalSettings.for_site(site)
    settings.privacy_page = translated_page
    settings.save()
    html = client.get(FORM_URLS["sv"]).content.decode()
    form = html.index('class="proposal-form"')
    assert form < html.index('href="/sv/tankesmedja/"', form) < html.index('type="submit"', form)
    # Both consent boxes are there, unticked.
    assert (
        '<input type="checkbox" name="contact_consent" class="checkboxinput form-check-input" id="id_contact_consent">'
        in html
    )
    assert (
        '<input type="checkbox" name="name_consent" class="checkboxinput form-check-input" id="id_name_consent">'
        in html
    )
