"""How dates, times and numbers are written in each language (Django's FORMAT_MODULE_PATH).

Finnish and Finland-Swedish write 2.12.2026 and 17.00, with "klo" / "kl." before a time that follows a date; the
English pages use British order with the same 24-hour clock, since they are read by people in Vaasa. Only what
differs from Django's own locale formats is set here; the rest falls through to Django. Large numbers are grouped
with a no-break space (U+00A0) so that "19 614" never breaks across two lines.
"""
