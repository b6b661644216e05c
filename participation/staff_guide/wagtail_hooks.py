"""The guide's admin address and its place in Wagtail's Help menu, open to everyone who may use the admin."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import StaffGuideView


@hooks.register("register_admin_urls")
def register_staff_guide_url():
    return [path("guide/", StaffGuideView.as_view(), name="staff_guide")]


@hooks.register("register_help_menu_item")
def register_staff_guide_menu_item():
    # Before Wagtail's own entries, which lead to its general guide in English.
    return MenuItem(
        _("Guide for editors and moderators"), reverse("staff_guide"), icon_name="help", order=100, name="staff-guide"
    )
