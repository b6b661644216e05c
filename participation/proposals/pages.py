"""The pages of resident ideas: the form where residents send them and the board where the city answers.

Each page class writes its own routes; the views they call are thin and live in `views.py`, which imports this
module (for the board's URL), so the routes import the views when called.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES
from home.translation_publishing.pages import TranslatedPageMixin


class ProposalFormPage(TranslatedPageMixin, RoutablePageMixin, Page):
    """The public form where residents send ideas; editors place it and translate its texts."""

    introduction = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    thank_you_text = RichTextField(
        _("what happens next"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Shown on the thank-you page under the reference number. A standard text is shown if empty."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("thank_you_text")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    subpage_types = []
    template = "participation/proposals/proposal_form_page.html"
    # The form carries a CSRF token and a signed render time: every reader needs their own rendering.
    page_cache_exempt = True

    class Meta:
        verbose_name = _("proposal form page")
        verbose_name_plural = _("proposal form pages")

    @path("")
    def form_view(self, request):
        from .views import proposal_form

        return proposal_form(request, self)

    @path("thanks/<path:token>/", name="thanks")
    def thanks_view(self, request, token):
        from .views import proposal_thanks

        return proposal_thanks(request, self, token)

    @path("status/", name="status")
    def status_view(self, request):
        from .views import proposal_status

        return proposal_status(request, self)

    def status_url(self, request=None, absolute=False):
        """Return the address where an author looks up how their idea stands."""
        base = self.get_full_url(request) if absolute else self.get_url(request)
        return base + self.reverse_subpage("status")


class ProposalBoardPage(TranslatedPageMixin, RoutablePageMixin, Page):
    """The public idea board: accepted ideas with the city's response, and the experiments they became."""

    introduction = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    subpage_types = []
    template = "participation/proposals/proposal_board_page.html"
    # An idea's address under the board (its reference) and the theme filter are the same in every language,
    # so the language switcher leads to the same idea on the other boards.
    language_neutral_subpaths = True
    # The board has the proposal form's link and changes with every moderation decision, which is not a publish.
    page_cache_exempt = True

    class Meta:
        verbose_name = _("idea board page")
        verbose_name_plural = _("idea board pages")

    @path("")
    def board_view(self, request):
        from .views import proposal_board

        return proposal_board(request, self)

    @path("<str:reference>/", name="proposal")
    def proposal_view(self, request, reference):
        from .views import proposal_detail

        return proposal_detail(request, self, reference)

    def proposal_url(self, proposal, request=None):
        return self.get_url(request) + self.reverse_subpage("proposal", args=[proposal.reference])
