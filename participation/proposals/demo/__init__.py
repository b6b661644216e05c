"""Demo content for resident proposals: the form and the idea board in three languages, and a queue of ideas.

The texts are in `pages.yaml` and `proposals.yaml` beside this loader. Loading is idempotent: each idea has a fixed
reference and is created once.
"""

import datetime
from datetime import timedelta

from django.apps import apps
from django.conf import settings
from django.utils import timezone
from wagtail.models import Page

from experiments.demo import demo_key
from experiments.demo.pages import THINK_TANKS
from home.demo.texts import page_texts
from home.demo_support import add_translated_page, read_data
from home.local_formats import LOCAL_ZONE
from participation.models import OTHER_THEME, Proposal, ProposalBoardPage, ProposalFormPage, ProposalStatus
from participation.proposals.models import source_theme_rows

RICH_TEXT_FIELDS = ("introduction", "thank_you_text")

_pages = read_data(__file__, "pages.yaml")
FORM_PAGE = page_texts(_pages["form"], rich_text_fields=RICH_TEXT_FIELDS)
BOARD_PAGE = page_texts(_pages["board"], rich_text_fields=RICH_TEXT_FIELDS)


def _proposal(item):
    """Return (reference, language, theme key, state, when sent, days to decision, fields) of one data file entry.

    The theme key is one of the experiments' demo themes (experiments/demo/vocabularies.yaml), or None for "other".
    """
    fields = dict(item)
    # Applied by link_think_tanks() once the think tanks exist.
    for name in ("think_tank", "responsible_unit", "taken_up_days_after"):
        fields.pop(name, None)
    return (
        fields.pop("reference"),
        fields.pop("language"),
        _theme_key(fields.pop("theme")),
        ProposalStatus(fields.pop("status")),
        fields.pop("sent_on", None) or fields.pop("sent_days_ago"),
        fields.pop("decided_days_after", None),
        fields,
    )


def _sent_at(sent, now):
    """Return when an idea was sent: on a day of the programme's history, or a number of days before loading."""
    if isinstance(sent, datetime.date):
        return datetime.datetime.combine(sent, datetime.time(12), tzinfo=LOCAL_ZONE)
    return now - timedelta(days=sent)


def _theme_key(key):
    return None if key == OTHER_THEME else key


def demo_theme(key):
    """Return the Finnish row of the demo theme `key`, which the experiments' demo loads first; None for none."""
    if key is None:
        return None
    return source_theme_rows().filter(translation_key=demo_key("theme", key)).first()


_PROPOSAL_DATA = read_data(__file__, "proposals.yaml")["proposals"]
PROPOSALS = [_proposal(item) for item in _PROPOSAL_DATA]
# reference: (think tank key of experiments/demo/think_tanks.yaml, responsible unit, days from sending to take-up)
TAKE_UPS = {
    item["reference"]: (item["think_tank"], item.get("responsible_unit", ""), item["taken_up_days_after"])
    for item in _PROPOSAL_DATA
    if item.get("think_tank")
}
THINK_TANK_TITLES = {entry["key"]: entry["fi"]["title"] for entry in THINK_TANKS}


def add_pages(home):
    form_page = add_translated_page(home, ProposalFormPage, FORM_PAGE)
    board_page = add_translated_page(home, ProposalBoardPage, BOARD_PAGE)
    return form_page, board_page


def add_proposals(form_page):
    pages = {page.locale.language_code: page for page in form_page.get_translations(inclusive=True)}
    now = timezone.now()
    created = 0
    for reference, language, theme, status, sent, days_to_decision, fields in PROPOSALS:
        if Proposal.objects.filter(reference=reference).exists():
            continue
        submitted_at = _sent_at(sent, now)
        proposal = Proposal(
            reference=reference,
            page=pages.get(language),
            language=language,
            theme=demo_theme(theme),
            status=status,
            submitted_at=submitted_at,
            decided_at=submitted_at + timedelta(days=days_to_decision) if days_to_decision is not None else None,
            **fields,
        )
        proposal.full_clean()
        proposal.save()
        created += 1
    return created


def link_experiments():
    """Link the commuter bus idea to the "Runsor Express" experiment once the experiments app provides it."""
    try:
        experiment_model = apps.get_model("experiments", "ExperimentPage")
    except LookupError:
        return 0
    experiment = experiment_model.objects.live().filter(title__icontains="Runsor").order_by("path").first()
    if experiment is None:
        return 0
    return Proposal.objects.filter(reference="R4NX-8PTA", experiment__isnull=True).update(
        experiment=Page.objects.get(pk=experiment.pk), status=ProposalStatus.REFINED
    )


def link_think_tanks():
    """Give the demo ideas to the think tanks their responses name, once the experiments app provides them.

    Written directly rather than through `assign_to_think_tank()`: the demo dates each take-up in the past, between
    the idea's arrival and the decision the response tells of, where the service would date it today.
    """
    try:
        think_tank_model = apps.get_model("experiments", "ThinkTankPage")
    except LookupError:
        return 0
    by_title = {
        page.title: page
        for page in think_tank_model.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE, title__in=THINK_TANK_TITLES.values()
        )
    }
    linked = 0
    for proposal in Proposal.objects.filter(reference__in=TAKE_UPS, think_tank__isnull=True):
        key, unit, days = TAKE_UPS[proposal.reference]
        think_tank = by_title.get(THINK_TANK_TITLES[key])
        if think_tank is None:
            continue
        proposal.think_tank = think_tank
        proposal.responsible_unit = unit
        proposal.assigned_at = proposal.submitted_at + timedelta(days=days)
        proposal.save(update_fields=["think_tank", "responsible_unit", "assigned_at", "updated_at"])
        linked += 1
    return linked


def load(home):
    form_page, _board_page = add_pages(home)
    created = add_proposals(form_page)
    linked = link_experiments()
    taken_up = link_think_tanks()
    summary = f"proposal form and idea board, {created} new demo proposals"
    if linked:
        summary += ", the commuter bus idea linked to its experiment"
    if taken_up:
        summary += f", {taken_up} ideas given to their think tanks"
    return summary
