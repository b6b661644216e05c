"""What staff read in the admin's inspect views and exports: local facts, not the database's raw values.

Every moment in Helsinki time (Vaasa's), yes and no in the staff member's admin language instead of True and False,
a choice's label instead of its code. CSV exports open in columns in a spreadsheet of the staff member's locale:
UTF-8 with a byte-order mark (without one, Excel reads the file as the Windows code page and breaks ä and ö), and
the list separator the locale uses. Where the decimal separator is a comma (Finnish, Swedish), Excel's list
separator is a semicolon; with a comma there, every row would open in one column.
"""

import csv
import datetime

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import formats, translation
from django.utils.translation import pgettext_lazy
from wagtail.coreutils import multigetattr

from home.local_formats import format_range, local_time
from home.spreadsheets import spreadsheet_safe

YES = pgettext_lazy("an answer to a yes-or-no question", "yes")
NO = pgettext_lazy("an answer to a yes-or-no question", "no")
BYTE_ORDER_MARK = "\N{BYTE ORDER MARK}"
# Excel and LibreOffice read this as a moment in every locale; the Helsinki time is written without an offset,
# as a person in Vaasa reads a clock.
CSV_DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def yes_no(value):
    return YES if value else NO


def csv_delimiter():
    """Return the list separator of the active language's spreadsheets."""
    return ";" if formats.get_format("DECIMAL_SEPARATOR") == "," else ","


def display_value(instance, path):
    """Return the value at `path` ("state", "workshop.starts_at") with a choice field's label for its code."""
    holder, _dot, name = path.rpartition(".")
    holder = multigetattr(instance, holder) if holder else instance
    if holder is None:
        return None
    if isinstance(holder, models.Model):
        try:
            field = holder._meta.get_field(name)
        except FieldDoesNotExist:  # a property or a method
            field = None
        if field is not None and getattr(field, "choices", None):
            return holder._get_FIELD_display(field)
    return multigetattr(holder, name)


class LocalSpreadsheetExportMixin:
    """For an admin listing view: exports with local times, labels, yes/no, and CSV that opens in columns.

    Text from the public is defused against formulas in CSV (home.spreadsheets); Wagtail types XLSX cells itself.
    """

    def to_row_dict(self, item):
        return {field: display_value(item, field) for field in self.list_export}

    def preprocess_field_value(self, field, value, export_format):
        if value is None:
            return ""
        if isinstance(value, bool):
            return str(yes_no(value))
        if isinstance(value, datetime.datetime):
            value = local_time(value)
            if export_format == self.FORMAT_CSV:
                return value.strftime(CSV_DATETIME_FORMAT)
            # Wagtail writes XLSX moments in UTC; a spreadsheet cell has no zone, so it gets Helsinki's clock.
            return value.replace(tzinfo=None)
        value = super().preprocess_field_value(field, value, export_format)
        return spreadsheet_safe(value) if export_format == self.FORMAT_CSV else value

    def stream_csv(self, queryset):
        writer = csv.DictWriter(_Echo(), fieldnames=self.list_export, delimiter=csv_delimiter())
        yield BYTE_ORDER_MARK.encode("utf-8")
        yield writer.writerow({field: self.get_heading(queryset, field) for field in self.list_export})
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        # The rows are written while the response streams, after the admin has let go of the staff member's
        # language: each row is written in it again.
        response.streaming_content = _in_language(translation.get_language(), response.streaming_content)
        return response


class _Echo:
    def write(self, value):
        return value.encode("utf-8")


def _in_language(language, chunks):
    chunks = iter(chunks)
    while True:
        with translation.override(language):
            chunk = next(chunks, None)
        if chunk is None:
            return
        yield chunk


class LocalInspectViewMixin:
    """For an inspect view: yes/no for booleans, Helsinki time for moments, a dash for nothing.

    `extra_fields` names facts that are no model field (a consent made of a version and a time) with their labels;
    the view gives each a `get_<name>_display_value` method.
    """

    extra_fields = {}

    def get_field_label(self, field_name, field):
        if field_name in self.extra_fields:
            return self.extra_fields[field_name]
        return super().get_field_label(field_name, field)

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        if value is None or value == "":
            return "–"
        if isinstance(value, bool):
            return yes_no(value)
        if isinstance(value, datetime.datetime):
            return format_range(value)
        return value
