from django.urls import path

from portal.second_factor import views

# Ahead of Wagtail's admin URLs (portal/urls.py). The steps of the login are open to anyone: they act only for the
# person whose password was right in this session.
urlpatterns = [
    path("admin/login/", views.TwoStepLoginView.as_view(), name="admin_login_password_step"),
    path("admin/login/second-factor/", views.SecondStepView.as_view(), name="second_factor_step"),
    path("admin/login/second-factor/enrol/", views.EnrolView.as_view(), name="second_factor_enrol"),
]
