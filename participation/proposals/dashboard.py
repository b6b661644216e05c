"""The dashboard panel that tells moderators how many proposals wait for them."""

from django.db.models import Count
from django.urls import reverse
from wagtail.admin.ui.components import Component

from .models import WAITING_STATUSES, Proposal, ProposalStatus


def waiting_counts():
    """Return [(status, count)] for the states a moderator acts on, plus "needs more information"."""
    statuses = [*WAITING_STATUSES, ProposalStatus.NEEDS_INFO]
    counts = dict(Proposal.objects.filter(status__in=statuses).values_list("status").annotate(n=Count("pk")).order_by())
    return [(ProposalStatus(status), counts.get(status, 0)) for status in statuses]


class ProposalQueuePanel(Component):
    name = "proposal_queue"
    order = 50
    template_name = "participation/proposals/admin/queue_panel.html"

    def get_context_data(self, parent_context=None):
        index_url = reverse(Proposal.snippet_viewset.get_url_name("list"))
        counts = waiting_counts()
        return {
            "rows": [
                {"label": status.label, "count": count, "url": f"{index_url}?status={status.value}"}
                for status, count in counts
            ],
            "waiting": sum(count for status, count in counts if status in WAITING_STATUSES),
            "index_url": index_url,
        }
