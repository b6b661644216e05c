"""Register the subscriptions' admin views: counts for staff, addresses for Moderators."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from .models import Subscription
from .viewsets import SubscriptionPermissionPolicy, SubscriptionViewSet, follower_counts_view

# Registered before the viewset, so the viewset does not create the default policy first.
register_permission_policy(Subscription, SubscriptionPermissionPolicy(Subscription))
register_snippet(SubscriptionViewSet)


@hooks.register("register_admin_urls")
def follower_counts_urls():
    return [path("followers/", follower_counts_view, name="subscription_follower_counts")]


@hooks.register("register_reports_menu_item")
def follower_counts_menu_item():
    return MenuItem(_("Followers"), reverse("subscription_follower_counts"), icon_name="mail", order=900)
