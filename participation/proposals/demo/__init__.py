"""Demo content for resident proposals: the form and the idea board in three languages, and a queue of ideas.

The texts are in `pages.yaml` and `proposals.yaml` beside this loader. Loading is idempotent: each idea has a fixed
reference and is created once.
"""

import datetime
from datetime import timedelta

from django.apps import apps
from django.utils import timezone
from wagtail.models import Page

from home.demo.texts import page_texts
from home.demo_support import add_translated_page, read_data
from home.local_formats import LOCAL_ZONE
from participation.models import Proposal, ProposalBoardPage, ProposalFormPage, ProposalStatus, ProposalTheme

RICH_TEXT_FIELDS = ("introduction", "thank_you_text")

_pages = read_data(__file__, "pages.yaml")
FORM_PAGE = page_texts(_pages["form"], rich_text_fields=RICH_TEXT_FIELDS)
BOARD_PAGE = page_texts(_pages["board"], rich_text_fields=RICH_TEXT_FIELDS)


def _proposal(item):
    """Return (reference, language, theme, state, when sent, days to decision, fields) of one data file entry."""
    fields = dict(item)
    return (
        fields.pop("reference"),
        fields.pop("language"),
        ProposalTheme(fields.pop("theme")),
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


PROPOSALS = [_proposal(item) for item in read_data(__file__, "proposals.yaml")["proposals"]]


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
            theme=theme,
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


def load(home):
    form_page, _board_page = add_pages(home)
    created = add_proposals(form_page)
    linked = link_experiments()
    summary = f"proposal form and idea board, {created} new demo proposals"
    if linked:
        summary += ", the commuter bus idea linked to its experiment"
    return summary
