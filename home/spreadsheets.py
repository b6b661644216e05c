"""Spreadsheet exports that are safe to open: text from the public never runs as a formula.

A cell that starts with =, +, -, @, a tab or a carriage return is read by Excel and LibreOffice as a formula, so
`=HYPERLINK("http://evil.example","Click")` typed into a public form would become a live link, or worse, in a
moderator's spreadsheet (CSV injection). Such text gets a leading apostrophe, which spreadsheets show as text and
people read past. Full-width variants count too: some spreadsheet locales accept them.
"""

FORMULA_TRIGGERS = ("=", "+", "-", "@", "|", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def spreadsheet_safe(value):
    """Return `value` as it may go into a spreadsheet cell; text that could start a formula is neutralised.

    Every CSV export of the portal (open data, the proposal queue, workshop attendees) goes through this one rule.
    """
    if value is None:
        return ""
    if isinstance(value, str) and value.lstrip(" ").startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value
