"""An idea's author looks up how it stands with its reference and their e-mail address, and learns nothing else."""

import re
import time

import pytest
from django.core import mail
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from home.demo_support import translations_of
from participation.models import Proposal, ProposalStatus
from participation.proposals.services import assign_to_think_tank, proposal_decide
from participation.retention import privacy_facts
from participation.spam import HONEYPOT_FIELD, TIMESTAMP_FIELD, signed_render_time
from tests.factories import publish_think_tank, publish_vocabulary

from .conftest import BOARD_URLS, FORM_URLS

pytestmark = pytest.mark.django_db

STATUS_URLS = {language: f"{url}status/" for language, url in FORM_URLS.items()}
THINK_TANK_URLS = {
    "fi": "/fi/ajatushautomot/tyomatkat/",
    "sv": "/sv/tankesmedjor/arbetsresor/",
    "en": "/en/think-tanks/commuting/",
}
NEUTRAL = (
    "We found no idea with this reference number and e-mail address. Check both and try again. You can look up "
    "only an idea you sent with your e-mail address; if you sent yours without one, the idea board shows it once "
    "it has been accepted."
)


def gettext_in(language, text):
    with translation.override(language):
        return translation.gettext(text)


def lookup(**overrides):
    data = {"reference": "", "email": "", TIMESTAMP_FIELD: signed_render_time("proposal-status", time.time() - 30)}
    data.update(overrides)
    return data


@pytest.fixture
def ideas(proposal_factory):
    return {
        "in_review": proposal_factory(
            title="Kimppakyytitaulu satamaan",
            status=ProposalStatus.IN_REVIEW,
            email="Aino.Asukas@example.fi",
            moderator_note="Soitettu satamaan.",
            name="Aino Asukas",
        ),
        "accepted": proposal_factory(
            title="Pendelcyklar till Runsor",
            language="sv",
            status=ProposalStatus.ACCEPTED,
            email="bo@example.fi",
            public_response="Tankesmedjan för arbetsresor tar upp idén i höst.",
            responsible_unit="Stadsmiljö, trafikplanering",
        ),
        "anonymous": proposal_factory(title="Ilman osoitetta", status=ProposalStatus.NEW),
    }


def answer_text(response):
    """The page without what changes with every rendering (the CSRF token and the signed stamp)."""
    html = response.content.decode()
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)
    html = re.sub(r'name="rendered_at" value="[^"]*"', "", html)
    return re.sub(r'value="[^"]*"', "", html)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_author_sees_their_idea_in_review_in_their_language(client, form_pages, ideas, language):
    page = client.get(STATUS_URLS[language])
    assert page.status_code == 200
    html = page.content.decode()
    assert f'<html lang="{language}">' in html
    assert 'name="reference"' in html and 'name="email"' in html
    # Each field has its label.
    assert re.search(r'<label\s+for="id_reference"', html) and re.search(r'<label\s+for="id_email"', html)
    assert "no-cache" in page["Cache-Control"]

    idea = ideas["in_review"]
    # Copied by hand: small letters, no dash, the address in other capitals.
    response = client.post(
        STATUS_URLS[language], lookup(reference=idea.reference.lower().replace("-", ""), email="aino.asukas@EXAMPLE.fi")
    )

    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]
    html = response.content.decode()
    assert '<h2 id="proposal-status-heading" lang="fi">Kimppakyytitaulu satamaan</h2>' in html
    assert idea.reference in html
    with translation.override(language):
        assert str(ProposalStatus.IN_REVIEW.label) in html
    # What the moderators keep to themselves stays with them.
    assert "Soitettu satamaan." not in html


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_author_sees_who_took_the_idea_up_and_the_citys_response(
    client, home, form_pages, board_page, ideas, moderator, language
):
    think_tank = publish_think_tank(home, publish_vocabulary())
    idea = ideas["accepted"]
    assign_to_think_tank(idea, think_tank, "Stadsmiljö, trafikplanering", by=moderator)

    response = client.post(STATUS_URLS[language], lookup(reference=idea.reference, email="bo@example.fi"))

    html = response.content.decode()
    assert response.status_code == 200
    think_tank_title = translations_of(think_tank)[language].title
    assert f'<a href="{THINK_TANK_URLS[language]}">{think_tank_title}</a>' in html
    assert "Stadsmiljö, trafikplanering" in html
    assert '<p lang="sv" class="mb-0">Tankesmedjan för arbetsresor tar upp idén i höst.</p>' in html
    assert f'href="{BOARD_URLS[language]}{idea.reference}/"' in html
    with translation.override(language):
        assert str(ProposalStatus.ACCEPTED.label) in html
        assert translation.gettext("Think tank") in html


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_wrong_pair_gets_one_and_the_same_answer(client, form_pages, ideas, language):
    attempts = {
        "wrong address": lookup(reference=ideas["in_review"].reference, email="bo@example.fi"),
        "unknown reference": lookup(reference="ZZZZ-9999", email="aino.asukas@example.fi"),
        "not a reference at all": lookup(reference="12", email="aino.asukas@example.fi"),
        "idea sent without an address": lookup(reference=ideas["anonymous"].reference, email="bo@example.fi"),
        "someone else's idea with one's own address": lookup(
            reference=ideas["accepted"].reference, email="aino.asukas@example.fi"
        ),
    }
    answers = {}
    for case, data in attempts.items():
        response = client.post(STATUS_URLS[language], data)
        assert response.status_code == 200, case
        html = response.content.decode()
        assert gettext_in(language, NEUTRAL) in html, case
        for proposal in ideas.values():
            assert proposal.title not in html, case
        answers[case] = answer_text(response)
    # Nothing in the page tells the cases apart, but for what the person typed (given back in the form).
    assert len(set(answers.values())) == 1, answers.keys()


def test_a_wrong_pair_costs_the_same_queries_whatever_was_wrong(client, form_pages, ideas):
    def queries(data):
        with CaptureQueriesContext(connection) as captured:
            client.post(STATUS_URLS["fi"], data)
        return len(captured)

    client.get(STATUS_URLS["fi"])
    counts = {
        queries(lookup(reference=ideas["in_review"].reference, email="bo@example.fi")),
        queries(lookup(reference="ZZZZ-9999", email="bo@example.fi")),
        queries(lookup(reference=ideas["anonymous"].reference, email="bo@example.fi")),
    }
    assert len(counts) == 1


def test_a_form_with_an_empty_field_says_which(client, form_pages):
    response = client.post(STATUS_URLS["en"], lookup(reference="", email="not-an-address"))
    html = response.content.decode()
    assert response.status_code == 200
    assert gettext_in("en", "Give the reference number of your idea.") in html
    assert gettext_in("en", "Enter an e-mail address in the form name@example.fi.") in html
    # Each error is tied to its field, and the summary leads to it.
    assert 'aria-describedby="id_reference_helptext id_reference_error"' in html
    assert '<a href="#id_email">' in html


@pytest.mark.parametrize(
    ("case", "overrides"),
    [
        ("honeypot filled in", lambda: {HONEYPOT_FIELD: "https://spam.example/"}),
        ("sent a second after rendering", lambda: {TIMESTAMP_FIELD: signed_render_time("proposal-status")}),
        ("stamp of the idea form", lambda: {TIMESTAMP_FIELD: signed_render_time("proposal", time.time() - 60)}),
        ("no stamp", lambda: {TIMESTAMP_FIELD: ""}),
    ],
)
def test_software_gets_the_neutral_answer_even_for_the_right_pair(client, form_pages, ideas, case, overrides):
    idea = ideas["in_review"]
    response = client.post(
        STATUS_URLS["fi"], lookup(reference=idea.reference, email="aino.asukas@example.fi", **overrides())
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert gettext_in("fi", NEUTRAL) in html
    assert "Kimppakyytitaulu satamaan" not in html


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@override_settings(PARTICIPATION_PROPOSAL_STATUS_RATE_LIMIT="3/h", PARTICIPATION_PROPOSAL_RATE_LIMIT="100/h")
def test_trying_reference_after_reference_is_stopped(client, form_pages, ideas, submission, language):
    for number in range(3):
        data = lookup(reference=f"ZZZZ-999{number + 2}", email="x@example.fi")
        assert client.post(STATUS_URLS[language], data, REMOTE_ADDR="192.0.2.7").status_code == 200

    # Even the right pair waits now.
    idea = ideas["in_review"]
    right = lookup(reference=idea.reference, email="aino.asukas@example.fi")
    response = client.post(STATUS_URLS[language], right, REMOTE_ADDR="192.0.2.7")
    assert response.status_code == 429
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert gettext_in(language, "Too many submissions") in html
    assert "Kimppakyytitaulu satamaan" not in html

    # A count of its own: the same connection may still send an idea, and another may look up.
    assert client.post(FORM_URLS[language], submission(), REMOTE_ADDR="192.0.2.7").status_code == 302
    assert client.post(STATUS_URLS[language], right, REMOTE_ADDR="192.0.2.8").status_code == 200


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_thank_you_page_leads_to_the_look_up(client, form_pages, submission, language):
    response = client.post(FORM_URLS[language], submission(email="aino@example.fi"))
    html = client.get(response["Location"]).content.decode()
    assert f'href="{STATUS_URLS[language]}"' in html
    assert gettext_in(language, "Look up how your idea is doing with its reference number") in html


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_decision_e_mail_tells_the_author_where_to_look_the_idea_up(
    client, form_pages, submission, django_capture_on_commit_callbacks, language
):
    client.post(FORM_URLS[language], submission(email="aino@example.fi"))
    proposal = Proposal.objects.get()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        proposal_decide(proposal=proposal, status=ProposalStatus.DECLINED)

    (message,) = mail.outbox
    assert f"http://testserver{STATUS_URLS[language]}\n" in message.body
    with translation.override(language):
        expected = translation.gettext(
            "You can look up how your idea is doing at any time with its reference number %(reference)s and this "
            "e-mail address:"
        ) % {"reference": proposal.reference}
    assert " ".join(expected.split()) in " ".join(message.body.split())


@pytest.mark.parametrize(
    ("language", "period"),
    [("fi", "Säilytetään 2 tunnin ajan."), ("sv", "Sparas i 2 timmar."), ("en", "Kept for 2 hours.")],
)
def test_the_privacy_notice_states_how_long_the_look_up_count_is_kept(settings, language, period):
    settings.PARTICIPATION_PROPOSAL_STATUS_RATE_LIMIT = "5/2h"
    settings.PARTICIPATION_PROPOSAL_RATE_LIMIT = "10/10m"
    settings.WORKSHOP_SIGNUP_RATE = "10/10m"
    with translation.override(language):
        facts = privacy_facts()
        look_ups = translation.gettext(
            "A count of the look-ups of an idea's state made from your connection's address, so that nobody can "
            "try reference numbers in bulk. The address is never stored with what you send."
        )
    assert [fact.period for fact in facts if fact.what == look_ups] == [period]


def test_the_language_switcher_leads_to_the_look_up_in_the_other_languages(client, form_pages):
    html = client.get(STATUS_URLS["fi"]).content.decode()
    assert f'<a href="{STATUS_URLS["sv"]}" hreflang="sv">Svenska</a>' in html
    assert f'<link rel="alternate" hreflang="en" href="http://testserver{STATUS_URLS["en"]}">' in html
