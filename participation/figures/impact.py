"""What the impact page and the home page show of the figures: sections with a chart and its table, and counted
figures for the home page. Registered in `participation/apps.py` into the registries of experiments and home."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, npgettext

from experiments.choices import StakeholderGroup
from experiments.impact import ImpactSection, ImpactTable
from home import figures as home_figures

from .services import FUNNEL_STEPS, impact_figures


def step_labels():
    return {
        "ideas_received": _("Ideas received"),
        "ideas_accepted": _("Ideas accepted"),
        "ideas_refined": _("Ideas refined into an experiment"),
        "experiments_started": _("Experiments started"),
        "experiments_completed": _("Experiments completed"),
        "experiments_scaled_up": _("Experiments scaled up"),
    }


def workshop_participants_label(number):
    return npgettext("key figure, after the number", "person at the workshops", "people at the workshops", number)


def ideas_received_label(number):
    return npgettext("key figure, after the number", "idea received", "ideas received", number)


def _year(year):
    return str(year) if year is not None else _("Year not recorded")


def funnel_section(figures):
    labels = step_labels()
    years = figures.funnel_years()
    return ImpactSection(
        key="funnel",
        heading=_("From an idea to an experiment"),
        explanation=_(
            "Ideas are counted in the year they were sent, spam left out; experiments in the year they started, "
            "ended or were decided to be scaled up. Each experiment counts once, in whatever languages it is "
            "published."
        ),
        chart_rows=[(labels[step], figures.funnel_total(step)) for step in FUNNEL_STEPS],
        table=ImpactTable(
            caption=_("From an idea to an experiment: the figures of the chart by year"),
            columns=[_("Year"), *(labels[step] for step in FUNNEL_STEPS)],
            rows=[(_year(year), [figures.funnel[year][step] for step in FUNNEL_STEPS]) for year in years],
            footer=(_("All years"), [figures.funnel_total(step) for step in FUNNEL_STEPS]),
        ),
        key_figures=[(figures.ideas_received, ideas_received_label(figures.ideas_received))]
        if figures.ideas_received
        else [],
    )


def participants_by_year_section(figures):
    rows = [
        (_year(year), [attended, sessions, attended + sessions])
        for year, (attended, sessions) in figures.workshop_participants_by_year.items()
    ]
    return ImpactSection(
        key="workshop-participants",
        heading=_("People at the workshops by year"),
        explanation=_(
            "Counted from the sign-ups marked as attended and from the head counts of earlier sessions that had no "
            "sign-ups on this site. The people who took part in the experiments themselves are not included."
        ),
        chart_rows=[(header, values[2]) for header, values in rows],
        table=ImpactTable(
            caption=_("People at the workshops: the figures of the chart by year"),
            columns=[_("Year"), _("Attended after signing up"), _("At recorded sessions"), _("Together")],
            rows=rows,
            footer=(
                _("All years"),
                [figures.attended, figures.session_participants, figures.workshop_participants],
            ),
        ),
        key_figures=[(figures.workshop_participants, workshop_participants_label(figures.workshop_participants))],
    )


def participants_by_group_section(figures):
    rows = [(str(group.group_name), figures.attended_by_group.get(group.value, 0)) for group in StakeholderGroup]
    if figures.session_participants:
        rows.append((_("Group not recorded (earlier sessions)"), figures.session_participants))
    return ImpactSection(
        key="stakeholder-groups",
        heading=_("People at the workshops by stakeholder group"),
        explanation=_(
            "The group each person chose when signing up. Earlier sessions recorded only how many took part, so "
            "their people are in a row of their own."
        ),
        chart_rows=rows,
        table=ImpactTable(
            caption=_("People at the workshops by stakeholder group: the figures of the chart"),
            columns=[_("Stakeholder group"), _("People")],
            rows=[(label, [count]) for label, count in rows],
            footer=(_("Together"), [figures.workshop_participants]),
        ),
    )


def impact_sections(locale):
    """Return the funnel and, once anyone has been counted at a workshop, the participant sections."""
    figures = impact_figures()
    sections = []
    if any(figures.funnel_total(step) for step in FUNNEL_STEPS):
        sections.append(funnel_section(figures))
    if figures.workshop_participants:
        sections += [participants_by_year_section(figures), participants_by_group_section(figures)]
    return sections


def register_home_figures():
    home_figures.register(
        "workshop_participants",
        name=gettext_lazy("People at the workshops (attended sign-ups and recorded earlier sessions)"),
        count=lambda locale: impact_figures().workshop_participants,
        label=workshop_participants_label,
    )
    home_figures.register(
        "ideas_received",
        name=gettext_lazy("Ideas received from residents (spam left out)"),
        count=lambda locale: impact_figures().ideas_received,
        label=ideas_received_label,
    )
