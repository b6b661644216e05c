"""The impact page: the programme in figures, from the live data."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.translation_publishing.pages import TranslatedPageMixin

from ..blocks import ExperimentBodyBlock
from ..charts import bar_chart
from ..impact import programme_figures, provided_sections
from .catalog_page import ExperimentIndexPage


class ImpactPage(TranslatedPageMixin, Page):
    """Figures of the programme counted from the published experiments and think tanks, as charts and tables."""

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)
    body = StreamField(
        ExperimentBodyBlock(),
        verbose_name=_("text after the figures"),
        blank=True,
        help_text=_("What the figures mean. The figures themselves are counted automatically."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("impact page")
        verbose_name_plural = _("impact pages")

    def charts(self, figures):
        """Return the charts in reading order, each with a heading and the rows it draws."""
        sections = [
            ("status", _("Experiments by status"), _("Status"), figures.by_status),
            ("year", _("Experiments by the year they started"), _("Year"), figures.by_year),
            ("theme", _("Experiments by theme"), _("Theme"), figures.by_theme),
            ("decision", _("What was decided after an experiment ended"), _("Decision"), figures.by_decision),
        ]
        return [
            {"key": key, "heading": heading, "label_heading": label_heading, "rows": rows, "chart": bar_chart(rows)}
            for key, heading, label_heading, rows in sections
            if rows
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        figures = programme_figures(self.locale)
        context["figures"] = figures
        context["charts"] = self.charts(figures)
        # What the apps above count (ideas, workshops): each section is a chart and the table of its figures.
        sections = provided_sections(self.locale)
        context["provided_key_figures"] = [figure for section in sections for figure in section.key_figures]
        context["provided_sections"] = [
            {"section": section, "chart": bar_chart(section.chart_rows)} for section in sections
        ]
        context["catalog"] = ExperimentIndexPage.objects.live().sibling_of(self).first()
        return context
