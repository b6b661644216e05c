"""The workshop pages: a listing of workshops and the workshop itself, with its routes and seat status.

Editors place and translate these pages; the sign-ups they hold are records (`models.py`), and the rules that
change them are in `services.py`.
"""

from dataclasses import dataclass
from datetime import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import StandardBodyBlock
from home.easy_language import EasyLanguageSummaryMixin, easy_language_panel, easy_language_search_field
from home.translation_publishing.pages import TranslatedPageMixin
from participation.proposals.choosers import public_idea_chooser
from participation.proposals.links import board_for_locale
from participation.proposals.models import PUBLIC_STATUSES, Proposal

from .models import WorkshopSignup

# In running text, as a workshop's facts list them: lower case in Finnish and Swedish, unlike the switcher's autonyms.
SPOKEN_LANGUAGE_NAMES = {
    "fi": pgettext_lazy("language spoken in a workshop", "Finnish"),
    "sv": pgettext_lazy("language spoken in a workshop", "Swedish"),
    "en": pgettext_lazy("language spoken in a workshop", "English"),
}


class LanguageListField(models.JSONField):
    """A list of portal language codes, edited as a group of checkboxes."""

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=settings.LANGUAGES,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
        )


class Availability(models.TextChoices):
    """What the sign-up form can offer right now."""

    NOT_YET_OPEN = "not_yet_open", _("Registration has not opened yet")
    OPEN = "open", _("Seats left")
    WAITLIST_ONLY = "waitlist_only", _("Waitlist only")
    FULL = "full", _("Fully booked")
    CLOSED = "closed", _("Registration closed")


@dataclass(frozen=True)
class SeatStatus:
    availability: str
    capacity: int
    seats_taken: int
    opens_at: datetime | None
    closes_at: datetime

    @property
    def seats_left(self):
        return max(self.capacity - self.seats_taken, 0)

    @property
    def accepts_signups(self):
        return self.availability in (Availability.OPEN, Availability.WAITLIST_ONLY)


class WorkshopIndexPage(TranslatedPageMixin, RoutablePageMixin, Page):
    """The listing of workshops: upcoming ones first, past ones apart, and an iCalendar feed of them."""

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    subpage_types = ["participation.WorkshopPage"]

    # Which workshops are upcoming changes with the clock and seats change with every sign-up: a page cache keyed
    # on published content would show stale facts. The page cache must pass these page types by.
    page_cache_exempt = True

    class Meta:
        verbose_name = _("workshop listing")
        verbose_name_plural = _("workshop listings")

    def workshops(self):
        """Return every live workshop in this listing's language, wherever editors placed it.

        Workshops sit under the listing or under the think tank that runs them; the listing shows them all.
        """
        return WorkshopPage.objects.live().public().filter(locale_id=self.locale_id)

    def think_tank_workshops(self, think_tank):
        return self.workshops().run_by(think_tank)

    def upcoming_workshops(self, now=None):
        return self.workshops().upcoming(now).order_by("starts_at", "pk")

    def past_workshops(self, now=None):
        return self.workshops().past(now).order_by("-starts_at", "-pk")

    @path("")
    def listing(self, request):
        # Deferred: the views import this module for the page classes.
        from .views import workshop_index

        return workshop_index(request, self)

    @path("calendar/", name="calendar")
    def calendar(self, request):
        from .views import workshop_calendar

        return workshop_calendar(request, self)

    # The think tank's own feed is served here, in the listing of its language: the think tank page belongs to the
    # experiments app, which may not import the workshops (participation sits above it).
    @path("think-tank/<int:think_tank_id>/calendar/", name="think_tank_calendar")
    def think_tank_calendar(self, request, think_tank_id):
        from .views import think_tank_calendar

        return think_tank_calendar(request, self, think_tank_id)

    def think_tank_calendar_url(self, think_tank):
        return self.url + self.reverse_subpage("think_tank_calendar", args=[think_tank.pk])


class WorkshopPageQuerySet(PageQuerySet):
    def upcoming(self, now=None):
        """Return workshops that have not ended yet."""
        return self.filter(ends_at__gte=now or timezone.now())

    def past(self, now=None):
        return self.filter(ends_at__lt=now or timezone.now())

    def run_by(self, think_tank):
        """Return the workshops of `think_tank`, in any of its language versions.

        The link is kept on the Finnish workshop, pointing at the Finnish think tank, and copied to the
        translations: matching by the think tank's translation key finds them from any language version.
        """
        return self.filter(think_tank__translation_key=think_tank.translation_key)


class WorkshopPageForm(WagtailAdminPageForm):
    """The workshop editor: the think tank is required here, the ideas must be public ones."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("think_tank")
        # Nullable in the database only for the workshops made before the link existed: every workshop saved
        # from now on names who runs it.
        if field is not None:
            field.required = True
            field.error_messages["required"] = _("Choose the think tank that runs the workshop.")

        # The chooser lists public ideas only; a form sent by hand could still name another. An idea linked before
        # it left the board may stay linked (the page no longer shows it) so that the workshop can still be saved.
        formset = self.formsets.get("proposal_links")
        for form in formset.forms if formset is not None else ():
            field = form.fields["proposal"]
            field.queryset = Proposal.objects.filter(
                models.Q(status__in=PUBLIC_STATUSES) | models.Q(pk=form.instance.proposal_id)
            )
            field.error_messages["invalid_choice"] = _("Choose an idea that is on the public idea board.")


class WorkshopPage(TranslatedPageMixin, EasyLanguageSummaryMixin, Page):
    """One workshop of a think tank or the experiment refinery: when, where, in which languages, how many seats."""

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)
    body = StreamField(StandardBodyBlock(), verbose_name=_("body"), blank=True)

    starts_at = models.DateTimeField(_("starts at"), help_text=_("Finnish time (Europe/Helsinki)."))
    ends_at = models.DateTimeField(_("ends at"), help_text=_("Finnish time (Europe/Helsinki)."))
    venue = models.CharField(
        _("venue"),
        max_length=200,
        blank=True,
        help_text=_("Building and room, e.g. “City Hall, banquet hall”. Leave empty for an online workshop."),
    )
    address = models.CharField(_("address"), max_length=200, blank=True)
    step_free_access = models.BooleanField(_("step-free access"), default=False)
    induction_loop = models.BooleanField(_("induction loop"), default=False)
    accessibility_details = models.TextField(
        _("accessibility details"),
        max_length=1000,
        blank=True,
        help_text=_("Entrances, lifts, toilets, quiet room, parking: what a visitor needs to know."),
    )
    online_url = models.URLField(
        _("online meeting link"),
        blank=True,
        help_text=_("Never shown on the page: sent only to confirmed participants."),
    )
    languages = LanguageListField(
        _("languages spoken"),
        default=list,
        help_text=_("The languages spoken in the workshop."),
    )
    capacity = models.PositiveIntegerField(
        _("capacity"), validators=[MinValueValidator(1), MaxValueValidator(10000)], help_text=_("Number of seats.")
    )
    registration_opens_at = models.DateTimeField(
        _("registration opens at"), null=True, blank=True, help_text=_("Leave empty to open when published.")
    )
    registration_closes_at = models.DateTimeField(
        _("registration closes at"),
        null=True,
        blank=True,
        help_text=_("Leave empty to close when the workshop starts."),
    )
    requires_approval = models.BooleanField(
        _("sign-ups need approval"), default=False, help_text=_("A moderator approves or declines each sign-up.")
    )
    waitlist_enabled = models.BooleanField(
        _("waitlist"), default=True, help_text=_("When the seats are taken, further sign-ups join a waitlist.")
    )
    # Kept on the Finnish page and shared by its translations, as an experiment's think tank is; pages show it in
    # the reader's language. Nullable only so that workshops made before it existed could migrate.
    think_tank = models.ForeignKey(
        "experiments.ThinkTankPage",
        verbose_name=_("think tank"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="workshops",
        help_text=_("The think tank that runs the workshop."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        easy_language_panel(),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]), FieldPanel("languages")],
            heading=_("When and in which languages"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("step_free_access"), FieldPanel("induction_loop")]),
                FieldPanel("accessibility_details"),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("capacity"),
                FieldRowPanel([FieldPanel("registration_opens_at"), FieldPanel("registration_closes_at")]),
                FieldRowPanel([FieldPanel("requires_approval"), FieldPanel("waitlist_enabled")]),
            ],
            heading=_("Registration"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("think_tank", heading=_("Think tank")),
                MultipleChooserPanel(
                    "experiment_links",
                    chooser_field_name="experiment",
                    heading=_("Experiments it works on"),
                    label=_("Experiment"),
                ),
                MultipleChooserPanel(
                    "proposal_links",
                    chooser_field_name="proposal",
                    heading=_("Ideas it works on"),
                    label=_("Idea"),
                ),
            ],
            heading=_("Who runs it and what it works on"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        easy_language_search_field(),
        index.SearchField("venue"),
        index.SearchField("body"),
        index.FilterField("starts_at"),
        index.FilterField("ends_at"),
    ]
    # Times, seats and rules are facts: the same in every language, edited only in the source.
    override_translatable_fields = [
        SynchronizedField(name, overridable=False)
        for name in (
            "starts_at",
            "ends_at",
            "step_free_access",
            "induction_loop",
            "online_url",
            "languages",
            "capacity",
            "registration_opens_at",
            "registration_closes_at",
            "requires_approval",
            "waitlist_enabled",
            "think_tank",
            "experiment_links",
            "proposal_links",
        )
    ]

    objects = PageManager.from_queryset(WorkshopPageQuerySet)()
    base_form_class = WorkshopPageForm

    # A think tank holds its own workshops too; its page lists them with {% think_tank_workshops %}, by the
    # workshop's think tank rather than by its place in the tree.
    parent_page_types = ["participation.WorkshopIndexPage", "experiments.ThinkTankPage"]
    subpage_types = []

    # The page carries a form with a CSRF token and a signed render time, and shows live seat counts.
    page_cache_exempt = True

    class Meta:
        verbose_name = _("workshop")
        verbose_name_plural = _("workshops")

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = ValidationError(_("The workshop must end after it starts."), code="ends_before_start")
        if self.registration_opens_at and self.registration_closes_at:
            if self.registration_closes_at <= self.registration_opens_at:
                errors["registration_closes_at"] = ValidationError(
                    _("Registration must close after it opens."), code="closes_before_opens"
                )
        if self.registration_closes_at and self.ends_at and self.registration_closes_at > self.ends_at:
            errors["registration_closes_at"] = ValidationError(
                _("Registration cannot stay open after the workshop has ended."), code="closes_after_end"
            )
        if not self.venue and not self.online_url:
            errors["venue"] = ValidationError(
                _("Give a venue, an online meeting link, or both."), code="no_venue_or_link"
            )
        bad_languages = set(self.languages or []) - {code for code, _name in settings.LANGUAGES}
        if bad_languages:
            errors["languages"] = ValidationError(_("Choose languages from the list."), code="unknown_language")
        if errors:
            raise ValidationError(errors)

    # Facts

    @property
    def is_online(self):
        return bool(self.online_url)

    @property
    def registration_closes(self):
        return self.registration_closes_at or self.starts_at

    def spoken_language_names(self):
        """Name the languages spoken in the reader's language ("ruotsi", "finska"), not in their own."""
        return [str(SPOKEN_LANGUAGE_NAMES[code]) for code in self.languages or [] if code in SPOKEN_LANGUAGE_NAMES]

    def canonical_pk(self):
        """Return the pk of the language version that holds the sign-ups: the one created first."""
        if not hasattr(self, "_canonical_pk"):
            self._canonical_pk = (
                WorkshopPage.objects.filter(translation_key=self.translation_key)
                .order_by("pk")
                .values_list("pk", flat=True)
                .first()
            ) or self.pk
        return self._canonical_pk

    def canonical(self):
        pk = self.canonical_pk()
        return self if pk == self.pk else WorkshopPage.objects.get(pk=pk)

    def signups(self):
        """Return the sign-ups of this workshop, whichever language version they came through."""
        return WorkshopSignup.objects.filter(workshop_id=self.canonical_pk())

    def seats_taken(self):
        return self.signups().holding_seat().count()

    def attendance_count(self):
        """Return how many people attended: the workshop's contribution to the programme's participant figures."""
        return self.signups().attended().count()

    def seat_status(self, now=None, seats_taken=None):
        """Return what the sign-up form can offer at `now`: seats, waitlist only, full, or closed."""
        now = now or timezone.now()
        taken = self.seats_taken() if seats_taken is None else seats_taken
        closes_at = self.registration_closes
        if self.registration_opens_at and now < self.registration_opens_at:
            availability = Availability.NOT_YET_OPEN
        elif now >= closes_at or now >= self.starts_at:
            availability = Availability.CLOSED
        elif taken < self.capacity:
            availability = Availability.OPEN
        elif self.waitlist_enabled:
            availability = Availability.WAITLIST_ONLY
        else:
            availability = Availability.FULL
        return SeatStatus(availability, self.capacity, taken, self.registration_opens_at, closes_at)

    def translation_for_language(self, language_code):
        """Return this workshop in `language_code` if it is live in that language, otherwise this page."""
        if self.locale.language_code == language_code:
            return self
        translation = (
            WorkshopPage.objects.live()
            .filter(translation_key=self.translation_key, locale__language_code=language_code)
            .first()
        )
        return translation or self

    # What it belongs to, in the reader's language. The links are kept on the Finnish page and copied to the
    # translations, so each one is looked up by translation key in this page's locale; what is not live (or, for an
    # idea, not public) is left out.

    def localized_think_tank(self):
        if self.think_tank_id is None:
            return None
        return (
            Page.objects.live()
            .public()
            .filter(
                locale_id=self.locale_id,
                translation_key__in=Page.objects.filter(pk=self.think_tank_id).values("translation_key"),
            )
            .first()
        )

    def localized_experiments(self):
        """Return the experiments the workshop works on, live in this page's language, in the editor's order."""
        keys = list(self.experiment_links.order_by("sort_order").values_list("experiment__translation_key", flat=True))
        pages = {
            page.translation_key: page
            for page in Page.objects.live().public().filter(translation_key__in=keys, locale_id=self.locale_id)
        }
        return [pages[key] for key in keys if key in pages]

    def public_ideas(self, request=None):
        """Return the public ideas the workshop works on, each with its address on the idea board of this language.

        An idea is what a resident wrote, in their own language: it is not translated, only linked.
        """
        ideas = [
            link.proposal
            for link in self.proposal_links.select_related("proposal").order_by("sort_order")
            if link.proposal.is_public
        ]
        board = board_for_locale(self.locale) if ideas else None
        for idea in ideas:
            idea.board_url = board.proposal_url(idea, request) if board else None
        return ideas

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["think_tank_page"] = self.localized_think_tank()
        context["experiment_pages"] = self.localized_experiments()
        context["ideas"] = self.public_ideas(request)
        return context

    def serve(self, request, *args, **kwargs):
        from .views import workshop_page  # deferred, as in the listing's routes

        return workshop_page(request, self)


class WorkshopExperiment(Orderable):
    """An experiment a workshop works on: refining it, following it up or hearing its users."""

    page = ParentalKey(WorkshopPage, on_delete=models.CASCADE, related_name="experiment_links")
    experiment = models.ForeignKey(
        "experiments.ExperimentPage",
        verbose_name=_("experiment"),
        on_delete=models.CASCADE,
        related_name="workshop_links",
    )

    panels = [FieldPanel("experiment")]

    class Meta(Orderable.Meta):
        verbose_name = _("experiment the workshop works on")
        verbose_name_plural = _("experiments the workshop works on")


class WorkshopProposal(Orderable):
    """A resident's idea a workshop refines."""

    page = ParentalKey(WorkshopPage, on_delete=models.CASCADE, related_name="proposal_links")
    proposal = models.ForeignKey(
        "participation.Proposal",
        verbose_name=_("idea"),
        on_delete=models.CASCADE,
        related_name="workshop_links",
    )

    panels = [FieldPanel("proposal", widget=public_idea_chooser.widget_class)]

    class Meta(Orderable.Meta):
        verbose_name = _("idea the workshop works on")
        verbose_name_plural = _("ideas the workshop works on")
