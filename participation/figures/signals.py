"""A recorded session changes the figures that cached pages show, like a publish does."""

from django.db.models.signals import post_delete, post_save

from home.cache import bump_content_version

from .models import ParticipationSession


def connect():
    """Called from the app's `ready()`."""
    post_save.connect(bump_content_version, sender=ParticipationSession, dispatch_uid="participation.session_save")
    post_delete.connect(bump_content_version, sender=ParticipationSession, dispatch_uid="participation.session_delete")
