from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Portal pages")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import figures, request_memo, signals
        from .admin_csp import patch_chooser_widgets
        from .search import signals as search_signals

        request_memo.install()
        signals.connect()
        search_signals.connect()
        patch_chooser_widgets()
        figures.register(
            "languages",
            name=_("Languages of this site"),
            count=figures.count_languages,
            label=figures.languages_label,
        )
