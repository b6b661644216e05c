"""An experiment's lineage: one timeline from the resident's idea to the decision on what comes of it.

The experiment's own steps (its status history, its result and the decision) are built here. What came before it
(the idea, the think tank that took it up, the refinery workshops) is recorded by the participation app, which sits
above this one: it fills `lineage_providers` from its `AppConfig.ready()`, and the experiment page and the open data
call `lineages()`, so both show the same steps and this app imports nothing of participation. Without a provider
(participation not installed) the page still shows the experiment's own steps.

A provider is a callable `provider(experiments, *, locale, request)` returning `{experiment pk: [Step, ...]}` for a
list of experiment pages, in a fixed number of queries however many experiments it is given.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext

from home.local_formats import local_time

from .choices import ENDED_STATUSES, Decision, Status

DONE = "done"
UPCOMING = "upcoming"

# The order of the programme's path: steps on the same day are drawn in this order.
KINDS = (
    "idea_received",
    "idea_published",
    "taken_up",
    "workshop",
    "experiment_idea",
    "experiment_planned",
    "experiment_started",
    "experiment_completed",
    "experiment_discontinued",
    "result",
    "decision",
)
STATUS_KINDS = {
    Status.IDEA: "experiment_idea",
    Status.PLANNED: "experiment_planned",
    Status.RUNNING: "experiment_started",
    Status.COMPLETED: "experiment_completed",
    Status.DISCONTINUED: "experiment_discontinued",
}

lineage_providers = []


def register(provider):
    """Add a provider of earlier steps; registering the same one twice keeps one."""
    if provider not in lineage_providers:
        lineage_providers.append(provider)


@dataclass
class Step:
    """One step of the path. `date` is a date in Helsinki time (None where the record has none)."""

    kind: str
    date: datetime.date | None
    label: str
    url: str = ""
    title: str = ""
    title_language: str = ""
    detail: str = ""
    state: str = DONE
    decision_body: str = ""
    minutes_url: str = ""
    participants: int | None = None
    # The last step that has happened: where the path stands now.
    current: bool = False

    @property
    def is_upcoming(self):
        return self.state == UPCOMING

    def as_data(self, absolute):
        """Return the step as plain values for the open data; `absolute` turns a page's path into an address."""
        data = {
            "kind": self.kind,
            "date": self.date.isoformat() if self.date else None,
            "state": self.state,
            "label": self.label,
            "title": self.title or None,
            "url": absolute(self.url) if self.url else None,
        }
        if self.kind == "workshop":
            data["participants"] = self.participants
        if self.kind == "decision":
            data["decision_body"] = self.decision_body or None
            data["minutes_url"] = self.minutes_url or None
        return data


def as_date(value):
    """Return the day of a date or a moment, as the reader in Vaasa counts days."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return local_time(value).date()
    return value


def _status_label(kind):
    return {
        "experiment_idea": gettext("Recorded as an experiment idea"),
        "experiment_planned": gettext("Experiment planned"),
        "experiment_started": gettext("Experiment started"),
        "experiment_completed": gettext("Experiment completed"),
        "experiment_discontinued": gettext("Experiment discontinued"),
    }[kind]


def experiment_steps(page, request=None, today=None):
    """Return the experiment's own steps: its status history, what is still to come, its result and decision.

    Reads only the page and its status changes (prefetched in listings and exports).
    """
    today = today or timezone.localdate()
    url = page.get_url(request) or ""
    steps = [
        Step(kind=STATUS_KINDS[change.status], date=change.changed_on, label=_status_label(STATUS_KINDS[change.status]))
        for change in page.timeline
        if change.status in STATUS_KINDS
    ]
    for step in steps:
        step.url = url
    happened = {step.kind for step in steps}
    # What the schedule says is still to come, drawn as planned: never as if it had happened.
    if page.status in (Status.IDEA, Status.PLANNED) and page.starts_on and page.starts_on > today:
        if "experiment_started" not in happened:
            steps.append(
                Step(
                    kind="experiment_started",
                    date=page.starts_on,
                    label=gettext("Start of the experiment"),
                    url=url,
                    state=UPCOMING,
                )
            )
    if page.status in (Status.PLANNED, Status.RUNNING) and page.ends_on and page.ends_on > today:
        steps.append(
            Step(
                kind="experiment_completed",
                date=page.ends_on,
                label=gettext("End of the experiment"),
                url=url,
                state=UPCOMING,
            )
        )
    if page.status in ENDED_STATUSES:
        if page.result:
            steps.append(Step(kind="result", date=page.ends_on, label=gettext("Result"), url=f"{url}#result"))
        if page.decision != Decision.UNDECIDED or page.decided_on:
            steps.append(
                Step(
                    kind="decision",
                    date=page.decided_on,
                    label=gettext("Decision: %(decision)s") % {"decision": page.get_decision_display()},
                    url=f"{url}#decision",
                    decision_body=page.decision_body,
                    minutes_url=page.decision_minutes_url,
                )
            )
    return steps


def ordered(steps):
    """Return the steps by date; a step without a date keeps its place after the step before it in the path."""
    rank = {kind: position for position, kind in enumerate(KINDS)}
    keyed = []
    last_date = datetime.date.min
    for position, step in enumerate(sorted(steps, key=lambda step: rank.get(step.kind, len(KINDS)))):
        if step.date is not None:
            last_date = step.date
        # A decision without a date is the last thing that happened, whatever its neighbours' dates.
        when = step.date or (datetime.date.max if step.kind == "decision" else last_date)
        keyed.append(((when, rank.get(step.kind, len(KINDS)), position), step))
    steps = [step for _key, step in sorted(keyed, key=lambda item: item[0])]
    done = [step for step in steps if not step.is_upcoming]
    for step in steps:
        step.current = bool(done) and step is done[-1]
    return steps


def lineages(experiments, *, locale, request=None, today=None):
    """Return {experiment pk: [Step, ...] in order} for experiment pages of one language."""
    experiments = list(experiments)
    steps = {page.pk: experiment_steps(page, request, today) for page in experiments}
    for provider in lineage_providers:
        for pk, earlier in provider(experiments, locale=locale, request=request).items():
            steps.setdefault(pk, []).extend(earlier)
    return {pk: ordered(page_steps) for pk, page_steps in steps.items()}


def lineage(page, request=None):
    """Return the ordered steps of one experiment page, in its own language."""
    return lineages([page], locale=page.locale, request=request)[page.pk]
