"""Addresses of the workshop pages that are not Wagtail pages: the personal manage link."""

from django.urls import path

from . import views

urlpatterns = [
    path("workshop-signup/<str:token>/", views.signup_manage, name="workshop_signup_manage"),
]
