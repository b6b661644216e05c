"""The experiment catalog page of one language, with its open-data files and feed as sub-addresses."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from home.translation_publishing.pages import TranslatedPageMixin

from ..catalog import filter_experiments
from ..feeds import ExperimentFeed
from ..forms import ExperimentFilterForm
from ..opendata import csv_response, experiment_rows, json_response

EXPERIMENTS_PER_PAGE = 12


class ExperimentIndexPage(TranslatedPageMixin, RoutablePageMixin, Page):
    """The catalog: every experiment of one language, filtered by GET parameters a resident can bookmark."""

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["experiments.ExperimentPage"]
    max_count_per_parent = 1
    # The filters a resident can bookmark; the page cache keeps a copy per combination. The free-text `q` is left
    # out, so searches are always rendered afresh.
    page_cache_query_params = ("status", "theme", "goal", "year", "think_tank", "sort", "page")

    class Meta:
        verbose_name = _("experiment catalog")
        verbose_name_plural = _("experiment catalogs")

    def filter_form(self, request):
        return ExperimentFilterForm(request.GET, locale=self.locale)

    def filtered_experiments(self, form):
        return filter_experiments(self.locale, form.filters())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: when the listing comes from the fragment cache (home/page_cache.py), none of it is computed.
        form = SimpleLazyObject(lambda: self.filter_form(request))
        context.update(
            filter_form=form,
            filters=SimpleLazyObject(lambda: form.filters()),
            experiments=SimpleLazyObject(lambda: self.experiments_page(request, form)),
            csv_url=self.get_url(request) + self.reverse_subpage("data_csv"),
            json_url=self.get_url(request) + self.reverse_subpage("data_json"),
            feed_url=self.feed_url(request),
        )
        return context

    def experiments_page(self, request, form):
        paginator = Paginator(self.filtered_experiments(form).with_card_data(), EXPERIMENTS_PER_PAGE)
        try:
            return paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            return paginator.page(1)
        except EmptyPage:
            return paginator.page(paginator.num_pages)

    def feed_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("feed")

    def export_rows(self, request):
        experiments = self.filtered_experiments(self.filter_form(request)).with_export_data()
        return experiment_rows(experiments, request, locale=self.locale)

    @path("csv/", name="data_csv")
    def data_csv(self, request):
        return csv_response(self.export_rows(request), f"experiments-{self.locale.language_code}.csv")

    @path("json/", name="data_json")
    def data_json(self, request):
        meta = {
            "title": self.title,
            "language": self.locale.language_code,
            "source": request.build_absolute_uri(self.get_url(request)),
            "licence": "CC BY 4.0",
        }
        return json_response(self.export_rows(request), meta)

    @path("feed/", name="feed")
    def feed(self, request):
        experiments = self.filtered_experiments(self.filter_form(request)).prefetch_related("experiment_themes")
        return ExperimentFeed(self, experiments)(request)
