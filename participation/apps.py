from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate
from django.utils.translation import gettext_lazy as _
from wagtail.signals import page_published


class ParticipationConfig(AppConfig):
    name = "participation"
    verbose_name = _("Participation")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here, not at the top: Django imports this module before the app's models are ready.
        from experiments import lineage
        from experiments.impact import register_section_provider
        from experiments.models import ExperimentPage

        from . import groups
        from .figures import impact as figures_impact
        from .figures import signals as figures_signals
        from .lineage.services import experiment_provider
        from .personal_data import registry
        from .proposals import personal_data as proposal_personal_data
        from .proposals import signals as proposal_signals
        from .proposals.models import Proposal
        from .subscriptions import personal_data as subscription_personal_data
        from .subscriptions import signals as subscription_signals
        from .workshops import personal_data as workshop_personal_data
        from .workshops import signals as workshop_signals
        from .workshops.pages import WorkshopPage

        register_section_provider(figures_impact.impact_sections)
        figures_impact.register_home_figures()
        figures_signals.connect()

        registry.register(proposal_personal_data.provider)
        registry.register(workshop_personal_data.provider)
        registry.register(subscription_personal_data.provider)
        # The experiment page and the catalog's open data draw the idea and its workshops into the same timeline.
        lineage.register(experiment_provider)

        post_migrate.connect(groups.ensure_moderators_group, sender=self, dispatch_uid="participation.moderators")
        post_delete.connect(
            proposal_signals.refresh_after_public_proposal_deleted,
            sender=Proposal,
            dispatch_uid="participation.refresh_on_proposal_delete",
        )
        page_published.connect(
            workshop_signals.fill_seats_after_publish, sender=WorkshopPage, dispatch_uid="participation.workshop_seats"
        )
        page_published.connect(
            subscription_signals.announce_workshop, sender=WorkshopPage, dispatch_uid="participation.announce_workshop"
        )
        page_published.connect(
            subscription_signals.announce_experiment,
            sender=ExperimentPage,
            dispatch_uid="participation.announce_experiment",
        )
