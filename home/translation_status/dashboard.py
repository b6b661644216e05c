"""The dashboard panel that tells editors how many pages lack a translation or have an outdated one."""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from .services import TranslationState, attention_counts, language_name


class TranslationStatusPanel(Component):
    name = "translation_status"
    order = 60
    template_name = "home/translation_status/dashboard_panel.html"

    def __init__(self, pages):
        self.pages = pages

    def get_context_data(self, parent_context=None):
        report_url = reverse("translation_status")
        rows = []
        for code, counts in attention_counts(self.pages).items():
            rows.append(
                {
                    "language": language_name(code),
                    "missing": counts[TranslationState.MISSING],
                    "missing_url": f"{report_url}?state={code}:{TranslationState.MISSING.value}",
                    "out_of_date": counts[TranslationState.OUT_OF_DATE],
                    "out_of_date_url": f"{report_url}?state={code}:{TranslationState.OUT_OF_DATE.value}",
                }
            )
        return {
            "rows": rows,
            "needing_work": sum(row["missing"] + row["out_of_date"] for row in rows),
            "report_url": report_url,
        }
