from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExperimentsConfig(AppConfig):
    name = "experiments"
    verbose_name = _("Think tanks and experiments")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import impact, signals

        signals.connect()
        impact.register_home_figures()
