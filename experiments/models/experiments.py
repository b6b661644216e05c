"""Experiments: evidence cards of what the city tried, with whom, and what came of it; and their catalog."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Prefetch
from django.utils import timezone
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.easy_language import EasyLanguageSummaryMixin, easy_language_panel, easy_language_search_field
from home.translation_publishing.pages import TranslatedPageMixin

from ..blocks import ExperimentBodyBlock
from ..choices import ENDED_STATUSES, Decision, PartnerType, Status
from ..lineage import lineage
from ..page_forms import ExperimentPageForm
from .taxonomy import Theme, VocabularyLink

# The card's renditions: WebP for photos, and the same crops kept as SVG for drawings (preserve-svg drops the format).
CARD_IMAGE_SPECS = ("fill-400x225|format-webp", "fill-640x360|format-webp", "fill-400x225", "fill-640x360")
# An experiment page suggests at most this many related experiments.
RELATED_EXPERIMENTS = 3


class ExperimentPageQuerySet(PageQuerySet):
    def with_card_data(self):
        """Fetch what a card shows, in a fixed number of queries however many experiments there are."""
        images = get_image_model().objects.prefetch_renditions(*CARD_IMAGE_SPECS)
        return self.prefetch_related(
            Prefetch("image", queryset=images),
            "experiment_themes",
        )

    def ended(self):
        return self.filter(status__in=ENDED_STATUSES)

    def sharing_themes_with(self, experiment):
        """Return the other experiments that share a theme with `experiment`, those sharing most first.

        Themes are matched by translation key, so the links may point at a theme's row in any language. One query.
        """
        theme_keys = Theme.objects.filter(experiment_links__page=experiment).values("translation_key")
        return (
            self.exclude(translation_key=experiment.translation_key)
            .filter(experiment_themes__theme__translation_key__in=theme_keys)
            .annotate(shared_themes=Count("experiment_themes", distinct=True))
            .order_by("-shared_themes", "-starts_on", "pk")
        )

    def with_export_data(self):
        """Fetch everything an open-data row holds, in a fixed number of queries."""
        return self.select_related("think_tank", "locale").prefetch_related(
            "experiment_themes",
            "strategy_goals",
            "partners",
            "status_changes",
        )


class ExperimentPage(TranslatedPageMixin, EasyLanguageSummaryMixin, Page):
    """One city experiment: what is tried, with whom, how success is judged, and what was learnt."""

    summary = models.TextField(_("summary"), max_length=500, help_text=_("Two or three sentences for the catalog."))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PLANNED)
    starts_on = models.DateField(_("starts on"), null=True, blank=True)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    place = models.CharField(
        _("district or place"), max_length=120, blank=True, help_text=_("For example Palosaari or the city centre.")
    )
    think_tank = models.ForeignKey(
        "experiments.ThinkTankPage",
        verbose_name=_("think tank"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The think tank the idea came from."),
    )
    hypothesis = models.TextField(_("hypothesis"), blank=True, help_text=_("What we expect to happen, and why."))
    success_measure = models.TextField(_("how success is measured"), blank=True)
    result = models.TextField(_("result"), blank=True)
    lessons_learned = models.TextField(_("lessons learned"), blank=True)
    decision = models.CharField(_("decision"), max_length=20, choices=Decision.choices, default=Decision.UNDECIDED)
    # Who decided what becomes of the experiment, when, and where the minutes are: an auditor's first questions.
    decision_body = models.CharField(
        _("decided by"),
        max_length=120,
        blank=True,
        help_text=_("The body that made the decision, e.g. the city board or a committee."),
    )
    decided_on = models.DateField(_("decision date"), null=True, blank=True)
    decision_minutes_url = models.URLField(
        _("minutes"), blank=True, help_text=_("Link to the minutes in which the decision was recorded.")
    )
    participants = models.PositiveIntegerField(_("number of participants"), null=True, blank=True)
    budget_eur = models.PositiveIntegerField(
        _("budget (euros)"), null=True, blank=True, help_text=_("In whole euros. Leave empty if there was none.")
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
        FieldPanel("summary"),
        easy_language_panel(),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
                InlinePanel("status_changes", heading=_("Status timeline"), label=_("Status change")),
            ],
            heading=_("Status and schedule"),
        ),
        FieldPanel("place"),
        FieldPanel("think_tank"),
        InlinePanel("experiment_themes", heading=_("Themes"), label=_("Theme")),
        InlinePanel("strategy_goals", heading=_("City-strategy goals"), label=_("Strategy goal")),
        InlinePanel("partners", heading=_("Partners"), label=_("Partner")),
        MultiFieldPanel(
            [
                FieldPanel("hypothesis"),
                FieldPanel("success_measure"),
                FieldPanel("result"),
                FieldPanel("lessons_learned"),
                FieldPanel("decision"),
                FieldPanel("decision_body"),
                FieldRowPanel([FieldPanel("decided_on"), FieldPanel("decision_minutes_url")]),
            ],
            heading=_("Evidence"),
        ),
        FieldRowPanel([FieldPanel("participants"), FieldPanel("budget_eur")], heading=_("Figures")),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        FieldPanel("body"),
        InlinePanel("related_experiments", heading=_("Related experiments"), label=_("Experiment")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        easy_language_search_field(),
        index.SearchField("place"),
        index.SearchField("hypothesis"),
        index.SearchField("result"),
        index.SearchField("lessons_learned"),
        index.SearchField("body"),
    ]
    # Facts are the same in every language; only prose is translated. Editors change facts on the Finnish page.
    override_translatable_fields = [
        SynchronizedField("status", overridable=False),
        SynchronizedField("starts_on", overridable=False),
        SynchronizedField("ends_on", overridable=False),
        SynchronizedField("think_tank", overridable=False),
        SynchronizedField("decision", overridable=False),
        SynchronizedField("decided_on", overridable=False),
        SynchronizedField("decision_minutes_url", overridable=False),
        SynchronizedField("participants", overridable=False),
        SynchronizedField("budget_eur", overridable=False),
        SynchronizedField("image", overridable=False),
        SynchronizedField("status_changes", overridable=False),
        SynchronizedField("related_experiments", overridable=False),
        SynchronizedField("experiment_themes", overridable=False),
        SynchronizedField("strategy_goals", overridable=False),
    ]

    objects = PageManager.from_queryset(ExperimentPageQuerySet)()

    base_form_class = ExperimentPageForm
    parent_page_types = ["experiments.ExperimentIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("experiment")
        verbose_name_plural = _("experiments")

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = ValidationError(
                _("An experiment cannot end before it starts."), code="ends_before_start"
            )
        if self.status in ENDED_STATUSES and not self.ends_on:
            errors["ends_on"] = ValidationError(
                _("A completed or discontinued experiment needs the date it ended."), code="ended_without_date"
            )
        if self.image_id and not self.image_alt.strip():
            errors["image_alt"] = ValidationError(
                _("Describe the image for people who cannot see it."), code="image_without_alt"
            )
        if errors:
            raise ValidationError(errors)

    def record_status(self, on=None):
        """Add the current status to the timeline unless the timeline already ends with it."""
        timeline = self.timeline
        if timeline and timeline[-1].status == self.status:
            return None
        change = ExperimentStatusChange(status=self.status, changed_on=on or timezone.localdate())
        self.status_changes.add(change)
        self.__dict__.pop("timeline", None)
        return change

    @cached_property
    def timeline(self):
        """Return the status changes, oldest first."""
        return sorted(self.status_changes.all(), key=lambda change: (change.changed_on, change.sort_order or 0))

    @property
    def year(self):
        return self.starts_on.year if self.starts_on else None

    @property
    def has_ended(self):
        return self.status in ENDED_STATUSES

    @property
    def search_result_status(self):
        """What a search result shows of the experiment besides its title: where it stands."""
        return {"code": self.status, "label": self.get_status_display()}

    def themes(self):
        """Return the chosen themes, each named in this page's language (prefetched links when listed)."""
        return [link for link in self.experiment_themes.all() if link.theme_id]

    def goals(self):
        return [link for link in self.strategy_goals.all() if link.goal_id]

    def localized_think_tank(self):
        """Return the think tank in this page's language (the link itself is kept on the Finnish page)."""
        if self.think_tank_id is None:
            return None
        return (
            Page.objects.live()
            .public()
            .filter(translation_key=self.think_tank.translation_key, locale_id=self.locale_id)
            .specific()
            .first()
        )

    def localized_related_experiments(self):
        """Return up to three related experiments live in this page's language: the editor's picks in their order,
        then those that share most themes with this one."""
        keys = [
            link.experiment.translation_key
            for link in self.related_experiments.select_related("experiment").all()
            if link.experiment
        ]
        live_here = ExperimentPage.objects.live().public().filter(locale_id=self.locale_id)
        picked = {}
        if keys:
            picked = {
                page.translation_key: page for page in live_here.filter(translation_key__in=keys).with_card_data()
            }
        related = [picked[key] for key in dict.fromkeys(keys) if key in picked][:RELATED_EXPERIMENTS]
        missing = RELATED_EXPERIMENTS - len(related)
        if missing > 0:
            related += list(
                live_here.exclude(translation_key__in=keys).sharing_themes_with(self).with_card_data()[:missing]
            )
        return related

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: when the page's content comes from the fragment cache (home/page_cache.py), these are never needed.
        context["think_tank_page"] = SimpleLazyObject(self.localized_think_tank)
        context["related_pages"] = SimpleLazyObject(self.localized_related_experiments)
        # One timeline from the idea to the decision; participation adds the steps before the experiment.
        context["lineage"] = SimpleLazyObject(lambda: lineage(self, request))
        catalog = self.get_parent().specific
        context["catalog"] = catalog
        context["feed_url"] = catalog.feed_url(request)
        return context


class ExperimentStatusChange(Orderable):
    """One step of an experiment's timeline: the day its status changed."""

    page = ParentalKey(ExperimentPage, on_delete=models.CASCADE, related_name="status_changes")
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    changed_on = models.DateField(_("date"))

    panels = [FieldRowPanel([FieldPanel("status"), FieldPanel("changed_on")])]

    class Meta(Orderable.Meta):
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")


class ExperimentTheme(VocabularyLink):
    """A theme chosen for an experiment."""

    vocabulary_field = "theme"
    page = ParentalKey(ExperimentPage, on_delete=models.CASCADE, related_name="experiment_themes")
    theme = models.ForeignKey(
        "experiments.Theme", verbose_name=_("theme"), on_delete=models.CASCADE, related_name="experiment_links"
    )

    panels = [FieldPanel("theme")]

    class Meta(VocabularyLink.Meta):
        verbose_name = _("theme")


class ExperimentStrategyGoal(VocabularyLink):
    vocabulary_field = "goal"
    page = ParentalKey(ExperimentPage, on_delete=models.CASCADE, related_name="strategy_goals")
    goal = models.ForeignKey(
        "experiments.StrategyGoal",
        verbose_name=_("strategy goal"),
        on_delete=models.CASCADE,
        related_name="experiment_links",
    )

    panels = [FieldPanel("goal")]

    class Meta(VocabularyLink.Meta):
        verbose_name = _("strategy goal")


class ExperimentPartner(TranslatableMixin, Orderable):
    """An organisation the city worked with. Its name is translated (Vaasan yliopisto, Vasa universitet)."""

    page = ParentalKey(ExperimentPage, on_delete=models.CASCADE, related_name="partners")
    name = models.CharField(_("name"), max_length=120)
    partner_type = models.CharField(_("type"), max_length=20, choices=PartnerType.choices, default=PartnerType.OTHER)

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("partner_type")])]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self):
        return self.name


class RelatedExperiment(Orderable):
    page = ParentalKey(ExperimentPage, on_delete=models.CASCADE, related_name="related_experiments")
    experiment = models.ForeignKey(
        ExperimentPage, verbose_name=_("experiment"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("experiment")]

    class Meta(Orderable.Meta):
        verbose_name = _("related experiment")
        verbose_name_plural = _("related experiments")
