"""The ground floor of the portal: the home page, plain content pages and the site's footer settings."""

from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from .blocks import (
    RICH_TEXT_FEATURES,
    CountedFigureBlock,
    FeaturedPagesBlock,
    KeyFigureBlock,
    StandardPageBodyBlock,
)
from .search.models import PageSearchEntry
from .translation_publishing.pages import TranslatedPageMixin

# The search feature keeps its model in its own folder; Django finds an app's models through this module.
__all__ = ["HomePage", "PageSearchEntry", "PortalSettings", "StandardPage"]


class HomePage(TranslatedPageMixin, Page):
    """The front page of one language: what the programme is, its figures, and what to read next."""

    hero_text = models.TextField(
        _("hero text"),
        max_length=300,
        help_text=_("One or two sentences under the main heading."),
    )
    introduction = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    key_figures = StreamField(
        # Typed figures stay readable for what the data migration could not match to a counted one.
        [("counted", CountedFigureBlock()), ("figure", KeyFigureBlock())],
        verbose_name=_("key figures"),
        blank=True,
        max_num=6,
        help_text=_("Choose counted figures: they always agree with the impact page."),
    )
    featured = StreamField(
        [("featured_pages", FeaturedPagesBlock())],
        verbose_name=_("featured pages"),
        blank=True,
        help_text=_("Sections of hand-picked think tanks, experiments and workshops."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("hero_text"),
        FieldPanel("introduction"),
        FieldPanel("key_figures"),
        FieldPanel("featured"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("hero_text"), index.SearchField("introduction")]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")
        # Checked for every page type (settings.SWEDISH_READY_OVERRIDE_PERMISSION); it lives here as on the site's
        # first page, since Django ties a permission to one model.
        permissions = [
            ("publish_before_swedish", _("Can publish an urgent Finnish page before its Swedish translation is ready"))
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: when the page's content comes from the fragment cache, the template never asks for it.
        context["featured_sections"] = SimpleLazyObject(self.featured_sections)
        return context

    def featured_sections(self):
        """Return the featured sections with each chosen page in this page's language, live ones only.

        Editors pick pages once in Finnish; a section shows the translation of each pick in this page's locale,
        fetched in one query for all sections, and leaves out what has no live translation yet.
        """
        blocks = [block.value for block in self.featured]
        keys = {page.translation_key for value in blocks for page in value["pages"] if page}
        keys |= {value["more_page"].translation_key for value in blocks if value["more_page"]}
        translated = {
            page.translation_key: page
            for page in Page.objects.live().filter(translation_key__in=keys, locale_id=self.locale_id).specific()
        }
        sections = []
        for value in blocks:
            pages = [
                translated[page.translation_key]
                for page in value["pages"]
                if page and page.translation_key in translated
            ]
            more = value["more_page"]
            sections.append(
                {
                    "heading": value["heading"],
                    "text": value["text"],
                    "pages": pages,
                    "more_page": translated.get(more.translation_key) if more else None,
                }
            )
        return [section for section in sections if section["pages"]]


class StandardPage(TranslatedPageMixin, Page):
    """A plain content page: about the model, the privacy notice, the accessibility statement."""

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)
    body = StreamField(StandardPageBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("introduction"), index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


@register_setting(icon="cog")
class PortalSettings(BaseSiteSetting):
    """Pages every page links to. Editors choose the Finnish page; each language shows its own translation."""

    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_email = models.EmailField(_("contact e-mail"), default="kokeilut@example.fi")

    panels = [
        MultiFieldPanel(
            [FieldPanel("privacy_page"), FieldPanel("accessibility_page")],
            heading=_("Footer links"),
        ),
        FieldPanel("contact_email"),
    ]

    class Meta:
        verbose_name = _("portal settings")

    def footer_pages(self, locale=None):
        """Return the privacy notice and accessibility statement in the given locale, in one query."""
        locale = locale or Locale.get_active()
        wanted = {"privacy": self.privacy_page_id, "accessibility": self.accessibility_page_id}
        sources = {
            page.pk: page
            for page in Page.objects.filter(pk__in=[pk for pk in wanted.values() if pk]).only("translation_key")
        }
        keys = {page.translation_key for page in sources.values()}
        translated = {
            page.translation_key: page for page in Page.objects.live().filter(translation_key__in=keys, locale=locale)
        }
        return {
            name: translated.get(sources[pk].translation_key) if pk in sources else None for name, pk in wanted.items()
        }
