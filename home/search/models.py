from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class PageSearchEntry(models.Model):
    """What site search knows about one published page: its text as last published, stemmed for its language.

    The plain text gives the excerpts on the results page. The stems (each word between spaces) are what the
    embedded SQLite database matches; on PostgreSQL the weighted `vector` is matched instead, built with the text
    search configuration of the page's language.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="search_entry"
    )
    title = models.TextField(_("title"))
    body = models.TextField(_("body"), blank=True)
    title_stems = models.TextField(blank=True)
    body_stems = models.TextField(blank=True)
    # PostgreSQL only (a GIN index is added by the migration there); SQLite leaves it empty.
    vector = SearchVectorField(null=True, editable=False)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")

    def __str__(self):
        return self.title
