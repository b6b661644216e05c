"""The one computation of the programme's path and its participants, for the impact page and the home page alike.

Ideas are residents' records, the same whatever the reader's language, so every idea is counted once. Experiments
are counted from their live pages in the default (Finnish, source) language: one page per experiment, since every
translation shares the source page's translation key and its synchronised status and dates.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Count, Q, Sum
from django.db.models.functions import ExtractYear
from wagtail.models import Locale

from experiments.choices import Decision, StakeholderGroup, Status
from experiments.models import ExperimentPage, ExperimentStatusChange
from home.cache import content_version

from ..proposals.models import Proposal, ProposalStatus
from ..workshops.models import WorkshopSignup
from .models import ParticipationSession

CACHE_TIMEOUT = 24 * 60 * 60

# The steps of the funnel, in the order an idea travels them.
FUNNEL_STEPS = (
    "ideas_received",
    "ideas_accepted",
    "ideas_refined",
    "experiments_started",
    "experiments_completed",
    "experiments_scaled_up",
)
ACCEPTED_STATUSES = (ProposalStatus.ACCEPTED, ProposalStatus.REFINED)
STARTED_STATUSES = (Status.RUNNING, Status.COMPLETED, Status.DISCONTINUED)


@dataclass(frozen=True)
class ImpactFigures:
    # {year or None: {step: count}}; None holds what has no date to place it in a year.
    funnel: dict
    # {year or None: (attended sign-ups, people at recorded sessions)}
    workshop_participants_by_year: dict
    # {stakeholder group value: attended sign-ups}; recorded sessions counted no groups
    attended_by_group: dict
    attended: int
    session_participants: int
    ideas_received: int

    @property
    def workshop_participants(self):
        """Everyone counted at a workshop: attended sign-ups and the head counts of recorded sessions."""
        return self.attended + self.session_participants

    def funnel_total(self, step):
        return sum(counts[step] for counts in self.funnel.values())

    def funnel_years(self):
        """Years with something in them, oldest first; the undated row, if any, last."""
        return sorted(self.funnel, key=lambda year: (year is None, year or 0))


@dataclass
class _Years:
    counts: dict = field(default_factory=dict)

    def add(self, year, step, number=1):
        self.counts.setdefault(year, Counter())[step] += number


def _first_change(changes, statuses):
    dates = [changed_on for status, changed_on in changes if status in statuses]
    return min(dates) if dates else None


def count_impact_figures():
    """Count everything from the records: six queries, however many ideas, experiments and sign-ups there are."""
    years = _Years()

    ideas = (
        Proposal.objects.exclude(status=ProposalStatus.SPAM)
        .annotate(year=ExtractYear("submitted_at"))
        .values_list("year")
        .annotate(
            received=Count("pk"),
            # An idea that became an experiment was accepted, whatever its status says now.
            accepted=Count("pk", filter=Q(status__in=ACCEPTED_STATUSES) | Q(experiment__isnull=False)),
            refined=Count("pk", filter=Q(experiment__isnull=False)),
        )
        .order_by()
    )
    ideas_received = 0
    for year, received, accepted, refined in ideas:
        years.add(year, "ideas_received", received)
        years.add(year, "ideas_accepted", accepted)
        years.add(year, "ideas_refined", refined)
        ideas_received += received

    experiments = ExperimentPage.objects.live().filter(locale=Locale.get_default())
    rows = list(experiments.values_list("pk", "status", "decision", "starts_on", "ends_on", "decided_on"))
    changes = {}
    for page_id, status, changed_on in ExperimentStatusChange.objects.filter(page__in=experiments).values_list(
        "page_id", "status", "changed_on"
    ):
        changes.setdefault(page_id, []).append((status, changed_on))
    for page_id, status, decision, starts_on, ends_on, decided_on in rows:
        timeline = changes.get(page_id, [])
        if status in STARTED_STATUSES:
            started = starts_on or _first_change(timeline, STARTED_STATUSES)
            years.add(started.year if started else None, "experiments_started")
        if status == Status.COMPLETED:
            completed = ends_on or _first_change(timeline, [Status.COMPLETED])
            years.add(completed.year if completed else None, "experiments_completed")
        if decision == Decision.SCALE_UP:
            decided = decided_on or ends_on
            years.add(decided.year if decided else None, "experiments_scaled_up")

    attended_rows = (
        WorkshopSignup.objects.attended()
        .annotate(year=ExtractYear("workshop__starts_at"))
        .values_list("year", "stakeholder_group")
        .annotate(count=Count("pk"))
        .order_by()
    )
    attended_by_year, attended_by_group = Counter(), Counter()
    for year, group, count in attended_rows:
        attended_by_year[year] += count
        attended_by_group[group] += count
    sessions_by_year = dict(
        ParticipationSession.objects.annotate(year=ExtractYear("held_on"))
        .values_list("year")
        .annotate(people=Sum("head_count"))
        .order_by()
    )
    participant_years = set(attended_by_year) | set(sessions_by_year)

    return ImpactFigures(
        funnel={year: {step: counts[step] for step in FUNNEL_STEPS} for year, counts in years.counts.items()},
        workshop_participants_by_year={
            year: (attended_by_year[year], sessions_by_year.get(year, 0)) for year in sorted(participant_years)
        },
        attended_by_group={group.value: attended_by_group[group.value] for group in StakeholderGroup},
        attended=sum(attended_by_year.values()),
        session_participants=sum(sessions_by_year.values()),
        ideas_received=ideas_received,
    )


def impact_figures():
    """Return the figures, counted once per content version: a publish or a recorded session shows at once."""
    key = f"participation:impact:{content_version()}"
    figures = cache.get(key)
    if figures is None:
        figures = count_impact_figures()
        cache.set(key, figures, CACHE_TIMEOUT)
    return figures
