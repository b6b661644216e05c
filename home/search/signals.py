"""Publishing, unpublishing and deleting a page keeps its search entry up to date."""

from wagtail.signals import page_published, page_unpublished

from .services import search_entry_delete, search_entry_update


def index_published_page(instance, **kwargs):
    search_entry_update(page=instance)


def forget_unpublished_page(instance, **kwargs):
    search_entry_delete(page=instance)


def connect():
    """Called from the app's `ready()`. A deleted page takes its entry with it (the entry's foreign key cascades);
    a moved page keeps its text, and its address is read from the page when results are shown."""
    page_published.connect(index_published_page, dispatch_uid="home.search.index_on_publish")
    page_unpublished.connect(forget_unpublished_page, dispatch_uid="home.search.forget_on_unpublish")
