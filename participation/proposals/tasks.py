"""E-mail about proposals, built by the task queue once the transaction that caused it has committed, and handed to
home.tasks.send_email, which retries while the mail server is away.

Each task reads the proposal afresh: by the time a worker runs it, a moderator may have changed the state again
or the author's address may have been erased, and then there is nothing (or something else) to say.
Recipients and subjects never contain anything a person typed (see participation.emails).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django_tasks import task
from wagtail.models import Locale

from home.tasks import queue_email
from participation.emails import build_email
from participation.groups import MODERATORS_GROUP

from .links import board_for_locale, experiment_links
from .models import Proposal, ProposalStatus
from .pages import ProposalFormPage


def moderators_to_notify():
    User = get_user_model()
    return (
        User.objects.filter(is_active=True, groups__name=MODERATORS_GROUP)
        .exclude(email="")
        .select_related("wagtail_userprofile")
        .distinct()
        .order_by("pk")
    )


def admin_language(user):
    """Return the language the user reads the admin in, if the portal speaks it; else the default language."""
    languages = dict(settings.LANGUAGES)
    profile = getattr(user, "wagtail_userprofile", None)
    preferred = getattr(profile, "preferred_language", "") or ""
    return preferred if preferred in languages else settings.LANGUAGE_CODE


def admin_url(proposal):
    path = reverse(Proposal.snippet_viewset.get_url_name("inspect"), args=[proposal.pk])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


@task()
def notify_moderators_of_proposal(proposal_id):
    """Tell each moderator, in their admin language, that a proposal is waiting. Return how many were told."""
    proposal = Proposal.objects.filter(pk=proposal_id, status=ProposalStatus.NEW).first()
    if proposal is None:
        return 0
    # Title and theme only: the author's name and address stay in the admin, not in mailboxes.
    context = {"proposal": proposal, "admin_url": admin_url(proposal)}
    messages = [
        build_email(
            template="participation/proposals/emails/moderator_new_proposal",
            context=context,
            language=admin_language(user),
            to=user.email,
        )
        for user in moderators_to_notify()
    ]
    for message in messages:
        queue_email(message)
    return len(messages)


def status_lookup_url(proposal, locale):
    """Return the full address of the status look-up in the author's language: the form they used, or its peer."""
    form_page = None
    if proposal.page_id is not None:
        form_page = ProposalFormPage.objects.live().public().filter(pk=proposal.page_id).first()
    if form_page is None and locale is not None:
        form_page = ProposalFormPage.objects.live().public().filter(locale=locale).order_by("path").first()
    return form_page.status_url(absolute=True) if form_page is not None else ""


@task()
def notify_author_of_decision(proposal_id, status):
    """Send the author the decision and the public response, in the language they wrote in. Return 1 if sent."""
    proposal = Proposal.objects.filter(pk=proposal_id).first()
    if proposal is None or not proposal.email or proposal.status != status:
        # Erased, or decided again since: the newer decision sends its own message.
        return 0
    locale = Locale.objects.filter(language_code=proposal.language).first()
    proposal_url = ""
    if proposal.is_public and locale is not None:
        board = board_for_locale(locale)
        if board is not None:
            proposal_url = board.get_full_url() + board.reverse_subpage("proposal", args=[proposal.reference])
    experiment = None
    if locale is not None:
        experiment = experiment_links([proposal], locale=locale, absolute=True).get(proposal.pk)
    message = build_email(
        template="participation/proposals/emails/decision",
        context={
            "proposal": proposal,
            "proposal_url": proposal_url,
            "experiment": experiment,
            "status_url": status_lookup_url(proposal, locale),
        },
        language=proposal.language,
        to=proposal.email,
    )
    queue_email(message)
    return 1


@task()
def send_receipt_to_author(proposal_id):
    """Confirm to the author, in the language they wrote in, that their idea arrived. Return 1 if sent.

    The receipt holds the reference, what happens next and where to look the idea up, but nothing the sender
    typed: anyone can put someone else's address in the form, and the city's mail must not carry their words.
    """
    proposal = Proposal.objects.filter(pk=proposal_id).first()
    if proposal is None or not proposal.email:
        # Erased before the worker came to it: there is no one to write to.
        return 0
    locale = Locale.objects.filter(language_code=proposal.language).first()
    message = build_email(
        template="participation/proposals/emails/receipt",
        context={"proposal": proposal, "status_url": status_lookup_url(proposal, locale)},
        language=proposal.language,
        to=proposal.email,
    )
    queue_email(message)
    return 1
