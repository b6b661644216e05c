"""The content of the think tanks and experiments, one module per content area, re-exported here."""

from .catalog_page import ExperimentIndexPage
from .experiments import (
    ExperimentPage,
    ExperimentPartner,
    ExperimentStatusChange,
    ExperimentStrategyGoal,
    ExperimentTheme,
    RelatedExperiment,
)
from .impact import ImpactPage
from .taxonomy import StrategyGoal, Theme
from .think_tanks import ThinkTankIndexPage, ThinkTankPage, ThinkTankTheme

__all__ = [
    "ExperimentIndexPage",
    "ExperimentPage",
    "ExperimentPartner",
    "ExperimentStatusChange",
    "ExperimentStrategyGoal",
    "ExperimentTheme",
    "ImpactPage",
    "RelatedExperiment",
    "StrategyGoal",
    "Theme",
    "ThinkTankIndexPage",
    "ThinkTankPage",
    "ThinkTankTheme",
]
