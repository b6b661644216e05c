"""Addresses of following that are not Wagtail pages: the follow form's target and the two personal links."""

from django.urls import path

from . import views

urlpatterns = [
    path("follow/", views.follow, name="subscription_follow"),
    path("follow/confirm/<str:token>/", views.confirm, name="subscription_confirm"),
    path("follow/manage/<str:token>/", views.manage, name="subscription_manage"),
]
