"""What publishing tells followers; connected in the app's `ready()`."""

from .services import experiment_published, workshop_published


def announce_workshop(sender, instance, **kwargs):
    """A workshop published (or a translation of it) is news for its followers in the languages it is live in."""
    workshop_published(workshop=instance)


def announce_experiment(sender, instance, **kwargs):
    """An experiment published with a new status, result or decision is news for its followers."""
    experiment_published(experiment=instance)
