"""Templates write figures and time ranges through one tag and one filter, in the active language.

The workshop, experiment and proposal tests check the pages; these check the rules the pages rely on.
"""

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Engine, Template
from django.utils import translation

from home.local_formats import format_range

HELSINKI = ZoneInfo("Europe/Helsinki")
UTC = ZoneInfo("UTC")


def render(source, language, **context):
    with translation.override(language):
        return Template("{% load local_formats %}" + source).render(Context(context))


@pytest.mark.parametrize(
    ("language", "big", "decimal"),
    [("fi", "19\xa0614", "1,5"), ("sv", "19\xa0614", "1,5"), ("en", "19,614", "1.5")],
)
def test_a_figure_is_grouped_and_punctuated_the_way_the_language_writes_it(language, big, decimal):
    assert render("{{ big|number }} {{ d|number }} {{ f|number }}", language, big=19614, d=Decimal("1.5"), f=1.5) == (
        f"{big} {decimal} {decimal}"
    )


def test_only_figures_shown_to_readers_are_grouped_so_ids_in_addresses_stay_whole():
    # USE_THOUSAND_SEPARATOR stays off: a bare {{ }} of a number is what URLs, data attributes and SVG use.
    assert render('<a href="/x/?workshop={{ pk }}" data-id="{{ pk }}">{{ pk|number }}</a>', "fi", pk=12345) == (
        '<a href="/x/?workshop=12345" data-id="12345">12\xa0345</a>'
    )


def test_a_figure_typed_by_an_editor_keeps_its_words_but_cannot_break_between_digit_groups():
    html = render("{{ typed|number }}", "fi", typed="13 000 kävijää, 2 tapahtumaa")
    assert html == "13\xa0000 kävijää, 2 tapahtumaa"


def test_a_key_figure_block_writes_its_figure_unbroken():
    template = Engine.get_default().get_template("blocks/key_figure_block.html")
    html = template.render(Context({"value": {"value": "41 000", "label": "kävijää"}}))
    assert '<span class="key-figure__value">41\xa0000</span>' in html


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fi", "ke 2.12.2026 klo 17.00–19.30"),
        ("sv", "ons 2.12.2026 kl. 17.00–19.30"),
        ("en", "Wed 2 December 2026, 17.00–19.30"),
    ],
)
def test_the_plain_variant_for_e_mails_has_no_markup(language, expected):
    starts = datetime(2026, 12, 2, 15, 0, tzinfo=UTC)  # stored in UTC, shown in Helsinki time
    ends = datetime(2026, 12, 2, 17, 30, tzinfo=UTC)
    assert render("{% time_range a b plain=True %}", language, a=starts, b=ends) == expected


def test_summer_time_is_helsinkis_too():
    starts = datetime(2027, 6, 16, 14, 0, tzinfo=UTC)
    html = render("{% time_range a b %}", "fi", a=starts, b=datetime(2027, 6, 16, 16, 0, tzinfo=UTC))
    assert html == (
        '<time datetime="2027-06-16T17:00:00+03:00">ke 16.6.2027 klo 17.00</time>–'
        '<time datetime="2027-06-16T19:00:00+03:00">19.00</time>'
    )


def test_a_single_date_is_one_time_element_with_the_iso_date_for_machines():
    html = render("{% time_range a %}", "fi", a=date(2026, 12, 2))
    assert html == '<time datetime="2026-12-02">2.12.2026</time>'


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2026, 3, 1), date(2026, 5, 31), "1.3.2026–31.5.2026"),
        (date(2026, 3, 1), date(2026, 3, 1), "1.3.2026"),
        (date(2026, 3, 1), None, "1.3.2026"),
        # An end before the start is a slip of the editor's: the start alone is what is certain.
        (date(2026, 3, 1), date(2026, 2, 1), "1.3.2026"),
    ],
)
def test_date_ranges_in_finnish(start, end, expected):
    with translation.override("fi"):
        assert format_range(start, end) == expected


def test_a_moment_can_be_shown_as_its_helsinki_date():
    late = datetime(2026, 12, 2, 22, 30, tzinfo=UTC)  # already Thursday in Helsinki
    assert render("{% time_range a date_only=True plain=True %}", "sv", a=late) == "3.12.2026"


def test_nothing_to_show_renders_nothing():
    assert render("[{% time_range a %}][{{ b|number }}]", "fi", a=None, b=None) == "[][]"
