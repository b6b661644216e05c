"""The catalog as open data: the same rows as CSV and JSON. Columns are documented in docs/open-data.md."""

import csv
import io
import json

from django.http import HttpResponse
from django.utils import timezone
from wagtail.models import Page

from home.spreadsheets import spreadsheet_safe as home_spreadsheet_safe

from .lineage import lineages

# Column name, then how to read it from an experiment. Changing this list changes the published format: update
# docs/open-data.md with it.
COLUMNS = [
    "id",
    "translation_key",
    "language",
    "title",
    "url",
    "status",
    "starts_on",
    "ends_on",
    "year",
    "place",
    "think_tank",
    "themes",
    "strategy_goals",
    "partners",
    "participants",
    "budget_eur",
    "decision",
    "summary",
    "hypothesis",
    "success_measure",
    "result",
    "lessons_learned",
    "first_published_at",
    "last_published_at",
    # The lineage, flat: from the idea to the decision (see experiments/lineage.py).
    "idea_received_on",
    "taken_up_on",
    "workshops",
    "first_workshop_on",
    "started_on",
    "completed_on",
    "decided_on",
    "decision_body",
    "decision_minutes_url",
]
# The JSON carries the whole lineage as a list of steps besides the flat columns; a CSV cell cannot.
JSON_ONLY_COLUMNS = ["lineage"]
LIST_SEPARATOR = "; "


def _date(value):
    return value.isoformat() if value else None


def _first(steps, kind):
    """Return the date of the first step of `kind` that has happened."""
    dates = [step.date for step in steps if step.kind == kind and not step.is_upcoming and step.date]
    return min(dates) if dates else None


def lineage_columns(steps, request):
    held = [step for step in steps if step.kind == "workshop" and not step.is_upcoming]
    return {
        "idea_received_on": _date(_first(steps, "idea_received")),
        "taken_up_on": _date(_first(steps, "taken_up")),
        "workshops": len(held),
        "first_workshop_on": _date(_first(held, "workshop")),
        "started_on": _date(_first(steps, "experiment_started")),
        "completed_on": _date(_first(steps, "experiment_completed")),
        "lineage": [step.as_data(request.build_absolute_uri) for step in steps],
    }


def experiment_row(page, request, think_tank_titles, steps=()):
    """Return one experiment as a dict of plain values: strings, numbers, lists and None, in the columns' order."""
    row = {
        "id": page.pk,
        "translation_key": str(page.translation_key),
        "language": page.locale.language_code,
        "title": page.title,
        "url": request.build_absolute_uri(page.get_url(request)),
        "status": page.status,
        "starts_on": _date(page.starts_on),
        "ends_on": _date(page.ends_on),
        "year": page.year,
        "place": page.place,
        "think_tank": think_tank_titles.get(page.think_tank.translation_key) if page.think_tank_id else None,
        "themes": [theme.name for theme in page.themes()],
        "strategy_goals": [goal.name for goal in page.goals()],
        "partners": [partner.name for partner in page.partners.all()],
        "participants": page.participants,
        "budget_eur": page.budget_eur,
        "decision": page.decision,
        "summary": page.summary,
        "hypothesis": page.hypothesis,
        "success_measure": page.success_measure,
        "result": page.result,
        "lessons_learned": page.lessons_learned,
        "first_published_at": timezone.localtime(page.first_published_at).isoformat()
        if page.first_published_at
        else None,
        "last_published_at": timezone.localtime(page.last_published_at).isoformat() if page.last_published_at else None,
        "decided_on": _date(page.decided_on),
        "decision_body": page.decision_body or None,
        "decision_minutes_url": page.decision_minutes_url or None,
        **lineage_columns(steps, request),
    }
    return {column: row[column] for column in COLUMNS + JSON_ONLY_COLUMNS}


def experiment_rows(experiments, request, *, locale):
    """Return the rows of the given experiments, naming each think tank in the experiments' language."""
    experiments = list(experiments)
    keys = {page.think_tank.translation_key for page in experiments if page.think_tank_id}
    titles = dict(
        Page.objects.live().filter(translation_key__in=keys, locale=locale).values_list("translation_key", "title")
    )
    steps = lineages(experiments, locale=locale, request=request)
    return [experiment_row(page, request, titles, steps.get(page.pk, [])) for page in experiments]


def spreadsheet_safe(value):
    """Return a CSV cell that a spreadsheet shows as text, never runs as a formula; lists become one cell."""
    if isinstance(value, list):
        value = LIST_SEPARATOR.join(value)
    return home_spreadsheet_safe(value)


def csv_response(rows, filename):
    buffer = io.StringIO()
    # A byte-order mark, so Excel opens the UTF-8 file with ä and ö intact.
    buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([spreadsheet_safe(row[column]) for column in COLUMNS])
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def json_response(rows, meta):
    document = {"meta": {**meta, "columns": COLUMNS + JSON_ONLY_COLUMNS, "count": len(rows)}, "experiments": rows}
    return HttpResponse(
        json.dumps(document, ensure_ascii=False, indent=1), content_type="application/json; charset=utf-8"
    )
