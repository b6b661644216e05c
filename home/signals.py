"""Publishing, unpublishing, moving or deleting content makes cached pages and fragments stale."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .cache import bump_content_version
from .models import PortalSettings


def bump_on_settings_change(created=False, **kwargs):
    # The first page view creates the empty settings row (PortalSettings.for_site): nothing shown has changed, and
    # a bump there would empty the page cache the moment it is first filled.
    if not created:
        bump_content_version()


def connect():
    """Called from the app's `ready()`."""
    page_published.connect(bump_content_version, dispatch_uid="home.bump_on_publish")
    page_unpublished.connect(bump_content_version, dispatch_uid="home.bump_on_unpublish")
    page_slug_changed.connect(bump_content_version, dispatch_uid="home.bump_on_slug_change")
    post_page_move.connect(bump_content_version, dispatch_uid="home.bump_on_move")
    post_delete.connect(bump_content_version, sender=Page, dispatch_uid="home.bump_on_page_delete")

    post_save.connect(bump_on_settings_change, sender=PortalSettings, dispatch_uid="home.bump_on_settings")

    # Which site a host name serves is remembered per content version (home/page_cache.py).
    post_save.connect(bump_content_version, sender=Site, dispatch_uid="home.bump_on_site_save")
    post_delete.connect(bump_content_version, sender=Site, dispatch_uid="home.bump_on_site_delete")
