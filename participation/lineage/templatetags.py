"""The lineage on an idea's public page: {% load lineage_tags %}{% proposal_lineage proposal page %}.

The experiment page does not need a tag: it reads the lineage through experiments.lineage, which this app fills.
"""

from django import template
from wagtail.models import Locale

from .services import proposal_lineage as lineage_of_proposal

register = template.Library()


@register.inclusion_tag("experiments/includes/lineage.html", takes_context=True)
def proposal_lineage(context, proposal, board):
    """Render the timeline of an idea, from its arrival to the decision on the experiment it became."""
    return {
        "steps": lineage_of_proposal(proposal, board=board, locale=Locale.get_active(), request=context.get("request")),
        "heading_class": "h4",
    }
