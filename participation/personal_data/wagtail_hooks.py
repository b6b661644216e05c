"""The admin page where moderators answer a person's request about their data, in the settings menu."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import PersonalDataRequestView, can_handle_requests


class PersonalDataMenuItem(MenuItem):
    def is_shown(self, request):
        return can_handle_requests(request.user)


@hooks.register("register_admin_urls")
def register_personal_data_urls():
    return [path("personal-data/", PersonalDataRequestView.as_view(), name="participation_personal_data")]


@hooks.register("register_settings_menu_item")
def register_personal_data_menu_item():
    return PersonalDataMenuItem(
        _("Personal data requests"), reverse("participation_personal_data"), icon_name="user", order=900
    )
