"""A resident reads in the privacy notice how long their data is kept: the figures the deletion actually follows."""

import re
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.utils import translation

from home.demo.texts import page_texts
from home.demo_support import add_translated_page, read_data, stream
from home.models import StandardPage
from participation.retention import duration_text, privacy_facts, rate_window_seconds

pytestmark = pytest.mark.django_db

URLS = {"fi": "/fi/tietosuoja/", "sv": "/sv/dataskydd/", "en": "/en/privacy/"}
PRIVACY_DATA = Path(django_settings.BASE_DIR, "home", "demo")


@pytest.fixture
def privacy_notice(home):
    """A privacy notice whose retention section is a heading and the table the settings fill in."""
    titles = {"fi": ("Tietosuojaseloste", "Säilytysaika"), "sv": ("Dataskydd", "Lagringstid"), "en": ("Privacy", "")}
    return add_translated_page(
        home,
        StandardPage,
        {
            code: {
                "title": title,
                "slug": URLS[code].strip("/").split("/")[1],
                "body": stream(
                    "privacy-test",
                    [("heading", {"text": heading or "How long", "level": "h2"}), ("retention_facts", None)],
                ),
            }
            for code, (title, heading) in titles.items()
        },
    )


def page_text(client, language):
    response = client.get(URLS[language])
    assert response.status_code == 200
    return " ".join(response.content.decode().split())


EXPECTED = {
    # language: what the table says for the settings below
    "fi": [
        "Poistetaan 400 päivän kuluttua päätöksestä.",
        "Poistetaan 30 päivän kuluttua idean viimeisimmästä muutoksesta.",
        "Poistetaan 21 päivän kuluttua työpajasta.",
        "Toimii 7 päivän ajan lähettämisen jälkeen",
        "Säilytetään 2 tunnin ajan.",
        "Säilytetään 15 minuutin ajan.",
    ],
    "sv": [
        "Raderas 400 dagar efter beslutet.",
        "Raderas 30 dagar efter att idén senast ändrades.",
        "Raderas 21 dagar efter workshoppen.",
        "Fungerar i 7 dagar efter att den skickades",
        "Sparas i 2 timmar.",
        "Sparas i 15 minuter.",
    ],
    "en": [
        "Removed 400 days after the decision.",
        "Removed 30 days after the idea was last changed.",
        "Removed 21 days after the workshop.",
        "Works for 7 days after it was sent",
        "Kept for 2 hours.",
        "Kept for 15 minutes.",
    ],
}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_notice_states_the_periods_of_the_settings_and_follows_a_changed_setting(
    client, settings, privacy_notice, language
):
    settings.PARTICIPATION_PROPOSAL_RETENTION_DAYS = 400
    settings.PARTICIPATION_PROPOSAL_UNDECIDED_RETENTION_DAYS = 30
    settings.WORKSHOP_SIGNUP_RETENTION_DAYS = 21
    settings.WORKSHOP_MANAGE_LINK_MAX_AGE_DAYS = 7
    settings.PARTICIPATION_PROPOSAL_RATE_LIMIT = "10/2h"
    settings.WORKSHOP_SIGNUP_RATE = "5/15m"

    text = page_text(client, language)

    for sentence in EXPECTED[language]:
        assert sentence in text
    # The health-related needs go with the sign-up, on the same day.
    assert text.count({"fi": "21 päivän", "sv": "21 dagar", "en": "21 days"}[language]) == 2


def test_the_table_is_a_table_with_headers_for_screen_readers(client, privacy_notice):
    html = client.get(URLS["fi"]).content.decode()
    assert '<th scope="col">Mitä säilytämme</th><th scope="col">Kuinka kauan</th>' in html
    assert html.count('<th scope="row"') == len(privacy_facts())


def test_one_day_and_one_hour_read_in_the_singular(settings):
    settings.WORKSHOP_MANAGE_LINK_MAX_AGE_DAYS = 1
    settings.PARTICIPATION_PROPOSAL_RATE_LIMIT = "3/h"
    with translation.override("sv"):
        periods = [fact.period for fact in privacy_facts()]
    assert "Fungerar i 1 dag efter att den skickades, men inte längre när anmälan har avbokats" in periods[4]
    assert periods[5] == "Sparas i 1 timme."


@pytest.mark.parametrize(
    ("rate", "seconds", "english"),
    [
        ("10/h", 3600, "for 1 hour"),
        ("10/10m", 600, "for 10 minutes"),
        ("100/d", 86400, "for 1 day"),
        ("5/90s", 90, "for 90 seconds"),
    ],
)
def test_a_rate_limit_window_is_read_as_the_rate_limiter_counts_it(rate, seconds, english):
    assert rate_window_seconds(rate) == seconds
    with translation.override("en"):
        assert duration_text(seconds) == english


def test_the_rate_limits_the_forms_use_are_the_ones_the_notice_states(settings):
    from participation.proposals.views import proposal_rate_limit
    from participation.workshops.views import signup_rate

    settings.PARTICIPATION_PROPOSAL_RATE_LIMIT = "4/3h"
    settings.WORKSHOP_SIGNUP_RATE = "2/20m"
    assert (proposal_rate_limit(), signup_rate()) == ("4/3h", "2/20m")


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_demo_notice_types_no_period_into_its_prose_and_places_the_table(language):
    data = page_texts(read_data(PRIVACY_DATA / "privacy.yaml", "privacy.yaml"), streams={"body": "privacy-body"})
    body = data[language]["body"]
    assert [block["type"] for block in body].count("retention_facts") == 1
    prose = " ".join(str(block["value"]) for block in body)
    assert not re.search(r"\d+\s*(päiv|dag|day|tun|timm|hour|min|kuukau|månad|month|vuo|år|year)", prose)
