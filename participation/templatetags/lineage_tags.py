"""Django finds tag libraries only in an app's `templatetags`: the lineage's tags are in their folder."""

from participation.lineage.templatetags import register  # noqa: F401
