"""Django finds tag libraries only in an app's `templatetags`: the subscriptions' tags are in their folder."""

from participation.subscriptions.templatetags import register  # noqa: F401
