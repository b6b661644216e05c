"""A valid but very long e-mail address is a message on the form, in the person's language, never a server error."""

import pytest
from django.core.exceptions import ValidationError

from participation.models import Proposal

from .conftest import FORM_URLS, valid_submission

pytestmark = pytest.mark.django_db

# 259 characters and valid by the standard's rules: a 64-character local part and four labels of at most 63.
LONG_ADDRESS = "a" * 64 + "@" + "b" * 63 + "." + "c" * 63 + "." + "d" * 63 + ".fi"
TOO_LONG = {
    "fi": "Sähköpostiosoite on liian pitkä: enintään 254 merkkiä.",
    "sv": "E-postadressen är för lång: högst 254 tecken.",
    "en": "The e-mail address is too long: at most 254 characters are allowed.",
}


def test_the_address_really_is_long_and_valid():
    from django.core.validators import validate_email

    assert len(LONG_ADDRESS) == 259
    validate_email(LONG_ADDRESS)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_proposal_with_a_259_character_address_gets_a_form_error_that_keeps_what_was_typed(
    client, form_page, language
):
    response = client.post(FORM_URLS[language], valid_submission(email=LONG_ADDRESS, name="Aino"))
    html = response.content.decode()
    assert response.status_code == 200
    assert TOO_LONG[language] in html
    assert LONG_ADDRESS in html and 'value="Aino"' in html
    assert Proposal.objects.count() == 0


def test_a_rule_only_the_model_knows_is_shown_on_the_proposal_form(client, form_page, monkeypatch):
    def refuse(**fields):
        raise ValidationError({"email": ["Not this address."], "reference": ["Not this reference."]})

    monkeypatch.setattr("participation.proposals.views.proposal_submit", refuse)
    response = client.post(FORM_URLS["en"], valid_submission(email="aino@example.fi"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Not this address." in html and "Not this reference." in html
    assert 'value="aino@example.fi"' in html
