"""The experiment catalog page of one language, with its open-data files and feed as sub-addresses."""

from django.core.paginator import Paginator
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

    class Meta:
        verbose_name = _("experiment catalog")
        verbose_name_plural = _("experiment catalogs")

    def filter_form(self, request):
        # One form per request: the page cache (page_cache_query) and the listing read the same cleaned values.
        forms = request.__dict__.setdefault("_experiment_filter_forms", {})
        if self.pk not in forms:
            forms[self.pk] = ExperimentFilterForm(request.GET, locale=self.locale)
        return forms[self.pk]

    def page_cache_query(self, request):
        """Return the filters and page number this request is answered with, for the page cache, or None.

        The page cache keeps a copy per combination of valid filters and page number (home/page_cache.py). A
        search (`q`) is always rendered afresh, and so is any value the form refuses or drops (an unknown state,
        theme, goal or think tank, a year without experiments, an unknown order) and a page number out of range:
        the page still answers them, leniently, but a stranger cannot fill the cache with them.
        """
        if not any(any(values) for _name, values in request.GET.lists()):
            # The unfiltered catalog: no need to build the form (its choices cost queries) to know that.
            return []
        form = self.filter_form(request)
        if not form.is_valid() or form.cleaned_data["q"]:
            return None
        data = form.cleaned_data
        pairs = [("status", status) for status in data["status"]]
        pairs += [(name, str(item.pk)) for name in ("theme", "goal") for item in data[name]]
        if data["year"] is not None:
            pairs.append(("year", str(data["year"])))
        if data["think_tank"] is not None:
            pairs.append(("think_tank", str(data["think_tank"].pk)))
        if data["easy_language"]:
            pairs.append(("easy_language", "on"))
        if data["sort"]:
            pairs.append(("sort", data["sort"]))
        number = request.GET.get("page", "")
        if number:
            if not (number.isascii() and number.isdigit()):
                return None
            paginator = Paginator(self.filtered_experiments(form), EXPERIMENTS_PER_PAGE)
            if not 1 <= int(number) <= paginator.num_pages:
                return None
            pairs.append(("page", str(int(number))))
        return pairs

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
        # Lenient, like the rest of the catalog: a page number that is not one shows the first page, one past
        # the end the last.
        paginator = Paginator(self.filtered_experiments(form).with_card_data(), EXPERIMENTS_PER_PAGE)
        return paginator.get_page(request.GET.get("page"))

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
