"""The lineage's fixtures live in support.py, so the experiments' open-data tests can use the same path."""

from tests.participation.lineage.support import full_path, idea, link_workshop_to_experiment, programme  # noqa: F401
