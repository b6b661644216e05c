"""Pages of every kind, borrowed from the feature tests' fixtures, to check the headers they are served with."""

from tests.experiments.conftest import catalog, experiment, think_tank, vocabulary  # noqa: F401
from tests.participation.proposals.conftest import board_page, form_page  # noqa: F401
from tests.participation.workshops.conftest import workshop, workshop_index  # noqa: F401
