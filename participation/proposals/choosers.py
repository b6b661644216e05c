"""The idea chooser of the workshop editor: public ideas only, by title and reference, never who sent them.

Editors who place workshops are not moderators and may not open the proposal queue (participation.admin_access),
but an idea on the public board is already public: they may link a workshop to it. Ideas still in review, declined
or spam are neither listed nor accepted when an id is sent by hand.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic.chooser import ChosenMultipleView, ChosenView
from wagtail.admin.viewsets.chooser import ChooserViewSet

from .models import Proposal


class PublicIdeaChosenView(ChosenView):
    def get_object(self, pk):
        return Proposal.objects.public().get(pk=pk)


class PublicIdeaChosenMultipleView(ChosenMultipleView):
    def get_objects(self, pks):
        return Proposal.objects.public().filter(pk__in=pks)


class PublicIdeaChooserViewSet(ChooserViewSet):
    model = Proposal
    icon = "comment"
    choose_one_text = _("Choose an idea")
    choose_another_text = _("Choose another idea")
    page_title = _("Choose an idea from the idea board")
    chosen_view_class = PublicIdeaChosenView
    chosen_multiple_view_class = PublicIdeaChosenMultipleView
    per_page = 20
    # The proposal queue's own snippet chooser stays the widget of every other link to a proposal; this one is
    # named by the panels that want it.
    register_widget = False

    def get_object_list(self):
        return Proposal.objects.public().order_by("-decided_at", "-pk")


public_idea_chooser = PublicIdeaChooserViewSet("public_idea_chooser", url_prefix="public-ideas")
