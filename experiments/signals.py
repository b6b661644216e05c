"""Renaming a theme or a strategy goal changes what cached pages show, like a publish does."""

from django.db.models.signals import post_delete, post_save

from home.cache import bump_content_version

from .models import StrategyGoal, Theme


def connect():
    """Called from the app's `ready()`."""
    for model in (Theme, StrategyGoal):
        post_save.connect(bump_content_version, sender=model, dispatch_uid=f"experiments.bump_on_{model.__name__}_save")
        post_delete.connect(
            bump_content_version, sender=model, dispatch_uid=f"experiments.bump_on_{model.__name__}_delete"
        )
