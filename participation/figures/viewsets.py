"""The editors' list of past sessions in the Wagtail admin."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from home.admin_exports import LocalSpreadsheetExportMixin

from .models import ParticipationSession


class ParticipationSessionIndexView(LocalSpreadsheetExportMixin, IndexView):
    """The sessions' export opens in columns in the editor's spreadsheet, like every export of the admin."""


class ParticipationSessionViewSet(SnippetViewSet):
    model = ParticipationSession
    icon = "group"
    menu_label = _("Recorded sessions")
    add_to_admin_menu = False
    index_view_class = ParticipationSessionIndexView
    list_display = ["held_on", "think_tank", "head_count", "description"]
    list_filter = ["think_tank"]
    list_export = ["held_on", "think_tank", "head_count", "description"]
    search_fields = ["description"]
    ordering = ["-held_on"]
