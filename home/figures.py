"""The figures an editor may place on the home page, counted by the app that owns the records.

Home knows no experiments or workshops: each app registers its figures here in its `AppConfig.ready()`, with a
function that counts the figure for a language and one that words it for the number it follows. The impact page
shows the same counts from the same functions, so the home page can never say something the records do not.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import npgettext


@dataclass(frozen=True)
class CountedFigure:
    key: str
    name: str  # what an editor sees in the chooser: what the figure counts, in full
    count: Callable  # count(locale) -> int
    label: Callable  # label(number) -> the words after the number, agreeing with it


@dataclass(frozen=True)
class ShownFigure:
    value: int
    label: str


_figures = {}


def register(key, *, name, count, label):
    """Offer a figure to the home page's editors; registering a key again replaces it (tests, reloads)."""
    _figures[key] = CountedFigure(key=key, name=name, count=count, label=label)


def figure_choices():
    """Return the registered figures as (key, name) choices, in the order they were registered."""
    return [(figure.key, figure.name) for figure in _figures.values()]


def counted_figure(key, locale):
    """Return the figure's number and its words in the active language, or None if no app offers the key now."""
    figure = _figures.get(key)
    if figure is None:
        return None
    value = figure.count(locale)
    return ShownFigure(value=value, label=figure.label(value))


def count_languages(locale):
    return len(settings.LANGUAGES)


def languages_label(number):
    return npgettext("key figure, after the number", "language on this site", "languages on this site", number)
