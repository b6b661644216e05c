from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from portal.second_factor import services, views


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("account/recovery-codes/", views.RecoveryCodesView.as_view(), name="second_factor_recovery_codes"),
        path("users/<int:user_id>/second-factor/reset/", views.ResetView.as_view(), name="second_factor_reset"),
    ]


@hooks.register("register_account_menu_item")
def recovery_codes_menu_item(request):
    return {
        "url": reverse("second_factor_recovery_codes"),
        "label": _("Recovery codes"),
        "help_text": _("Make new recovery codes for logging in when your phone is not at hand."),
    }


@hooks.register("register_user_listing_buttons")
def reset_button(user, request_user):
    if request_user.is_superuser:
        yield Button(
            _("Reset second factor"),
            reverse("second_factor_reset", args=[user.pk]),
            icon_name="key",
            priority=60,
        )


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(services.RESET_ACTION, _("Reset second factor"), _("Second factor reset"))
