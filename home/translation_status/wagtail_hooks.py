"""The translation status report in the Reports menu, and its counts on the dashboard."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy

from .dashboard import TranslationStatusPanel
from .services import source_pages
from .views import TranslationStatusView

EDITING = ["add", "change", "publish"]


def may_edit_pages(user):
    return PagePermissionPolicy().user_has_any_permission(user, EDITING)


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return may_edit_pages(request.user)


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return [
        path("reports/translation-status/", TranslationStatusView.as_view(), name="translation_status"),
        path(
            "reports/translation-status/results/",
            TranslationStatusView.as_view(results_only=True),
            name="translation_status_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("translation_status"),
        name="translation-status",
        icon_name="globe",
        order=1150,
    )


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    if may_edit_pages(request.user):
        editable = PagePermissionPolicy().instances_user_has_any_permission_for(request.user, EDITING)
        panels.append(TranslationStatusPanel(source_pages().filter(pk__in=editable.values("pk"))))
