"""A person finds a workshop, signs up in their own language, and hears back by e-mail in that language."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from participation.models import SignupState, WorkshopSignup
from participation.spam import HONEYPOT_FIELD
from tests.participation.workshops.support import form_data, make_workshop

pytestmark = pytest.mark.django_db

PAGES = {
    "fi": "/fi/tyopajat/kiertotalous/",
    "sv": "/sv/workshoppar/kiertotalous-sv/",
    "en": "/en/workshops/kiertotalous-en/",
}


def sign_up(client, capture, path, data):
    with capture(execute=True):
        return client.post(path, data)


@pytest.mark.parametrize(
    ("language", "seat_text", "thanks", "subject", "greeting"),
    [
        (
            "fi",
            "3 paikkaa jäljellä",
            "Olemme vastaanottaneet ilmoittautumisesi.",
            "Paikkasi on vahvistettu",
            "Hei Aino Esimerkki",
        ),
        ("sv", "3 platser kvar", "Vi har tagit emot din anmälan.", "Din plats är bekräftad", "Hej Aino Esimerkki"),
        ("en", "3 seats left", "We have received your sign-up.", "Your seat is confirmed", "Hello Aino Esimerkki"),
    ],
)
def test_a_person_signs_up_in_their_language_and_gets_a_confirmation_with_a_calendar_file(
    client, workshop, mailoutbox, django_capture_on_commit_callbacks, language, seat_text, thanks, subject, greeting
):
    page = client.get(PAGES[language])
    html = page.content.decode()
    assert page.status_code == 200
    assert seat_text in html
    assert "no-store" in page["Cache-Control"] and "private" in page["Cache-Control"]

    response = sign_up(
        client, django_capture_on_commit_callbacks, PAGES[language], form_data(workshop, language=language)
    )
    assert response.status_code == 200
    assert thanks in response.content.decode()
    signup = WorkshopSignup.objects.get()
    assert signup.state == SignupState.CONFIRMED
    assert signup.language == language
    assert signup.workshop_id == workshop.pk  # the seats live on the first language version

    [message] = mailoutbox
    assert message.to == ["aino@example.com"]
    assert subject in message.subject
    assert message.body.startswith(greeting)
    assert "/workshop-signup/" in message.body
    assert f"http://testserver/{language}/workshop-signup/" in message.body
    [(filename, ics, mimetype)] = message.attachments
    # The calendar file is named after the workshop in the person's language, like the page's address.
    assert filename == PAGES[language].rstrip("/").rpartition("/")[2] + ".ics"
    assert mimetype.startswith("text/calendar")

    assert seat_text.replace("3", "2") in client.get(PAGES[language]).content.decode()


def test_translations_share_one_set_of_seats(client, workshop, django_capture_on_commit_callbacks):
    for number, (language, path) in enumerate(PAGES.items()):
        data = form_data(workshop, email=f"person{number}@example.com", language=language)
        sign_up(client, django_capture_on_commit_callbacks, path, data)
    assert WorkshopSignup.objects.filter(state=SignupState.CONFIRMED).count() == 3
    for path in PAGES.values():
        html = client.get(path).content.decode()
        assert "seat-status--waitlist_only" in html


def test_the_fourth_person_joins_the_waitlist_and_is_told_their_place(
    client, workshop, mailoutbox, django_capture_on_commit_callbacks
):
    for number in range(3):
        sign_up(
            client, django_capture_on_commit_callbacks, PAGES["en"], form_data(workshop, email=f"p{number}@example.com")
        )
    page = client.get(PAGES["en"]).content.decode()
    assert "Waitlist only" in page
    assert "Join the waitlist" in page
    response = sign_up(
        client,
        django_capture_on_commit_callbacks,
        PAGES["en"],
        form_data(workshop, email="late@example.com", language="en"),
    )
    # The page says only that the sign-up arrived; the e-mail tells the person where they stand.
    assert "We have received your sign-up." in response.content.decode()
    late = WorkshopSignup.objects.get(email="late@example.com")
    assert late.state == SignupState.WAITLISTED
    assert "You are on the waitlist" in mailoutbox[-1].subject
    assert not mailoutbox[-1].attachments


def test_signing_up_again_gets_the_same_answer_as_a_new_sign_up_and_the_link_by_e_mail(
    client, workshop, mailoutbox, django_capture_on_commit_callbacks
):
    sign_up(client, django_capture_on_commit_callbacks, PAGES["en"], form_data(workshop, language="en"))
    again = form_data(workshop, email="  AINO@Example.com ", name="Someone Else", language="en")
    response = sign_up(client, django_capture_on_commit_callbacks, PAGES["en"], again)
    html = response.content.decode()
    assert "We have received your sign-up." in html
    assert "already signed up" not in html and "personal link" not in html
    assert "Aino" not in html  # nothing about the existing sign-up is shown to whoever typed the address
    assert WorkshopSignup.objects.count() == 1
    assert len(mailoutbox) == 2
    assert "Your sign-up link" in mailoutbox[1].subject
    assert mailoutbox[1].to == ["aino@example.com"]


def test_the_database_refuses_a_second_active_signup_for_the_same_address(workshop):
    from django.db import IntegrityError, transaction

    first = WorkshopSignup.objects.create(
        workshop=workshop,
        public_id="00000000-0000-4000-8000-000000000001",
        state="confirmed",
        name="A",
        email="same@example.com",
        stakeholder_group="resident",
        language="fi",
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        WorkshopSignup.objects.create(
            workshop=workshop,
            public_id="00000000-0000-4000-8000-000000000002",
            state="waitlisted",
            name="B",
            email="SAME@example.com",
            stakeholder_group="resident",
            language="fi",
        )
    first.state = SignupState.CANCELLED
    first.save()
    # Once cancelled, the address may sign up again.
    WorkshopSignup.objects.create(
        workshop=workshop,
        public_id="00000000-0000-4000-8000-000000000003",
        state="confirmed",
        name="A",
        email="same@example.com",
        stakeholder_group="resident",
        language="fi",
    )


@pytest.mark.parametrize(
    ("language", "summary_title", "required_message"),
    [
        ("fi", "Virhe:", "Kirjoita nimesi."),
        ("sv", "Fel:", "Skriv ditt namn."),
        ("en", "Error:", "Enter your name."),
    ],
)
def test_errors_are_summarised_tied_to_fields_and_nothing_typed_is_lost(
    client, workshop, language, summary_title, required_message
):
    data = form_data(
        workshop, name="", email="not-an-address", organisation="Vaasan yliopisto", needs_details="Gluteeniton"
    )
    data.pop("stakeholder_group")
    response = client.post(PAGES[language], data)
    html = response.content.decode()
    assert response.status_code == 200
    assert re.search(rf"<title>{summary_title}", html)
    assert 'class="error-summary"' in html
    assert 'href="#id_name"' in html and 'href="#id_stakeholder_group_0"' in html
    assert required_message in html
    assert 'aria-describedby="id_name_error"' in html
    assert 'aria-invalid="true"' in html
    assert 'value="Vaasan yliopisto"' in html
    assert "Gluteeniton</textarea>" in html
    assert 'value="step_free_access" checked' in html.replace('" id', '"').replace("  ", " ") or "checked" in html
    assert WorkshopSignup.objects.count() == 0


def test_groups_of_choices_are_fieldsets_with_legends(client, workshop):
    html = client.get(PAGES["en"]).content.decode()
    assert html.count("<fieldset") == 3
    assert "<legend" in html and "I take part as" in html
    # Nothing inline that the strict content security policy would block: scripts only as files of our own.
    assert "style=" not in html
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/js/disclosures.js" defer>']


def test_control_characters_are_a_form_error_not_a_crash(client, workshop):
    response = client.post(PAGES["en"], form_data(workshop, name="Aino\x00"))
    assert response.status_code == 200
    assert "invisible control characters" in response.content.decode()


def test_a_filled_honeypot_is_thanked_but_nothing_is_stored(client, workshop, mailoutbox):
    response = client.post(PAGES["en"], form_data(workshop, **{HONEYPOT_FIELD: "http://spam.example"}))
    assert response.status_code == 200
    assert "We have received your sign-up." in response.content.decode()
    assert WorkshopSignup.objects.count() == 0
    assert mailoutbox == []


def test_a_flood_of_posts_gets_a_clear_429(client, workshop, settings):
    settings.WORKSHOP_SIGNUP_RATE = "2/m"
    for number in range(2):
        client.post(PAGES["en"], form_data(workshop, email=f"f{number}@example.com"))
    response = client.post(PAGES["en"], form_data(workshop, email="f9@example.com"))
    assert response.status_code == 429
    assert "Too many submissions" in response.content.decode()


def test_markup_typed_into_the_form_is_stored_as_text_and_mailed_as_plain_text(
    client, workshop, mailoutbox, django_capture_on_commit_callbacks
):
    payload = 'Anna & Ben <script>alert("x")</script>'
    sign_up(client, django_capture_on_commit_callbacks, PAGES["en"], form_data(workshop, name=payload, language="en"))
    assert WorkshopSignup.objects.get().name == payload
    message = mailoutbox[0]
    # A plain-text message with no HTML part: nothing interprets the markup, and "&" is not mangled to "&amp;".
    assert message.content_subtype == "plain" and not getattr(message, "alternatives", [])
    assert f"Hello {payload}," in message.body
    assert "&amp;" not in message.body
    assert "\n" not in message.subject


class TestRegistrationWindow:
    def test_before_registration_opens_the_page_says_when_and_has_no_form(self, client, workshop_index):
        opens = timezone.now() + timedelta(days=2)
        make_workshop(workshop_index, slug="pian", registration_opens_at=opens)
        html = client.get("/en/workshops/pian-en/").content.decode()
        assert "Registration opens on" in html
        assert '<form method="post"' not in html

    def test_after_registration_closes_a_post_stores_nothing(self, client, workshop_index):
        closed = make_workshop(
            workshop_index, slug="suljettu", registration_closes_at=timezone.now() - timedelta(hours=1)
        )
        html = client.get("/en/workshops/suljettu-en/").content.decode()
        assert "Registration closed" in html
        response = client.post("/en/workshops/suljettu-en/", form_data(closed))
        assert response.status_code == 200
        assert WorkshopSignup.objects.count() == 0

    def test_a_full_workshop_without_a_waitlist_says_so(
        self, client, workshop_index, django_capture_on_commit_callbacks
    ):
        full = make_workshop(workshop_index, slug="taynna", capacity=1, waitlist_enabled=False)
        sign_up(client, django_capture_on_commit_callbacks, "/en/workshops/taynna-en/", form_data(full))
        html = client.get("/en/workshops/taynna-en/").content.decode()
        assert "Fully booked" in html
        assert '<form method="post"' not in html


def test_a_workshop_needing_approval_keeps_sign_ups_pending(
    client, workshop_index, mailoutbox, django_capture_on_commit_callbacks
):
    moderated = make_workshop(workshop_index, slug="hyvaksynta", requires_approval=True)
    response = sign_up(
        client,
        django_capture_on_commit_callbacks,
        "/sv/workshoppar/hyvaksynta-sv/",
        form_data(moderated, language="sv"),
    )
    # The page answers as for any sign-up; the e-mail says that a moderator decides.
    assert "Vi har tagit emot din anmälan." in response.content.decode()
    assert WorkshopSignup.objects.get().state == SignupState.PENDING
    assert "Vi har tagit emot din anmälan" in mailoutbox[0].subject
