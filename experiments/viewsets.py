"""Admin for the editors' vocabularies: themes and city-strategy goals, under one menu item."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import StrategyGoal, Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    list_display = ["name", "locale"]
    search_fields = ["name", "description"]
    search_backend_name = None  # a short list: the database's own matching is enough
    ordering = ["name"]


class StrategyGoalViewSet(SnippetViewSet):
    model = StrategyGoal
    icon = "flag"
    menu_label = _("Strategy goals")
    list_display = ["name", "locale"]
    search_fields = ["name", "description"]
    search_backend_name = None  # a short list: the database's own matching is enough
    ordering = ["name"]


class ExperimentVocabularyViewSetGroup(SnippetViewSetGroup):
    items = (ThemeViewSet, StrategyGoalViewSet)
    menu_icon = "tag"
    menu_label = _("Experiment themes")
    menu_name = "experiment-vocabularies"
