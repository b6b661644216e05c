"""A record that a request about someone's personal data was handled, without the data itself."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PersonalDataRequest(models.Model):
    """Who exported or erased the data held about one e-mail address, when, and how many records it touched.

    The address is not stored: this log proves that a request was handled without keeping what was erased.
    Its "add" permission is the permission to handle such requests.
    """

    class Action(models.TextChoices):
        EXPORT = "export", _("Export")
        ERASE = "erase", _("Erase")

    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    handled_at = models.DateTimeField(_("handled"), default=timezone.now, editable=False)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    # {provider name: number of records}, e.g. {"proposals": 2}.
    records = models.JSONField(_("records"), default=dict, editable=False)

    class Meta:
        verbose_name = _("personal data request")
        verbose_name_plural = _("personal data requests")
        ordering = ["-handled_at"]
        default_permissions = ("add", "view")

    def __str__(self):
        return f"{self.get_action_display()} {self.handled_at:%Y-%m-%d %H:%M}"

    @property
    def record_count(self):
        return sum(self.records.values())
