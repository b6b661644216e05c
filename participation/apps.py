from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class ParticipationConfig(AppConfig):
    name = "participation"
    verbose_name = _("Participation")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import groups
        from .proposals import personal_data  # noqa: F401  (registers the proposals' personal data provider)
        from .proposals import signals as proposal_signals  # noqa: F401  (a deleted public idea: pages refreshed)
        from .workshops import personal_data as workshop_personal_data  # noqa: F401  (and the sign-ups')

        post_migrate.connect(groups.ensure_moderators_group, sender=self, dispatch_uid="participation.moderators")
