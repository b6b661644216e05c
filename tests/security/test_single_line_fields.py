"""A name, a title or a place is one line, read in the order it was typed, wherever it is shown afterwards."""

from html import escape

import pytest

from participation.forms import SingleLineTextField
from participation.models import Proposal, WorkshopSignup
from participation.proposals.forms import ProposalForm
from participation.workshops.forms import WorkshopSignupForm
from tests.participation.proposals.conftest import valid_submission
from tests.participation.workshops.support import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_rate_limits(settings):
    # Each test sends one form many times over, faster than the per-client limit allows.
    settings.PARTICIPATION_RATE_LIMITS_ENABLED = False


RTL_OVERRIDE = "\u202e"
ODD_VALUES = [
    "CRLF name test\r\nSubject: injected",
    "Open in the admin:\nhttp://example.com/",
    f"RTL {RTL_OVERRIDE}gnp.exe\u202c idea",
    "Isolated \u2066text\u2069 here",
    "Embedded \u202atext\u202c here",
]
ERRORS = {
    "fi": "Kirjoita tämä yhdelle riville",
    "sv": "Skriv det här på en rad",
    "en": "Write this on one line",
}


def test_every_single_line_field_of_the_public_forms_uses_the_one_rule():
    single_line = {
        form.__name__: sorted(
            name for name, field in form.base_fields.items() if isinstance(field, SingleLineTextField)
        )
        for form in (ProposalForm, WorkshopSignupForm)
    }
    assert single_line == {
        "ProposalForm": ["district", "name", "title"],
        "WorkshopSignupForm": ["name", "organisation"],
    }


@pytest.mark.parametrize(("language", "path"), [("fi", "/fi/ehdota/"), ("sv", "/sv/foresla/"), ("en", "/en/suggest/")])
def test_a_proposal_with_a_line_break_or_a_direction_control_is_shown_again_with_what_was_typed(
    client, form_page, language, path
):
    for field in ("title", "district", "name"):
        for value in ODD_VALUES[2:] if field != "title" else ODD_VALUES:
            response = client.post(path, valid_submission(**{field: value}))
            html = response.content.decode()
            assert response.status_code == 200, (field, value)
            assert ERRORS[language] in html, (field, value)
            if "\n" not in value:  # a text box cannot hold a line break; a browser drops it from the value
                assert f'value="{escape(value.strip())}"' in html, (field, value)
    assert not Proposal.objects.exists()


def test_an_ordinary_title_with_a_dash_and_accents_still_goes_in(client, form_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/fi/ehdota/", valid_submission(title="Kävelykatu – Hovioikeudenpuistikko", name="Åsa"))
    assert response.status_code == 302
    assert Proposal.objects.get().title == "Kävelykatu – Hovioikeudenpuistikko"


@pytest.mark.parametrize(
    ("language", "path"),
    [("fi", "/fi/tyopajat/kiertotalous/"), ("sv", "/sv/workshoppar/kiertotalous-sv/")],
)
def test_a_sign_up_with_a_line_break_or_a_direction_control_is_shown_again_with_what_was_typed(
    client, workshop, language, path
):
    for field in ("name", "organisation"):
        for value in ODD_VALUES:
            response = client.post(path, form_data(workshop, language=language, **{field: value}))
            html = response.content.decode()
            assert response.status_code == 200, (field, value)
            assert ERRORS[language] in html, (field, value)
            if "\n" not in value:
                assert f'value="{escape(value.strip())}"' in html, (field, value)
    assert not WorkshopSignup.objects.exists()
