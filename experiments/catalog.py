"""The experiment catalog's one query: the page, the open-data files and the feed all filter through here."""

from dataclasses import dataclass

from django.db import models
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from home.easy_language import with_easy_language_summary

from .models.experiments import ExperimentPage, ExperimentStrategyGoal, ExperimentTheme

QUERY_MAX_LENGTH = 200


class Sort(models.TextChoices):
    NEWEST = "newest", _("Newest first")
    START_DATE = "start", _("By start date")


@dataclass(frozen=True)
class CatalogFilters:
    """What a resident asked for. Within a group any choice matches; the groups narrow each other down."""

    query: str = ""
    statuses: tuple = ()
    themes: tuple = ()
    goals: tuple = ()
    year: int | None = None
    think_tank: object = None
    easy_language: bool = False
    sort: str = Sort.NEWEST

    @property
    def is_filtered(self):
        return self.active_count > 0

    @property
    def active_count(self):
        """Return how many choices narrow the list: each ticked box, a year, a think tank and the words count one."""
        singles = (self.query, self.year, self.think_tank, self.easy_language)
        return len(self.statuses) + len(self.themes) + len(self.goals) + sum(1 for value in singles if value)


def published_experiments(locale):
    """Return the experiments a resident may see in one language."""
    return ExperimentPage.objects.live().public().filter(locale=locale)


def matching_search(locale, query):
    """Return the ids of the experiments whose text matches the query, through the site's search index."""
    return [page.pk for page in published_experiments(locale).search(query, operator="and")]


def filter_experiments(locale, filters):
    """Return the experiments of one language that the filters ask for, in the order they ask for."""
    queryset = published_experiments(locale)
    if filters.statuses:
        queryset = queryset.filter(status__in=filters.statuses)
    # Themes, goals and think tanks are matched by translation key, so a link kept on another language's version
    # still counts; Exists keeps one row per experiment without DISTINCT.
    if filters.themes:
        keys = [theme.translation_key for theme in filters.themes]
        queryset = queryset.filter(
            Exists(ExperimentTheme.objects.filter(page_id=OuterRef("pk"), theme__translation_key__in=keys))
        )
    if filters.goals:
        keys = [goal.translation_key for goal in filters.goals]
        queryset = queryset.filter(
            Exists(ExperimentStrategyGoal.objects.filter(page_id=OuterRef("pk"), goal__translation_key__in=keys))
        )
    if filters.year:
        queryset = queryset.filter(starts_on__year=filters.year)
    if filters.think_tank is not None:
        queryset = queryset.filter(think_tank__translation_key=filters.think_tank.translation_key)
    if filters.easy_language:
        queryset = with_easy_language_summary(queryset)
    if filters.query:
        queryset = queryset.filter(pk__in=matching_search(locale, filters.query))
    if filters.sort == Sort.START_DATE:
        return queryset.order_by(models.F("starts_on").asc(nulls_last=True), "title", "pk")
    return queryset.order_by(models.F("first_published_at").desc(nulls_last=True), "-pk")
