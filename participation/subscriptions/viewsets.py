"""Subscriptions in the Wagtail admin: counts per followed thing for staff, addresses only for Moderators."""

from django.db.models import Count, Q
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import require_admin_access
from wagtail.admin.ui.tables import Column
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet

from home.admin_columns import LocalDateTimeColumn
from participation.admin_access import RecordsChooserViewSet

from .models import FollowedKind, Frequency, Subscription


class SubscriptionPermissionPolicy(ModelPermissionPolicy):
    """Subscriptions are made and ended only by the people themselves (and by retention and erasure): staff look."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return "view" in actions and super().user_has_permission(user, "view")


class SubscriptionViewSet(SnippetViewSet):
    """The addresses, for the Moderators group (the model's view permission) only."""

    model = Subscription
    icon = "mail"
    menu_label = _("Subscribers")
    menu_name = "subscribers"
    menu_order = 320
    add_to_admin_menu = True
    url_prefix = "subscribers"
    chooser_viewset_class = RecordsChooserViewSet
    search_fields = ["email"]
    search_backend_name = None  # plain database lookups: subscriptions are not in the site's search index
    list_filter = ["kind", "language", "frequency"]
    list_per_page = 50
    ordering = ["-created_at", "pk"]
    list_display = [
        "email",
        Column("page", label=_("Follows"), accessor="page"),
        Column("kind", label=_("What"), accessor="get_kind_display"),
        Column("language", label=_("Language"), accessor="get_language_display"),
        Column("frequency", label=_("Frequency"), accessor="get_frequency_display"),
        LocalDateTimeColumn("confirmed_at", label=_("Confirmed")),
    ]

    def get_queryset(self, request):
        return Subscription.objects.select_related("page")


def follower_counts():
    """Return one row per followed thing: its title and how many confirmed, pending, digest and immediate followers.

    Two queries whatever the number of things or followers.
    """
    rows = list(
        Subscription.objects.values("followed_key", "kind")
        .annotate(
            confirmed=Count("pk", filter=Q(confirmed_at__isnull=False)),
            pending=Count("pk", filter=Q(confirmed_at__isnull=True)),
            digest=Count("pk", filter=Q(confirmed_at__isnull=False, frequency=Frequency.DIGEST)),
            immediate=Count("pk", filter=Q(confirmed_at__isnull=False, frequency=Frequency.IMMEDIATE)),
        )
        .order_by("kind", "followed_key")
    )
    titles = {}
    # The first language version of each thing names it (the source language, in which editors work).
    for key, title in (
        Page.objects.filter(translation_key__in=[row["followed_key"] for row in rows])
        .order_by("-pk")
        .values_list("translation_key", "title")
    ):
        titles[key] = title
    kinds = dict(FollowedKind.choices)
    return [{**row, "title": titles.get(row["followed_key"], "–"), "kind_label": kinds[row["kind"]]} for row in rows]


@require_admin_access
def follower_counts_view(request):
    return render(request, "participation/subscriptions/admin/follower_counts.html", {"rows": follower_counts()})
