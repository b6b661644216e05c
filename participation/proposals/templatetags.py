"""Template tags that let other apps' pages show proposals without importing participation.

An experiment page lists the ideas it came from with one line in its template:

    {% load proposal_tags %}{% experiment_source_proposals page %}

or, to lay the list out itself:

    {% proposals_from_experiment page as proposals %}
    {% for proposal in proposals %}<a href="{{ proposal.board_url }}">{{ proposal.title }}</a>{% endfor %}

A think tank's page lists the public ideas it took up with {% think_tank_ideas page %} (or, to lay them out
itself, {% proposals_taken_up_by page as proposals %}).

The home page shows the ideas think tanks took up last with {% ideas_recently_taken_up page as proposals %}, and
any page finds the idea form and the idea board of its language with {% idea_form_page page as form_page %} and
{% idea_board_page page as board %}.
"""

from django import template
from wagtail.models import Page

from .links import board_for_locale
from .models import Proposal
from .pages import ProposalFormPage

register = template.Library()

# The home page shows the latest few; each think tank's page and the idea board have them all.
TAKEN_UP_ON_HOME_PAGE = 3


def _with_board_urls(proposals, request):
    """Give each proposal its `board_url` on the idea board of the active language ("" without a board)."""
    board = board_for_locale() if proposals else None
    for proposal in proposals:
        proposal.board_url = board.proposal_url(proposal, request) if board else ""
    return proposals


@register.simple_tag(takes_context=True)
def proposals_from_experiment(context, page):
    """Return the public proposals refined into `page` (in any of its language versions), newest decision first.

    Each carries `board_url`, its address on the idea board of the active language ("" without a board).
    """
    if not isinstance(page, Page):
        return []
    proposals = list(
        Proposal.objects.public()
        .filter(experiment__translation_key=page.translation_key)
        .order_by("-decided_at", "-submitted_at")
    )
    return _with_board_urls(proposals, context.get("request"))


@register.inclusion_tag("participation/proposals/includes/experiment_sources.html", takes_context=True)
def experiment_source_proposals(context, page):
    """Render the section "Where the idea came from" for an experiment page; nothing if no proposal led to it."""
    return {"proposals": proposals_from_experiment(context, page)}


@register.simple_tag(takes_context=True)
def proposals_taken_up_by(context, page):
    """Return the public proposals the think tank `page` took up (in any of its languages), latest first.

    Ideas point at the Finnish think tank; the match is by translation key, so every language version of the
    think tank lists the same ideas. Each carries `board_url` as `proposals_from_experiment` does.
    """
    if not isinstance(page, Page):
        return []
    proposals = list(
        Proposal.objects.public()
        .filter(think_tank__translation_key=page.translation_key)
        .order_by("-assigned_at", "-submitted_at")
    )
    return _with_board_urls(proposals, context.get("request"))


@register.inclusion_tag("participation/proposals/includes/think_tank_ideas.html", takes_context=True)
def think_tank_ideas(context, page):
    """Render the section "Ideas this think tank took up"; nothing if it has taken up no public idea."""
    return {"proposals": proposals_taken_up_by(context, page)}


@register.simple_tag
def idea_form_page(page):
    """Return the live idea form in `page`'s language, or None."""
    return ProposalFormPage.objects.live().public().filter(locale_id=page.locale_id).order_by("path").first()


@register.simple_tag
def idea_board_page(page):
    """Return the live idea board in `page`'s language, or None."""
    return board_for_locale(page.locale)


@register.simple_tag(takes_context=True)
def ideas_recently_taken_up(context, page):
    """Return the public ideas a think tank took up most recently, each with `board_url` and `think_tank_page`,
    the think tank in `page`'s language (None when it has no live page there).

    Three queries however many ideas there are: the ideas with their themes, the think tanks, the board.
    """
    proposals = list(
        Proposal.objects.public()
        .with_theme_names()
        .filter(assigned_at__isnull=False, think_tank__isnull=False)
        .select_related("think_tank")
        .order_by("-assigned_at", "-pk")[:TAKEN_UP_ON_HOME_PAGE]
    )
    keys = {proposal.think_tank.translation_key for proposal in proposals}
    think_tanks = {
        think_tank.translation_key: think_tank
        for think_tank in Page.objects.live().public().filter(translation_key__in=keys, locale_id=page.locale_id)
    }
    for proposal in proposals:
        proposal.think_tank_page = think_tanks.get(proposal.think_tank.translation_key)
    return _with_board_urls(proposals, context.get("request"))
