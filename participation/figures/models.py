"""Sessions of the programme that had no sign-ups on this site: recorded by editors, so their people are counted."""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class ParticipationSession(models.Model):
    """One past session and how many people took part in it, as the organisers counted them.

    A record, not content: it is the same in every language, so it is not translatable. The think tank is its
    Finnish page, and pages show it in the reader's language through its translation key.
    """

    held_on = models.DateField(_("date"))
    think_tank = models.ForeignKey(
        "experiments.ThinkTankPage",
        verbose_name=_("think tank"),
        on_delete=models.PROTECT,
        related_name="participation_sessions",
        help_text=_("The think tank that ran the session (its Finnish page)."),
    )
    head_count = models.PositiveIntegerField(
        _("number of participants"),
        validators=[MinValueValidator(1)],
        help_text=_("How many people took part, as counted at the session."),
    )
    description = models.CharField(
        _("short description"),
        max_length=200,
        blank=True,
        help_text=_("For example the session's theme. Shown only in the admin."),
    )

    panels = [FieldPanel("held_on"), FieldPanel("think_tank"), FieldPanel("head_count"), FieldPanel("description")]

    class Meta:
        verbose_name = _("recorded session")
        verbose_name_plural = _("recorded sessions")
        ordering = ["-held_on", "pk"]

    def __str__(self):
        return f"{self.held_on.isoformat()} {self.think_tank.title} ({self.head_count})"
