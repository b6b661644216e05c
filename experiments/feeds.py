"""An RSS feed of the experiments of one language, with the catalog's filters applied."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

FEED_LENGTH = 30


class ExperimentFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, catalog, experiments):
        super().__init__()
        self.catalog = catalog
        self.experiments = experiments

    def get_object(self, request, *args, **kwargs):
        self.request = request
        self.language = self.catalog.locale.language_code
        return self.catalog

    def title(self, catalog):
        return _("%(title)s – Future Vaasa") % {"title": catalog.title}

    def link(self, catalog):
        return catalog.get_url(self.request)

    def description(self, catalog):
        return catalog.introduction or catalog.title

    def items(self, catalog):
        return self.experiments[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return self.request.build_absolute_uri(item.get_url(self.request))

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [theme.name for theme in item.themes()]
