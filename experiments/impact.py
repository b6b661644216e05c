"""The programme's figures, counted from the live pages of one language and cached until content changes."""

from collections import Counter
from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Count, Sum
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _
from django.utils.translation import npgettext

from home import figures as home_figures
from home.cache import content_version

from .catalog import published_experiments
from .choices import Decision, Status
from .models.experiments import ExperimentTheme
from .models.taxonomy import Theme
from .models.think_tanks import ThinkTankPage

CACHE_TIMEOUT = 24 * 60 * 60


@dataclass(frozen=True)
class ProgrammeFigures:
    experiments: int
    think_tanks: int
    participants: int
    by_status: list  # [(label, count)], every status in the order of the vocabulary
    by_decision: list  # [(label, count)] of ended experiments
    by_theme: list  # [(theme name, count)], most experiments first
    by_year: list  # [(year, count)], by the year the experiment started

    def as_dict(self):
        return {
            "experiments": self.experiments,
            "think_tanks": self.think_tanks,
            "participants": self.participants,
            "by_status": self.by_status,
            "by_decision": self.by_decision,
            "by_theme": self.by_theme,
            "by_year": self.by_year,
        }


def count_figures(locale):
    """Count the figures from the database (a handful of queries, however much content there is)."""
    experiments = published_experiments(locale)
    totals = experiments.aggregate(count=Count("pk"), participants=Sum("participants"))

    per_status = dict(experiments.values_list("status").annotate(n=Count("pk")).order_by())
    per_decision = dict(
        experiments.filter(status__in=[Status.COMPLETED, Status.DISCONTINUED])
        .values_list("decision")
        .annotate(n=Count("pk"))
        .order_by()
    )
    per_year = (
        experiments.filter(starts_on__isnull=False)
        .annotate(year=ExtractYear("starts_on"))
        .values_list("year")
        .annotate(n=Count("pk"))
        .order_by("year")
    )

    # Theme links are matched by translation key, like the catalog's filter: the count is per theme, not per link.
    theme_links = set(
        ExperimentTheme.objects.filter(page__in=experiments).values_list("page_id", "theme__translation_key")
    )
    per_theme_key = Counter(key for _page, key in theme_links)
    themes = Theme.objects.filter(locale=locale, translation_key__in=per_theme_key.keys())
    by_theme = sorted(
        ((theme.name, per_theme_key[theme.translation_key]) for theme in themes), key=lambda row: (-row[1], row[0])
    )

    return ProgrammeFigures(
        experiments=totals["count"],
        think_tanks=ThinkTankPage.objects.live().public().filter(locale=locale).count(),
        participants=totals["participants"] or 0,
        by_status=[(str(label), per_status.get(value, 0)) for value, label in Status.choices],
        # Only decisions that were taken: "undecided" with nothing in it is noise on a chart of ended experiments.
        by_decision=[(str(label), per_decision[value]) for value, label in Decision.choices if per_decision.get(value)],
        by_theme=by_theme,
        by_year=[(year, count) for year, count in per_year],
    )


def programme_figures(locale):
    """Return the figures of one language; counted once per content version, so a publish shows at once."""
    key = f"experiments:impact:{locale.language_code}:{content_version()}"
    figures = cache.get(key)
    if figures is None:
        figures = count_figures(locale)
        cache.set(key, figures, CACHE_TIMEOUT)
    return figures


# What the apps above add to the impact page (the funnel of ideas, workshop participants): each provider is a
# function `provider(locale)` returning an `ImpactSection` list, registered in that app's `AppConfig.ready()`.
_section_providers = []


@dataclass(frozen=True)
class ImpactTable:
    """A chart's figures as a table: one header per column, then rows of a row header and its values."""

    caption: str
    columns: list  # column headers, the first one heads the row headers
    rows: list  # [(row header, [values])]
    footer: tuple | None = None  # (row header, [values]): the sum of the rows, when the rows add up


@dataclass(frozen=True)
class ImpactSection:
    key: str
    heading: str
    explanation: str
    chart_rows: list  # [(label, value)]: what the bar chart draws
    table: ImpactTable
    key_figures: list = ()  # [(value, counted label)]: shown with the programme's totals


def register_section_provider(provider):
    """Add a provider of impact page sections; registering the same function twice adds it once."""
    if provider not in _section_providers:
        _section_providers.append(provider)


def provided_sections(locale):
    """Return the sections every registered provider gives for one language, in the order they registered."""
    return [section for provider in _section_providers for section in provider(locale)]


def experiments_label(number):
    return npgettext("key figure, after the number", "experiment", "experiments", number)


def think_tanks_label(number):
    return npgettext("key figure, after the number", "think tank", "think tanks", number)


def experiment_participants_label(number):
    return npgettext(
        "key figure, after the number", "participant in the experiments", "participants in the experiments", number
    )


def register_home_figures():
    """Offer the programme's totals to the home page: the same numbers as the impact page's first list."""
    home_figures.register(
        "experiments",
        name=_("Experiments published on this site"),
        count=lambda locale: programme_figures(locale).experiments,
        label=experiments_label,
    )
    home_figures.register(
        "think_tanks",
        name=_("Think tanks published on this site"),
        count=lambda locale: programme_figures(locale).think_tanks,
        label=think_tanks_label,
    )
    home_figures.register(
        "experiment_participants",
        name=_("Participants in the experiments, as each experiment reports them"),
        count=lambda locale: programme_figures(locale).participants,
        label=experiment_participants_label,
    )
