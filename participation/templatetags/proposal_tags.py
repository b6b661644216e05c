"""Django finds tag libraries only in an app's `templatetags`: the proposals' tags are in their folder."""

from participation.proposals.templatetags import register  # noqa: F401
