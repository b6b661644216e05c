"""Admin listing columns that write dates the way the public pages and e-mails do."""

from wagtail.admin.ui.tables import Column

from home.local_formats import format_range


class LocalDateTimeColumn(Column):
    """A date-time in Helsinki time, in the staff member's admin language: "ke 2.12.2026 klo 17.00".

    Wagtail's DateColumn says "3 days ago"; a moderator answering a resident needs the moment itself, written as
    the e-mail the resident received writes it. Exports read the field, not this column: a spreadsheet gets the same
    Helsinki moment as a value it can sort (home/admin_exports.py).
    """

    def get_value(self, instance):
        value = super().get_value(instance)
        return format_range(value) if value else ""
