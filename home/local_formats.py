"""Dates, time ranges and figures written the way the active language writes them (see portal/formats/).

Every date-time a reader sees is in Helsinki time, whatever the server's or the staff member's zone: the workshops
happen in Vaasa. A range on one day gives the date once ("ke 2.12.2026 klo 17.00–19.30"); a range over days gives
both ends in full, and because each end then has spaces in it, the dash gets spaces too
("ke 2.12.2026 klo 20.00 – to 3.12.2026 klo 1.00"), as Finnish, Swedish and English style guides ask.
"""

import datetime
import re
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.utils import formats, timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

LOCAL_ZONE = ZoneInfo("Europe/Helsinki")
DASH = "\N{EN DASH}"
NO_BREAK_SPACE = "\N{NO-BREAK SPACE}"
# A space inside a figure typed by hand ("13 000"), where a line must not break.
SPACE_IN_FIGURE = re.compile(r"(?<=\d) (?=\d{3}\b)")


def local_time(value):
    """Return a datetime in Helsinki time; a date is returned as it is."""
    if isinstance(value, datetime.datetime):
        if timezone.is_naive(value):
            value = timezone.make_aware(value, LOCAL_ZONE)
        return value.astimezone(LOCAL_ZONE)
    return value


def _moment(value, *, date_only=False):
    value = local_time(value)
    if isinstance(value, datetime.datetime) and date_only:
        value = value.date()
    return value


def _text(value):
    if isinstance(value, datetime.datetime):
        return formats.date_format(value, "DATETIME_FORMAT")
    return formats.date_format(value, "DATE_FORMAT")


def _machine(value):
    """Return the value for a <time datetime> attribute: ISO 8601, with the Helsinki offset for a moment."""
    if isinstance(value, datetime.datetime):
        return value.replace(microsecond=0).isoformat()
    return value.isoformat()


def range_parts(start, end=None, *, date_only=False):
    """Return [(value, text), ...] for each end shown, and the separator to put between them."""
    start = _moment(start, date_only=date_only)
    end = _moment(end, date_only=date_only) if end is not None else None
    if end is None or end <= start:
        return [(start, _text(start))], ""
    if isinstance(start, datetime.datetime) and start.date() == end.date():
        # One day: the date once, the end as a bare time ("klo 17.00–19.30").
        return [(start, _text(start)), (end, formats.time_format(end, "TIME_FORMAT"))], DASH
    parts = [(start, _text(start)), (end, _text(end))]
    separator = f" {DASH} " if any(" " in text for _value, text in parts) else DASH
    return parts, separator


def format_range(start, end=None, *, date_only=False):
    """Return the range as plain text (e-mails, iCalendar descriptions, subject lines)."""
    parts, separator = range_parts(start, end, date_only=date_only)
    return separator.join(text for _value, text in parts)


def format_range_html(start, end=None, *, date_only=False):
    """Return the range as HTML, each end in a <time> that machines read as ISO 8601."""
    parts, separator = range_parts(start, end, date_only=date_only)
    times = format_html_join(
        mark_safe(separator),  # noqa: S308 - a dash and spaces
        '<time datetime="{}">{}</time>',
        ((_machine(value), text) for value, text in parts),
    )
    return format_html("{}", times)


def format_number(value):
    """Return a figure for a reader: digits grouped with the language's separator, the language's decimal mark.

    Text typed by an editor ("13 000") keeps its words; only its spaces between digit groups become no-break spaces.
    """
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return SPACE_IN_FIGURE.sub(NO_BREAK_SPACE, value)
    if isinstance(value, float):
        value = Decimal(str(value))
    return formats.number_format(value, use_l10n=True, force_grouping=True)
