"""A reader sees every count as a number and a noun that agree: "1 kokeilu", "40 kokeilua", "1 tankesmedja".

Finnish puts the noun in the partitive singular after every numeral but 1, so a model's plural name ("kokeilut")
after a number is wrong; Swedish has its own singular for 1. Each count therefore has an `npgettext` entry of its
own, with a context, and the pages are checked here at 0, 1, 2 and 40.
"""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.utils import translation

from experiments.impact import ProgrammeFigures
from experiments.models import catalog_page
from experiments.models import impact as impact_page_module
from participation.figures import impact as participation_impact
from participation.figures.services import ImpactFigures
from participation.workshops.pages import SeatStatus
from tests.factories import publish_catalog, publish_impact_page

pytestmark = pytest.mark.django_db

COUNTS = (0, 1, 2, 40)
IMPACT = {"fi": "/fi/vaikuttavuus/", "sv": "/sv/effekter/", "en": "/en/impact/"}
CATALOG = {"fi": "/fi/kokeilut/", "sv": "/sv/forsok/", "en": "/en/experiments/"}

# What each language says after the number: (the word for 1, the word for any other number).
KEY_FIGURES = {
    "fi": [
        ("kokeilu", "kokeilua"),
        ("ajatushautomo", "ajatushautomoa"),
        ("osallistuja kokeiluissa", "osallistujaa kokeiluissa"),
        ("osallistuja työpajoissa", "osallistujaa työpajoissa"),
    ],
    "sv": [
        ("försök", "försök"),
        ("tankesmedja", "tankesmedjor"),
        ("deltagare i försöken", "deltagare i försöken"),
        ("deltagare i workshopparna", "deltagare i workshopparna"),
    ],
    "en": [
        ("experiment", "experiments"),
        ("think tank", "think tanks"),
        ("participant in the experiments", "participants in the experiments"),
        ("person at the workshops", "people at the workshops"),
    ],
}
CATALOG_COUNT = {"fi": ("kokeilu", "kokeilua"), "sv": ("försök", "försök"), "en": ("experiment", "experiments")}
SEATS_LEFT = {
    "fi": ("paikka jäljellä", "paikkaa jäljellä"),
    "sv": ("plats kvar", "platser kvar"),
    "en": ("seat left", "seats left"),
}

KEY_FIGURE = re.compile(
    r'<span class="key-figure__value">([^<]+)</span> <span class="key-figure__label">([^<]+)</span>'
)
RESULTS_HEADING = re.compile(r'<h2 id="results-heading"[^>]*>\s*(.*?)\s*</h2>', re.S)


def noun(forms, count):
    return forms[0] if count == 1 else forms[1]


@pytest.mark.parametrize("count", COUNTS)
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_impact_figures_agree_with_their_number(client, home, monkeypatch, language, count):
    publish_impact_page(home)
    figures = ProgrammeFigures(
        experiments=count, think_tanks=count, participants=count, by_status=[], by_decision=[], by_theme=[], by_year=[]
    )
    monkeypatch.setattr(impact_page_module, "programme_figures", lambda locale: figures)
    attended = ImpactFigures(
        funnel={},
        workshop_participants_by_year={2026: (count, 0)},
        attended_by_group={"resident": count},
        attended=count,
        session_participants=0,
        ideas_received=0,
    )
    monkeypatch.setattr(participation_impact, "impact_figures", lambda: attended)

    html = client.get(IMPACT[language]).content.decode()

    shown = [f"{value.strip()} {label.strip()}" for value, label in KEY_FIGURE.findall(html)]
    expected = [f"{count} {noun(forms, count)}" for forms in KEY_FIGURES[language]]
    # No one attended a workshop yet: that figure is left out rather than shown as a zero.
    assert shown == (expected[:3] if count == 0 else expected)


class FixedCountPaginator(Paginator):
    """A paginator that reports `found` results, so a count of 40 needs no 40 pages in three languages."""

    found = 0

    @property
    def count(self):
        return self.found


@pytest.mark.parametrize("count", COUNTS)
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_catalog_says_how_many_experiments_it_found(client, home, monkeypatch, language, count):
    publish_catalog(home)
    monkeypatch.setattr(FixedCountPaginator, "found", count)
    monkeypatch.setattr(catalog_page, "Paginator", FixedCountPaginator)

    html = client.get(CATALOG[language]).content.decode()

    assert RESULTS_HEADING.search(html).group(1) == f"{count} {noun(CATALOG_COUNT[language], count)}"


@pytest.mark.parametrize("count", [1, 2, 40])
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_workshop_says_how_many_seats_are_left(language, count):
    status = SeatStatus(availability="open", capacity=count + 3, seats_taken=3, opens_at=None, closes_at=None)
    with translation.override(language):
        html = render_to_string("participation/workshops/includes/seat_status.html", {"status": status})
    assert f"{count} {noun(SEATS_LEFT[language], count)}" in " ".join(html.split())


CATALOGUES = sorted(Path(settings.BASE_DIR, "locale").glob("*/LC_MESSAGES/django.po"))


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda path: path.parts[-3])
def test_every_counted_string_has_a_context_of_its_own(po_path):
    """A plural entry without a context could be reused for another noun, or be a model's name after a number."""
    without_context = [entry.msgid for entry in polib.pofile(str(po_path)) if entry.msgid_plural and not entry.msgctxt]
    assert without_context == []
