"""What experiments are about: themes and the city-strategy goals they serve, chosen by editors."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin


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
