from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from home.search import views as search_views
from home.translation_publishing.views import ApproveTranslatedPageView
from participation import admin_access as participation_admin_access
from portal.password_reset import ThrottledPasswordResetView
from portal.second_factor import urls as second_factor_urls
from portal.style_guide import style_guide

# A database outage gets the "try again" page also when it is raised outside a view; no error page reads the
# request's body, which may be what failed (portal/errors.py).
handler400 = "portal.errors.bad_request"
handler403 = "portal.errors.permission_denied"
handler404 = "portal.errors.page_not_found"
handler500 = "portal.errors.server_error"

urlpatterns = [
    # Ahead of Wagtail's own login URL, which it replaces with a throttled one in two steps, the password and a
    # second factor (portal/login.py, portal/second_factor/).
    path("", include(second_factor_urls)),
    # Ahead of Wagtail's own: throttled, and the e-mail leaves through the task worker (portal/password_reset.py).
    path("admin/password_reset/", ThrottledPasswordResetView.as_view()),
    # Ahead of Wagtail's bulk actions, which list residents' records to anyone (participation/admin_access.py).
    path("admin/bulk/participation/<str:model_name>/<str:action>/", participation_admin_access.bulk_action),
    # Ahead of Wagtail's workflow action URL: approving a page that still holds untranslated text is refused with
    # a message instead of failing (home/translation_publishing/views.py).
    path(
        "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        require_admin_access(ApproveTranslatedPageView.as_view()),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", home_views.sitemap, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page carries its language in the address: /fi/, /sv/, /en/. A bare / is redirected by
# LocaleMiddleware to the language the browser prefers.
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("style-guide/", style_guide, name="style_guide"),
    path("", include("participation.workshops.urls")),
    path("", include("participation.subscriptions.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
