"""StreamField blocks of experiment and think-tank pages: the shared blocks plus a key fact."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import (
    AccessibleImageBlock,
    CallToActionBlock,
    HeadingBlock,
    ParagraphBlock,
    QuoteBlock,
)


class FactBlock(blocks.StructBlock):
    """A measured figure worth lifting out of the text, such as "312 rides in four weeks"."""

    value = blocks.CharBlock(label=_("Figure"), max_length=20)
    label = blocks.CharBlock(label=_("What it measures"), max_length=160)

    class Meta:
        icon = "table"
        label = _("Key fact")
        template = "experiments/blocks/fact_block.html"


class ExperimentBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = AccessibleImageBlock()
    quote = QuoteBlock()
    fact = FactBlock()
    call_to_action = CallToActionBlock()

    class Meta:
        label = _("Body")
