"""StreamField blocks shared by every content area of the portal."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Locale

from .figures import counted_figure, figure_choices

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Subheading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"

    def get_searchable_content(self, value):
        # The level is layout: its label ("Section heading") is no word of the page, and would show in search excerpts.
        return self.child_blocks["text"].get_searchable_content(value["text"])


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "blocks/paragraph_block.html"


class AccessibleImageBlock(blocks.StructBlock):
    """An image whose alternative text is required and translated with the page."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for someone who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"), max_length=600)
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)
    link_text = blocks.CharBlock(label=_("Link text"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Address"), required=False)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action_block.html"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose either a page or an address.")
            raise StructBlockValidationError(
                block_errors={
                    "page": ErrorList([ValidationError(message, code="page_or_url")]),
                }
            )
        return value


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Figure"), max_length=20, help_text=_("For example 40 or 166."))
    label = blocks.CharBlock(label=_("What it counts"), max_length=120)

    class Meta:
        icon = "table"
        label = _("Key figure")
        template = "blocks/key_figure_block.html"


class CountedFigureBlock(blocks.StructBlock):
    """A figure the editor chooses and the site counts: the same count, in the same words, as on the impact page."""

    figure = blocks.ChoiceBlock(
        label=_("Figure"),
        choices=figure_choices,
        help_text=_("The number is counted from the site's records whenever they change; it is never typed."),
    )

    class Meta:
        icon = "table"
        label = _("Counted figure")
        template = "blocks/counted_figure_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        page = (parent_context or {}).get("page")
        locale = page.locale if page is not None else Locale.get_active()
        context["figure"] = counted_figure(value["figure"], locale)
        return context


class FeaturedPagesBlock(blocks.StructBlock):
    """A section of hand-picked pages: think tanks, experiments or workshops on the home page."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Introduction"), required=False, max_length=400)
    pages = blocks.ListBlock(blocks.PageChooserBlock(label=_("Page")), label=_("Pages"), max_num=6)
    more_page = blocks.PageChooserBlock(label=_("Link to the full listing"), required=False)

    class Meta:
        icon = "list-ul"
        label = _("Featured pages")
        template = "blocks/featured_pages_block.html"


class RetentionFactsBlock(blocks.StaticBlock):
    """The privacy notice's table of what personal data is kept and for how long, filled in from the settings.

    The figures are never typed: the block's template asks the `retention_facts` tag, which the participation app
    (where the retention rules live) provides, so the notice always states what the retention code does.
    """

    class Meta:
        icon = "table"
        label = _("Retention periods")
        admin_text = _(
            "A table of the personal data the portal keeps and for how long. The periods come from the portal's "
            "settings, the same ones the deletion follows, so do not repeat them in the text."
        )
        template = "blocks/retention_facts_block.html"


class StandardBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = AccessibleImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()

    class Meta:
        label = _("Body")


class StandardPageBodyBlock(StandardBodyBlock):
    """A plain page's body: the shared blocks, and the retention table that a privacy notice places."""

    retention_facts = RetentionFactsBlock()

    class Meta:
        label = _("Body")
