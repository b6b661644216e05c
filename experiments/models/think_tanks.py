"""Think tanks: the groups where ideas for experiments are born."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.easy_language import EasyLanguageSummaryMixin, easy_language_panel, easy_language_search_field
from home.translation_publishing.pages import TranslatedPageMixin

from ..blocks import ExperimentBodyBlock
from ..choices import MeetingFrequency, StakeholderGroup
from ..page_forms import ThinkTankPageForm
from .experiments import CARD_IMAGE_SPECS, ExperimentPage
from .taxonomy import VocabularyLink


class ThinkTankIndexPage(TranslatedPageMixin, Page):
    """The list of think tanks in one language."""

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["experiments.ThinkTankPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("think tank index")
        verbose_name_plural = _("think tank indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["think_tanks"] = (
            ThinkTankPage.objects.child_of(self)
            .live()
            .public()
            .prefetch_related(
                "think_tank_themes",
                Prefetch("image", queryset=get_image_model().objects.prefetch_renditions(*CARD_IMAGE_SPECS)),
            )
        )
        return context


class ThinkTankPage(TranslatedPageMixin, EasyLanguageSummaryMixin, Page):
    """One think tank: why it exists, who takes part, how it meets, and what it has tried."""

    purpose = models.TextField(_("purpose"), max_length=600, help_text=_("Why the think tank exists, in brief."))
    participant_groups = models.JSONField(_("who takes part"), default=list, blank=True)
    meeting_frequency = models.CharField(
        _("how often it meets"),
        max_length=20,
        choices=MeetingFrequency.choices,
        default=MeetingFrequency.MONTHLY,
    )
    meeting_details = models.TextField(
        _("how it meets"),
        max_length=600,
        blank=True,
        help_text=_("Where and in what form: open evenings, workshops, online."),
    )
    contact_email = models.EmailField(
        _("contact address"),
        help_text=_("A shared address such as kokeilut@example.fi, never a person's own."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("alternative text of the image"),
        max_length=250,
        blank=True,
        help_text=_("Describe what the image shows for someone who cannot see it."),
    )
    body = StreamField(ExperimentBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("purpose"),
        easy_language_panel(),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        InlinePanel("think_tank_themes", heading=_("Themes"), label=_("Theme")),
        MultiFieldPanel(
            [
                FieldPanel("participant_groups"),
                FieldPanel("meeting_frequency"),
                FieldPanel("meeting_details"),
                FieldPanel("contact_email"),
            ],
            heading=_("Taking part"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("purpose"),
        easy_language_search_field(),
        index.SearchField("meeting_details"),
        index.SearchField("body"),
    ]
    override_translatable_fields = [
        SynchronizedField("participant_groups", overridable=False),
        SynchronizedField("meeting_frequency", overridable=False),
        SynchronizedField("contact_email", overridable=False),
        SynchronizedField("think_tank_themes", overridable=False),
        SynchronizedField("image", overridable=False),
    ]

    base_form_class = ThinkTankPageForm
    parent_page_types = ["experiments.ThinkTankIndexPage"]
    # A string, so this app does not import participation (which sits above it); the page lists the workshops
    # with participation's {% think_tank_workshops %} tag, and the listing of its language serves its feed.
    subpage_types = ["participation.WorkshopPage"]

    class Meta:
        verbose_name = _("think tank")
        verbose_name_plural = _("think tanks")

    def clean(self):
        super().clean()
        errors = {}
        unknown = set(self.participant_groups or []) - set(StakeholderGroup.values)
        if unknown:
            errors["participant_groups"] = ValidationError(
                _("Unknown group: %(groups)s."),
                code="unknown_group",
                params={"groups": ", ".join(sorted(unknown))},
            )
        if self.image_id and not self.image_alt.strip():
            errors["image_alt"] = ValidationError(
                _("Describe the image for people who cannot see it."), code="image_without_alt"
            )
        if errors:
            raise ValidationError(errors)

    def participant_group_labels(self):
        """Return the labels of the groups that take part, in the vocabulary's order."""
        chosen = set(self.participant_groups or [])
        return [group.group_name for group in StakeholderGroup if group in chosen]

    def themes(self):
        return [link for link in self.think_tank_themes.all() if link.theme_id]

    def experiments(self):
        """Return the live experiments of this think tank in this page's language, newest start first.

        The link is kept on the Finnish experiment and synchronised to its translations, so the match is by
        translation key rather than by the page itself.
        """
        return (
            ExperimentPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, think_tank__translation_key=self.translation_key)
            .order_by(models.F("starts_on").desc(nulls_last=True), "title")
            .with_card_data()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["experiments"] = self.experiments()
        return context


class ThinkTankTheme(VocabularyLink):
    vocabulary_field = "theme"
    page = ParentalKey(ThinkTankPage, on_delete=models.CASCADE, related_name="think_tank_themes")
    theme = models.ForeignKey(
        "experiments.Theme", verbose_name=_("theme"), on_delete=models.CASCADE, related_name="think_tank_links"
    )

    panels = [FieldPanel("theme")]

    class Meta(VocabularyLink.Meta):
        verbose_name = _("theme")
