"""The public proposal pages: the form, its thank-you page, the idea board and one idea on it.

Thin on purpose: forms check the input, `participation.proposals.services` holds the rules.
"""

from django.core import signing
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from wagtail.models import Locale

from experiments.models import Theme, ThinkTankPage
from home.saving import answer_saved, log_error_after_saving, saved_page
from participation.emails import normalise_email
from participation.retention import proposal_rate, proposal_status_rate
from participation.spam import is_flooding, log_discarded

from .forms import ProposalForm, ProposalStatusForm
from .links import board_for_locale, experiment_links
from .models import Proposal, new_reference
from .services import proposal_submit

RATE_LIMIT_GROUP = "participation.proposals"
# Its own count: looking up an idea does not use up the sending of ideas, nor the other way round.
STATUS_RATE_LIMIT_GROUP = "participation.proposal-status"
STATUS_TEMPLATE = "participation/proposals/proposal_status.html"
THANKS_SALT = "participation.proposal-thanks"
# The thank-you address is for the person who just sent the form; after a day it leads back to the form.
THANKS_MAX_AGE = 24 * 3600
BOARD_PAGE_SIZE = 12


def proposal_rate_limit():
    return proposal_rate()


def thanks_url(page, reference, request=None):
    token = signing.dumps({"page": page.pk, "ref": reference}, salt=THANKS_SALT)
    # Wagtail's page URLs allow letters, digits, "_" and "-" in a path segment: the signature's ":" separators
    # become "/", which the route's path converter accepts and `proposal_thanks` turns back.
    return page.get_url(request) + page.reverse_subpage("thanks", args=[token.replace(":", "/")])


def proposal_form(request, page):
    """Show the form; on a valid POST store the proposal and send the person to the thank-you page."""
    if request.method == "POST":
        if is_flooding(request, group=RATE_LIMIT_GROUP, rate=proposal_rate_limit()):
            return TemplateResponse(request, "participation/rate_limited.html", {"page": page}, status=429)
        form = ProposalForm(request.POST, locale=page.locale)
        if form.is_valid():
            reason = form.spam_reason()
            if reason:
                # Stored nowhere, yet thanked like everyone else: the sender learns nothing from the answer.
                log_discarded(form.form_id, reason)
                return redirect(thanks_url(page, new_reference(), request))
            data = form.cleaned_data
            try:
                proposal = proposal_submit(
                    page=page,
                    language=page.locale.language_code,
                    title=data["title"],
                    description=data["description"],
                    theme=data["theme"],
                    district=data["district"],
                    name=data["name"],
                    email=data["email"],
                    contact_consent=data["contact_consent"],
                    name_consent=data["name_consent"],
                    # The same form sent again (a double click, a resend after a lost answer) is the same proposal.
                    submission_key=form.submission_key(),
                )
            except ValidationError as error:
                # A rule the form does not know about: the person sees it on the form, with what they typed.
                form.add_model_errors(error)
            else:
                return proposal_saved(request, page, proposal.reference)
    else:
        form = ProposalForm(locale=page.locale)
    response = page.render(request, context_overrides={"form": form})
    # Each rendering carries its own signed timestamp: a cached copy would be stale for the next person.
    add_never_cache_headers(response)
    return response


def proposal_saved(request, page, reference):
    """Answer a committed proposal with its thank-you page: no error from here on may say it was not saved."""
    try:
        response = redirect(thanks_url(page, reference, request))
    except Exception as error:  # noqa: BLE001 - whatever failed, the proposal is saved and the person must hear so
        log_error_after_saving(error, "a proposal")
        response = saved_page(request, reference=reference)
    return answer_saved(request, response)


def proposal_thanks(request, page, token):
    """Thank the person, in the language of the form they used, and give them their reference."""
    try:
        payload = signing.loads(token.replace("/", ":"), salt=THANKS_SALT, max_age=THANKS_MAX_AGE)
    except signing.BadSignature:
        return redirect(page.get_url(request))
    if not isinstance(payload, dict) or payload.get("page") != page.pk:
        return redirect(page.get_url(request))
    board = board_for_locale(page.locale)
    response = page.render(
        request,
        template="participation/proposals/proposal_thanks.html",
        context_overrides={
            "reference": payload.get("ref", ""),
            "board_page": board,
            "status_url": page.status_url(request),
        },
    )
    add_never_cache_headers(response)
    return response


def proposal_status(request, page):
    """Show an idea's author how their idea stands, given its reference and the e-mail address they gave.

    Every pair that is not right (no such reference, another address, an idea sent without an address, a form
    filled in by software) gets one and the same answer, after the same single query, so the page tells nobody
    whether a reference exists or whose it is.
    """
    form = ProposalStatusForm()
    context = {"form": form, "status_url": page.status_url(request), "answered": False, "proposal": None}
    if request.method == "POST":
        if is_flooding(request, group=STATUS_RATE_LIMIT_GROUP, rate=proposal_status_rate()):
            return TemplateResponse(request, "participation/rate_limited.html", {"page": page}, status=429)
        bound = ProposalStatusForm(request.POST)
        if not bound.is_valid():
            context["form"] = bound
        else:
            reason = bound.spam_reason()
            if reason:
                log_discarded(bound.form_id, reason)
                proposal = None
            else:
                proposal = _proposal_of_author(bound.cleaned_data["reference"], bound.cleaned_data["email"])
            context["answered"] = True
            if proposal is not None:
                context.update(_status_details(proposal, page, request))
            else:
                # The person may have mistyped: they get the form back with what they typed.
                context["form"] = ProposalStatusForm(
                    initial={"reference": bound.cleaned_data["reference"], "email": bound.cleaned_data["email"]}
                )
    # The look-up's address is the same under every language's form, so the language switcher leads to it, not to
    # the form (the thank-you address is not: its signed token names the page it was made for).
    page.language_neutral_subpaths = True
    response = page.render(request, template=STATUS_TEMPLATE, context_overrides=context)
    # The answer is one person's, and the form carries its own signed timestamp.
    add_never_cache_headers(response)
    return response


def _proposal_of_author(reference, email):
    """Return the proposal with `reference` if it was sent with `email`, else None, in one query either way."""
    proposal = Proposal.objects.filter(reference=reference).select_related("think_tank").first()
    if proposal is None or not proposal.email or normalise_email(proposal.email) != normalise_email(email):
        return None
    return proposal


def _status_details(proposal, page, request):
    """Return what the author sees of their own idea: its state, who took it up, the response and its links."""
    think_tank = None
    if proposal.think_tank is not None:
        # The think tank in the reader's language where it is published in it, else as the idea names it.
        think_tank = (
            ThinkTankPage.objects.live()
            .public()
            .filter(translation_key=proposal.think_tank.translation_key, locale=Locale.get_active())
            .first()
        ) or proposal.think_tank
    board_url = ""
    if proposal.is_public:
        board = board_for_locale()
        board_url = board.proposal_url(proposal, request) if board else ""
    return {
        "proposal": proposal,
        "think_tank": think_tank,
        "think_tank_url": think_tank.get_url(request) if think_tank is not None and think_tank.live else "",
        "board_url": board_url,
        "experiment_link": experiment_links([proposal], request).get(proposal.pk),
    }


def proposal_board(request, page):
    """List the accepted ideas, newest decision first, optionally of one theme."""
    # The board's language's themes, as the form offers them and the catalog filters on them.
    themes = list(Theme.objects.filter(locale=page.locale))
    selected = _selected_theme(request.GET.get("theme", ""), themes)
    proposals = Proposal.objects.public().with_theme_names().order_by("-decided_at", "-submitted_at")
    if selected is not None:
        proposals = proposals.of_theme(selected)
    page_obj = Paginator(proposals, BOARD_PAGE_SIZE).get_page(request.GET.get("page"))
    page_obj.object_list = _with_links(list(page_obj.object_list), page, request)
    return page.render(
        request,
        context_overrides={
            "page_obj": page_obj,
            "proposals": page_obj.object_list,
            "themes": [(str(theme.pk), theme.name) for theme in themes],
            "selected_theme": str(selected.pk) if selected is not None else "",
        },
    )


def _selected_theme(value, themes):
    """Return the theme of the `theme` parameter in the board's language, or None for a missing or unknown one.

    The language switcher keeps the parameter, so a theme chosen on another language's board arrives as that
    language's row: it is the same theme by its translation key.
    """
    if not value.isascii() or not value.isdigit() or len(value) > 18:
        return None
    by_pk = {theme.pk: theme for theme in themes}
    theme = by_pk.get(int(value))
    if theme is None:
        chosen = Theme.objects.filter(pk=int(value)).only("translation_key").first()
        if chosen is not None:
            theme = next((theme for theme in themes if theme.translation_key == chosen.translation_key), None)
    return theme


def proposal_detail(request, page, reference):
    """Show one accepted idea with the city's response and the experiment it became."""
    proposal = Proposal.objects.public().with_theme_names().filter(reference=reference.upper()).first()
    if proposal is None:
        raise Http404
    _with_links([proposal], page, request)
    return page.render(
        request,
        template="participation/proposals/proposal_detail.html",
        context_overrides={"proposal": proposal},
    )


def _with_links(proposals, board, request):
    """Give each proposal its address on `board` and its experiment's link in the active language."""
    experiments = experiment_links(proposals, request)
    for proposal in proposals:
        proposal.board_url = board.proposal_url(proposal, request)
        proposal.experiment_link = experiments.get(proposal.pk)
    return proposals
