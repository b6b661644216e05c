"""What experiments are about: themes and the city-strategy goals they serve, chosen by editors."""

from django.db import models
from django.db.models import OuterRef, Subquery
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin


class Taxonomy(TranslatableMixin, models.Model):
    """A named category that editors pick for experiments and think tanks, translated like content."""

    name = models.CharField(_("name"), max_length=80)
    description = models.TextField(_("description"), max_length=400, blank=True)

    panels = [FieldPanel("name"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Theme(Taxonomy):
    """A subject such as the circular economy or mobility."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class StrategyGoal(Taxonomy):
    """A goal of the city strategy, such as the wellbeing of residents or the attractiveness of the city."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("strategy goal")
        verbose_name_plural = _("strategy goals")


class VocabularyLinkManager(models.Manager):
    def get_queryset(self):
        field = self.model.vocabulary_field
        vocabulary = self.model._meta.get_field(field).related_model
        # The link is a fact kept on the Finnish page and copied to its translations; the name is read in the
        # page's own language in the same query, so listings stay at a fixed number of queries.
        translated = vocabulary.objects.filter(
            translation_key=OuterRef(f"{field}__translation_key"), locale_id=OuterRef("page__locale_id")
        )
        return (
            super()
            .get_queryset()
            .select_related(field)
            .annotate(
                localized_name=Subquery(translated.values("name")[:1]),
                localized_id=Subquery(translated.values("pk")[:1]),
            )
        )


class VocabularyLink(Orderable):
    """A page's link to a theme or goal, synchronised across languages like the other facts."""

    vocabulary_field = None

    objects = VocabularyLinkManager()

    class Meta(Orderable.Meta):
        abstract = True

    @property
    def name(self):
        """Return the name in the page's language, or the chosen one's if it has not been translated."""
        return getattr(self, "localized_name", None) or str(getattr(self, self.vocabulary_field))

    @property
    def translation_key(self):
        return getattr(self, self.vocabulary_field).translation_key
