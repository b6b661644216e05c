"""Demo content for resident proposals: the form and the idea board in three languages, and a queue of ideas.

The texts are in `pages.yaml` and `proposals.yaml` beside this loader. Loading is idempotent: each idea has a fixed
reference and is created once.
"""

from datetime import timedelta

from django.apps import apps
from django.utils import timezone
from wagtail.models import Page

from experiments.demo import demo_key
from home.demo.texts import page_texts
from home.demo_support import add_translated_page, read_data
from participation.models import OTHER_THEME, Proposal, ProposalBoardPage, ProposalFormPage, ProposalStatus
from participation.proposals.models import source_theme_rows

RICH_TEXT_FIELDS = ("introduction", "thank_you_text")

_pages = read_data(__file__, "pages.yaml")
FORM_PAGE = page_texts(_pages["form"], rich_text_fields=RICH_TEXT_FIELDS)
BOARD_PAGE = page_texts(_pages["board"], rich_text_fields=RICH_TEXT_FIELDS)


def _proposal(item):
    """Return (reference, language, theme key, state, days ago sent, days to decision, fields) of one data file entry.

    The theme key is one of the experiments' demo themes (experiments/demo/vocabularies.yaml), or None for "other".
    """
    fields = dict(item)
    return (
        fields.pop("reference"),
        fields.pop("language"),
        _theme_key(fields.pop("theme")),
        ProposalStatus(fields.pop("status")),
        fields.pop("sent_days_ago"),
        fields.pop("decided_days_after", None),
        fields,
    )


def _theme_key(key):
    return None if key == OTHER_THEME else key


def demo_theme(key):
    """Return the Finnish row of the demo theme `key`, which the experiments' demo loads first; None for none."""
    if key is None:
        return None
    return source_theme_rows().filter(translation_key=demo_key("theme", key)).first()


PROPOSALS = [_proposal(item) for item in read_data(__file__, "proposals.yaml")["proposals"]]


def add_pages(home):
    form_page = add_translated_page(home, ProposalFormPage, FORM_PAGE)
    board_page = add_translated_page(home, ProposalBoardPage, BOARD_PAGE)
    return form_page, board_page


def add_proposals(form_page):
    pages = {page.locale.language_code: page for page in form_page.get_translations(inclusive=True)}
    now = timezone.now()
    created = 0
    for reference, language, theme, status, days_ago, days_to_decision, fields in PROPOSALS:
        if Proposal.objects.filter(reference=reference).exists():
            continue
        submitted_at = now - timedelta(days=days_ago)
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


def load(home):
    form_page, _board_page = add_pages(home)
    created = add_proposals(form_page)
    linked = link_experiments()
    summary = f"proposal form and idea board, {created} new demo proposals"
    if linked:
        summary += ", the commuter bus idea linked to its experiment"
    return summary
