"""Register the past sessions' admin list."""

from wagtail.snippets.models import register_snippet

from .viewsets import ParticipationSessionViewSet

register_snippet(ParticipationSessionViewSet)
