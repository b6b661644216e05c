"""A valid but very long e-mail address is a message on the sign-up form, never a server error."""

import pytest
from django.core.exceptions import ValidationError

from participation.models import WorkshopSignup
from tests.participation.proposals.test_proposal_long_email import LONG_ADDRESS, TOO_LONG
from tests.participation.workshops.support import form_data

pytestmark = pytest.mark.django_db

WORKSHOP_PAGES = {
    "fi": "/fi/tyopajat/kiertotalous/",
    "sv": "/sv/workshoppar/kiertotalous-sv/",
    "en": "/en/workshops/kiertotalous-en/",
}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_sign_up_with_a_259_character_address_gets_a_form_error_that_keeps_what_was_typed(client, workshop, language):
    response = client.post(WORKSHOP_PAGES[language], form_data(workshop, email=LONG_ADDRESS, language=language))
    html = response.content.decode()
    assert response.status_code == 200
    assert TOO_LONG[language] in html
    assert LONG_ADDRESS in html
    assert WorkshopSignup.objects.count() == 0


def test_a_rule_only_the_model_knows_is_shown_on_the_sign_up_form(client, workshop, monkeypatch):
    def refuse(**fields):
        raise ValidationError({"name": ["Not this name."]})

    monkeypatch.setattr("participation.workshops.views.signup_create", refuse)
    response = client.post(WORKSHOP_PAGES["en"], form_data(workshop, name="Aino"))
    assert response.status_code == 200
    assert "Not this name." in response.content.decode()
