"""Demo content of the participation app. Each feature keeps its own module; this calls them in order."""

from . import demo_workshops


def load():
    return demo_workshops.load()
