"""The steps of the programme's path that participation records: an idea received and published, taken up by a
think tank, and the workshops that worked on it or on its experiment.

`experiment_provider` gives them to experiments.lineage, which adds the experiment's own steps (status history,
result, decision) and orders them: the experiment page and the catalog's open data both read the lineage there.
`proposal_lineage` draws the same path from the other end, for an idea's public page.

Every link is to the page in the reader's language where it is live in that language, otherwise to the version
that was linked. Whatever the number of experiments, ideas and workshops, the queries are the same few.
"""

from django.db.models import Count, F
from django.utils import timezone
from django.utils.translation import gettext, npgettext
from wagtail.models import Page

from experiments.lineage import UPCOMING, Step, as_date, experiment_steps, ordered
from experiments.models import ExperimentPage
from home.local_formats import format_number

from ..proposals.links import board_for_locale
from ..proposals.models import Proposal
from ..workshops.models import WorkshopSignup
from ..workshops.pages import WorkshopExperiment, WorkshopPage, WorkshopProposal


def _in_language(pages, locale):
    """Return {translation_key: page}: the version in `locale` where there is one, else the first created."""
    chosen = {}
    for page in sorted(pages, key=lambda page: page.pk):
        current = chosen.get(page.translation_key)
        if current is None or (page.locale_id == locale.pk and current.locale_id != locale.pk):
            chosen[page.translation_key] = page
    return chosen


def _live_pages(model, keys, locale):
    if not keys:
        return {}
    return _in_language(model.objects.live().public().filter(translation_key__in=keys), locale)


def _proposal_steps(proposal, board, think_tanks, request):
    url = board.proposal_url(proposal, request) if board else ""
    title = {"title": proposal.title, "title_language": proposal.language}
    steps = [
        Step(
            kind="idea_received", date=as_date(proposal.submitted_at), label=gettext("Idea received"), url=url, **title
        )
    ]
    if proposal.is_public and proposal.decided_at:
        steps.append(
            Step(
                kind="idea_published",
                date=as_date(proposal.decided_at),
                label=gettext("Published on the idea board"),
                url=url,
                **title,
            )
        )
    think_tank = think_tanks.get(proposal.think_tank_key)
    if think_tank is not None:
        steps.append(
            Step(
                kind="taken_up",
                date=as_date(proposal.assigned_at),
                label=gettext("Taken up by a think tank"),
                url=think_tank.get_url(request) or "",
                title=think_tank.title,
            )
        )
    return steps


def _workshop_steps(workshops, attendance, request, now):
    steps = []
    for workshop in workshops:
        held = workshop.ends_at < now
        detail, count = "", None
        # Participants are counted from attended sign-ups, which exist only once the workshop has been held.
        if held:
            count = attendance.get(workshop.translation_key, 0)
            detail = npgettext(
                "people who attended a workshop, on a timeline",
                "%(count)s participant",
                "%(count)s participants",
                count,
            ) % {"count": format_number(count)}
        steps.append(
            Step(
                kind="workshop",
                date=as_date(workshop.starts_at),
                label=gettext("Workshop"),
                url=workshop.get_url(request) or "",
                title=workshop.title,
                detail=detail,
                participants=count,
                state="done" if held else UPCOMING,
            )
        )
    return steps


def _attendance(workshop_keys):
    """Return {workshop translation_key: attended sign-ups}, whichever language version people signed up through."""
    if not workshop_keys:
        return {}
    return dict(
        WorkshopSignup.objects.attended()
        .filter(workshop__translation_key__in=workshop_keys)
        .values_list("workshop__translation_key")
        .annotate(count=Count("pk"))
        .values_list("workshop__translation_key", "count")
    )


def _proposals_with_keys(queryset):
    return queryset.annotate(
        experiment_key=F("experiment__translation_key"), think_tank_key=F("think_tank__translation_key")
    )


def _workshop_keys_by(links, field):
    """Return {value of `field`: [workshop translation_key, ...]} from workshop link rows."""
    keys = {}
    for workshop_key, value in links.values_list("page__translation_key", field):
        keys.setdefault(value, [])
        if workshop_key not in keys[value]:
            keys[value].append(workshop_key)
    return keys


def experiment_provider(experiments, *, locale, request=None):
    """Return {experiment pk: [Step, ...]} for the public ideas behind each experiment and its workshops."""
    experiments = list(experiments)
    keys = {page.translation_key for page in experiments}
    if not keys:
        return {}
    proposals = list(
        _proposals_with_keys(Proposal.objects.public().filter(experiment__translation_key__in=keys)).order_by(
            "submitted_at", "pk"
        )
    )
    by_experiment = _workshop_keys_by(
        WorkshopExperiment.objects.filter(experiment__translation_key__in=keys), "experiment__translation_key"
    )
    by_proposal = (
        _workshop_keys_by(WorkshopProposal.objects.filter(proposal__in=[p.pk for p in proposals]), "proposal_id")
        if proposals
        else {}
    )
    workshop_keys = {key for group in (*by_experiment.values(), *by_proposal.values()) for key in group}
    workshops = _live_pages(WorkshopPage, workshop_keys, locale)
    attendance = _attendance(workshop_keys)
    think_tanks = _live_pages(Page, {p.think_tank_key for p in proposals if p.think_tank_key}, locale)
    board = board_for_locale(locale) if proposals else None
    now = timezone.now()

    result = {}
    for page in experiments:
        own = [p for p in proposals if p.experiment_key == page.translation_key]
        steps = [step for proposal in own for step in _proposal_steps(proposal, board, think_tanks, request)]
        linked = list(by_experiment.get(page.translation_key, []))
        for proposal in own:
            linked += [key for key in by_proposal.get(proposal.pk, []) if key not in linked]
        steps += _workshop_steps([workshops[key] for key in linked if key in workshops], attendance, request, now)
        result[page.pk] = steps
    return result


def proposal_lineage(proposal, *, board, locale, request=None):
    """Return the ordered steps of one public idea: its own, its workshops', and its experiment's."""
    proposal = _proposals_with_keys(Proposal.objects.filter(pk=proposal.pk)).get()
    experiment = None
    if proposal.experiment_key:
        experiment = _live_pages(ExperimentPage, {proposal.experiment_key}, locale).get(proposal.experiment_key)
    workshop_keys = list(
        _workshop_keys_by(WorkshopProposal.objects.filter(proposal=proposal), "proposal_id").get(proposal.pk, [])
    )
    if proposal.experiment_key:
        for key in _workshop_keys_by(
            WorkshopExperiment.objects.filter(experiment__translation_key=proposal.experiment_key),
            "experiment__translation_key",
        ).get(proposal.experiment_key, []):
            if key not in workshop_keys:
                workshop_keys.append(key)
    workshops = _live_pages(WorkshopPage, set(workshop_keys), locale)
    think_tanks = _live_pages(Page, {proposal.think_tank_key} if proposal.think_tank_key else set(), locale)
    steps = _proposal_steps(proposal, board, think_tanks, request)
    steps += _workshop_steps(
        [workshops[key] for key in workshop_keys if key in workshops],
        _attendance(workshop_keys),
        request,
        timezone.now(),
    )
    if experiment is not None:
        steps += experiment_steps(experiment, request)
    return ordered(steps)
