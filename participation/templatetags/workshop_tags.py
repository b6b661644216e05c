"""Django finds tag libraries only in an app's `templatetags`: the workshops' tags are in their folder."""

from participation.workshops.templatetags import register  # noqa: F401
