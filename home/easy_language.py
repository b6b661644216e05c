"""A short summary in easy language (selkokieli, lättläst svenska) that a page shows first, under its own heading.

Easy language is an accessibility service for readers who find standard text hard: people with a cognitive
disability, many older readers, people still learning Finnish or Swedish. It is written by hand for each language,
so the field is translatable: every language version has its own summary, or none.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

# Long enough for five to eight short sentences; an easy-language text that needs more is not a summary.
EASY_LANGUAGE_SUMMARY_MAX_LENGTH = 800


class EasyLanguageSummaryMixin(models.Model):
    """Give a page an optional summary in easy language, which its template shows before anything else."""

    easy_language_summary = models.TextField(
        _("summary in easy language"),
        max_length=EASY_LANGUAGE_SUMMARY_MAX_LENGTH,
        blank=True,
        help_text=_(
            "Optional. Short sentences and everyday words, one thing in each sentence, no abbreviations. "
            "Shown first on the page under the heading “In easy language”. Write it separately in each language."
        ),
    )

    class Meta:
        abstract = True


def easy_language_panel():
    return FieldPanel("easy_language_summary")


def easy_language_search_field():
    return index.SearchField("easy_language_summary")


def with_easy_language_summary(queryset):
    """Narrow pages down to those whose language version has an easy-language summary."""
    return queryset.exclude(easy_language_summary="")
