"""The translation status report: every Finnish page with its state in each language, as a Wagtail report."""

import django_filters
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext
from wagtail.admin.filters import ContentTypeFilter, WagtailFilterSet
from wagtail.admin.views.reports import PageReportView
from wagtail.coreutils import get_content_type_label
from wagtail.models import Page, get_page_content_types

from home.spreadsheets import spreadsheet_safe

from .services import (
    TranslationState,
    language_name,
    source_language,
    source_pages,
    state_condition,
    target_languages,
    translation_statuses,
)


def state_choices():
    """Return ("sv:missing", "Swedish: missing") and the like, for every target language and state."""
    return [
        (
            f"{code}:{state.value}",
            pgettext("language and its translation state", "%(language)s: %(state)s")
            % {"language": language_name(code), "state": state.label},
        )
        for code in target_languages()
        for state in TranslationState
    ]


def sections(request):
    """The top-level sections of the Finnish site: the pages right under its home page."""
    return Page.objects.filter(depth=3, locale__language_code=source_language()).order_by("path")


class TranslationStatusFilterSet(WagtailFilterSet):
    content_type = ContentTypeFilter(
        label=_("Page type"),
        queryset=lambda request: get_page_content_types(include_base_page_type=False),
    )
    state = django_filters.ChoiceFilter(label=_("State"), choices=state_choices, method="filter_state")
    section = django_filters.ModelChoiceFilter(label=_("Section"), queryset=sections, method="filter_section")

    class Meta:
        model = Page
        fields = []

    def filter_state(self, queryset, name, value):
        code, _sep, state = value.partition(":")
        if code not in target_languages():
            return queryset
        return queryset.filter(state_condition(code, TranslationState(state)))

    def filter_section(self, queryset, name, value):
        return queryset.filter(path__startswith=value.path)


class TranslationStatusView(PageReportView):
    page_title = _("Translation status")
    header_icon = "globe"
    results_template_name = "home/translation_status/report_results.html"
    filterset_class = TranslationStatusFilterSet
    index_url_name = "translation_status"
    index_results_url_name = "translation_status_results"
    export_filename = "translation-status"
    any_permission_required = ["add", "change", "publish"]

    def get_queryset(self):
        editable = self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["add", "change", "publish"]
        )
        self.queryset = (
            source_pages().filter(pk__in=editable.values("pk")).select_related("content_type").order_by("path")
        )
        return super().get_queryset()

    def decorate_paginated_queryset(self, object_list):
        for page in object_list:
            page.translation_statuses = translation_statuses(page)
        return object_list

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["languages"] = [language_name(code) for code in [source_language(), *target_languages()]]
        return context

    @property
    def list_export(self):
        columns = ["title", "content_type", source_language()]
        for code in target_languages():
            columns += [code, f"{code}_behind_since"]
        return columns

    @property
    def export_headings(self):
        headings = {
            "title": _("Title"),
            "content_type": _("Page type"),
            source_language(): language_name(source_language()),
        }
        for code in target_languages():
            headings[code] = language_name(code)
            headings[f"{code}_behind_since"] = pgettext("export column", "%(language)s out of date since") % {
                "language": language_name(code)
            }
        return headings

    def to_row_dict(self, item):
        row = {
            "title": spreadsheet_safe(item.title),
            "content_type": get_content_type_label(item.content_type),
        }
        for status in item.translation_statuses:
            row[status.code] = str(status.state.label)
            if status.code != source_language():
                # Machines read ISO 8601, in every language.
                row[f"{status.code}_behind_since"] = status.behind_since.isoformat() if status.behind_since else ""
        return row
