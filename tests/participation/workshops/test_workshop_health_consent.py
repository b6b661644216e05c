"""A person tells the organisers what they need only with a separate consent, which is kept with the needs and goes
with them."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from participation.models import SignupState, WorkshopSignup
from participation.workshops.forms import WorkshopSignupForm
from participation.workshops.models import HEALTH_CONSENT_VERSION
from participation.workshops.services import signup_cancel, signup_create, signup_decide
from participation.workshops.tokens import manage_path
from tests.participation.workshops.support import form_data, signup_kwargs

pytestmark = pytest.mark.django_db

PAGES = {
    "fi": "/fi/tyopajat/kiertotalous/",
    "sv": "/sv/workshoppar/kiertotalous-sv/",
    "en": "/en/workshops/kiertotalous-en/",
}
CONSENT = {
    "fi": (
        "Annan suostumukseni siihen, että järjestäjät käyttävät yllä kertomiani tarpeita",
        "poistetaan 45 päivän kuluttua työpajasta",
        "Jos haluat kertoa tarpeistasi, anna suostumuksesi rastittamalla tämä kohta.",
    ),
    "sv": (
        "Jag samtycker till att arrangörerna använder de behov jag uppger ovan",
        "raderas 45 dagar efter workshoppen",
        "Om du vill berätta om dina behov, ge ditt samtycke genom att kryssa i rutan.",
    ),
    "en": (
        "I consent to the organisers using the needs I give above",
        "deleted 45 days after the workshop",
        "To tell us your needs, give your consent by ticking this box.",
    ),
}


def flat(response):
    return " ".join(response.content.decode().split())


def consent_input(html):
    start = html.index('id="id_health_consent"')
    return html[html.rindex("<input", 0, start) : html.index(">", start) + 1]


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_form_asks_a_separate_unticked_consent_that_names_its_purpose_and_the_deletion_time(
    client, workshop, settings, language
):
    settings.WORKSHOP_SIGNUP_RETENTION_DAYS = 45
    label, deletion, _error = CONSENT[language]

    html = flat(client.get(PAGES[language]))

    field = consent_input(html)
    assert 'type="checkbox"' in field and "checked" not in field
    assert 'aria-describedby="id_health_consent_helptext"' in field
    assert f'<label class="form-check-label" for="id_health_consent">{label}' in html
    assert deletion in html
    # After the needs it covers, before the language question.
    assert html.index('name="needs_details"') < html.index('id="id_health_consent"') < html.index('name="language"')


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_needs_without_the_consent_are_refused_on_the_consent_field_and_what_was_typed_stays(
    client, workshop, language
):
    data = form_data(workshop, needs=["dietary"], needs_details="Pähkinäallergia", language=language)
    data.pop("health_consent")

    response = client.post(PAGES[language], data)

    html = flat(response)
    assert response.status_code == 200
    assert WorkshopSignup.objects.count() == 0
    error = CONSENT[language][2]
    assert '<a href="#id_health_consent">' in html and error in html
    assert 'id="id_health_consent_error"' in html
    assert 'aria-describedby="id_health_consent_helptext id_health_consent_error"' in consent_input(html)
    assert "Pähkinäallergia</textarea>" in html
    assert re.search(r'<input type="checkbox" name="needs" value="dietary"[^>]*checked>', html)
    assert 'value="Aino Esimerkki"' in html


def test_other_needs_alone_also_need_the_consent(client, workshop):
    data = form_data(workshop, needs=[], needs_details="Tarvitsen avustajan")
    data.pop("health_consent")
    response = client.post(PAGES["en"], data)
    assert "To tell us your needs" in response.content.decode()
    assert WorkshopSignup.objects.count() == 0


def test_with_the_consent_the_needs_are_kept_with_the_consents_version_and_time(
    client, workshop, django_capture_on_commit_callbacks
):
    before = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(PAGES["fi"], form_data(workshop, needs=["dietary"], needs_details="Laktoositon"))

    signup = WorkshopSignup.objects.get()
    assert (signup.needs, signup.needs_details) == (["dietary"], "Laktoositon")
    assert signup.health_consent_version == HEALTH_CONSENT_VERSION
    assert before <= signup.health_consent_at <= timezone.now()


def test_without_needs_nobody_is_asked_to_consent_and_no_consent_is_recorded(
    client, workshop, django_capture_on_commit_callbacks
):
    data = form_data(workshop, needs=[], email="eka@example.com")
    data.pop("health_consent")
    ticked_for_nothing = form_data(workshop, needs=[], email="toka@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(PAGES["en"], data)
        client.post(PAGES["en"], ticked_for_nothing)

    signups = WorkshopSignup.objects.order_by("email")
    assert [signup.email for signup in signups] == ["eka@example.com", "toka@example.com"]
    assert {(signup.health_consent_version, signup.health_consent_at) for signup in signups} == {(None, None)}


def test_the_rule_holds_for_every_caller_of_the_service_not_only_the_form(workshop):
    with pytest.raises(ValidationError) as refused:
        signup_create(workshop=workshop, **signup_kwargs(needs=["induction_loop"]))
    assert "health_consent" in refused.value.error_dict
    assert WorkshopSignup.objects.count() == 0

    signup = signup_create(workshop=workshop, **signup_kwargs(needs=["induction_loop"], health_consent=True)).signup
    assert signup.health_consent_version == HEALTH_CONSENT_VERSION


def test_the_person_withdraws_the_consent_on_their_page_and_keeps_their_seat(
    client, workshop, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        signup = signup_create(
            workshop=workshop,
            **signup_kwargs(language="sv", needs=["dietary"], needs_details="Glutenfri", health_consent=True),
        ).signup
    path = manage_path(signup)

    page = flat(client.get(path))
    assert "Dina behov" in page and "Specialkost" in page and "Glutenfri" in page

    response = client.post(path, {"action": "withdraw_health_consent"})

    assert response.status_code == 200
    assert "Dina behov har raderats och ditt samtycke har återkallats." in flat(response)
    signup.refresh_from_db()
    assert (signup.needs, signup.needs_details, signup.health_consent_version, signup.health_consent_at) == (
        [],
        "",
        None,
        None,
    )
    assert signup.state == SignupState.CONFIRMED
    assert "Dina behov</h2>" not in flat(client.get(path))


@pytest.mark.parametrize("ends_by", ["cancel", "decline"])
def test_needs_go_at_once_when_the_sign_up_ends(workshop, ends_by):
    signup = signup_create(
        workshop=workshop, **signup_kwargs(needs=["induction_loop"], needs_details="Avustaja", health_consent=True)
    ).signup
    if ends_by == "cancel":
        signup_cancel(signup=signup)
    else:
        signup_decide(signups=[signup], approve=False)
    signup.refresh_from_db()
    assert signup.state in (SignupState.CANCELLED, SignupState.DECLINED)
    assert (signup.needs, signup.needs_details, signup.health_consent_at) == ([], "", None)
    # The rest waits for the anonymisation like any ended sign-up.
    assert signup.email == "aino@example.com"


# Every wording a stored consent can name. A new wording gets a new version here and in models.py.
CONSENT_WORDINGS = {
    1: (
        "I consent to the organisers using the needs I give above, which may reveal something about my health, "
        "only for arranging this workshop."
    ),
}


def test_a_changed_consent_wording_comes_with_a_new_version(workshop):
    with translation.override("en"):
        label = WorkshopSignupForm(workshop=workshop).fields["health_consent"].label
    assert CONSENT_WORDINGS[HEALTH_CONSENT_VERSION] == label, "bump HEALTH_CONSENT_VERSION with the wording"
