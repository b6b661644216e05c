"""A person fills in a public form; software that imitates one is turned away without learning why."""

import time

import pytest
from django.test import RequestFactory, override_settings

from participation.forms import PlainTextField, SpamProtectedForm
from participation.spam import HONEYPOT_FIELD, TIMESTAMP_FIELD, is_flooding, signed_render_time


class IdeaForm(SpamProtectedForm):
    form_id = "test-idea"
    title = PlainTextField(max_length=80)


def submission(**overrides):
    data = {"title": "Kirjastobussi kampukselle", TIMESTAMP_FIELD: signed_render_time("test-idea", time.time() - 60)}
    data.update(overrides)
    return data


def test_a_person_who_took_their_time_is_not_spam():
    form = IdeaForm(submission())
    assert form.is_valid()
    assert form.spam_reason() is None


def test_a_filled_honeypot_gives_the_bot_away():
    form = IdeaForm(submission(**{HONEYPOT_FIELD: "http://spam.example"}))
    assert form.is_valid()
    assert form.spam_reason() == "honeypot"


def test_a_form_sent_a_second_after_it_was_shown_is_too_fast():
    form = IdeaForm(submission(**{TIMESTAMP_FIELD: signed_render_time("test-idea")}))
    assert form.spam_reason() == "too_fast"


@override_settings(PARTICIPATION_MAX_FORM_AGE_SECONDS=3600)
def test_a_form_rendered_days_ago_is_too_old():
    form = IdeaForm(submission(**{TIMESTAMP_FIELD: signed_render_time("test-idea", time.time() - 3 * 86400)}))
    assert form.spam_reason() == "too_old"


@pytest.mark.parametrize(
    "stamp",
    [
        "",
        "not-a-signature",
        signed_render_time("another-form", time.time() - 60),
        signed_render_time("test-idea", time.time() - 60)[:-3] + "abc",
    ],
)
def test_a_missing_or_forged_timestamp_is_tampering(stamp):
    form = IdeaForm(submission(**{TIMESTAMP_FIELD: stamp}))
    assert form.spam_reason() == "tampered"


def test_an_unbound_form_carries_a_fresh_stamp_for_itself():
    form = IdeaForm()
    stamp = form.initial[TIMESTAMP_FIELD]
    assert IdeaForm(submission(**{TIMESTAMP_FIELD: stamp})).spam_reason() == "too_fast"


@pytest.mark.parametrize("text", ["nul\x00byte", "bell\x07", "escape\x1b[31m", "delete\x7f"])
def test_control_characters_are_a_form_error_not_a_crash(text):
    form = IdeaForm(submission(title=text))
    assert not form.is_valid()
    assert form.has_error("title", code="control_characters")


def test_line_breaks_and_tabs_are_ordinary_text():
    form = IdeaForm(submission(title="Rivi\tyksi\r\nrivi kaksi"))
    assert form.is_valid()


def test_the_honeypot_is_out_of_reach_of_keyboards_and_screen_readers():
    html = str(IdeaForm()[HONEYPOT_FIELD])
    assert 'tabindex="-1"' in html
    assert 'autocomplete="off"' in html
    layout = IdeaForm.honeypot_layout()
    assert layout.css_class == "hp-field"
    assert 'aria-hidden="true"' in layout.flat_attrs


@override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}})
def test_a_flood_from_one_address_is_stopped_while_others_still_get_through():
    factory = RequestFactory()
    flooder = [factory.post("/fi/idea/", REMOTE_ADDR="192.0.2.10") for _ in range(4)]
    neighbour = factory.post("/fi/idea/", REMOTE_ADDR="192.0.2.99")
    verdicts = [is_flooding(request, group="test-idea", rate="3/m") for request in flooder]
    assert verdicts == [False, False, False, True]
    assert is_flooding(neighbour, group="test-idea", rate="3/m") is False


@override_settings(PARTICIPATION_RATE_LIMITS_ENABLED=False)
def test_a_benchmark_can_lift_the_rate_limit():
    request = RequestFactory().post("/fi/idea/", REMOTE_ADDR="192.0.2.10")
    assert not any(is_flooding(request, group="bench", rate="1/m") for _ in range(5))
