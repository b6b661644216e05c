"""Dates, time ranges and figures in the active language; no template builds a range by hand.

{% load local_formats %}
{% time_range workshop.starts_at workshop.ends_at %}              <time>ke 2.12.2026 klo 17.00</time>–<time>19.30</time>
{% time_range workshop.starts_at workshop.ends_at plain=True %}   the same as text, for e-mails
{% time_range page.starts_on page.ends_on %}                      a range of dates: 1.3.2026–31.5.2026
{% time_range status.opens_at as opens %}                         one moment, kept for a blocktranslate
{% time_range proposal.decided_at date_only=True %}               the Helsinki date of a moment
{{ page.participants|number }}                                    19 614 (no-break space), 1,5
"""

from django import template

from home.local_formats import format_number, format_range, format_range_html

register = template.Library()


@register.simple_tag
def time_range(start, end=None, *, plain=False, date_only=False):
    """Return the range from `start` to `end` (or the one moment `start`), as HTML or as plain text."""
    if start in (None, ""):
        return ""
    if plain:
        return format_range(start, end, date_only=date_only)
    return format_range_html(start, end, date_only=date_only)


@register.filter(is_safe=True)
def number(value):
    """Return a figure grouped and punctuated the way the active language writes it."""
    return format_number(value)
