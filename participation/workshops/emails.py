"""The e-mails of a sign-up, in the person's own language, with the workshop in that language where it exists."""

from django.utils import translation
from django.utils.text import slugify
from wagtail.models import Site

from participation.emails import build_email

from .ics import signup_cancellation, signup_invitation, signup_sequence
from .models import SignupState
from .tokens import manage_path

TEMPLATE_DIR = "participation/workshops/emails"
# The kinds of message; those that give the person a seat carry the invitation.
KINDS = {"confirmed", "approved", "promoted", "reminder", "waitlisted", "pending", "declined", "cancelled", "existing"}
WITH_INVITATION = {"confirmed", "approved", "promoted", "reminder"}


def site_root(page):
    site = page.get_site() or Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else ""


def invitation_filename(workshop):
    """Name the calendar file after the workshop in the reader's language ("kiertotalous.ics", not "workshop.ics").

    The slug is reduced to ASCII, so every mail program shows the same name.
    """
    return f"{slugify(workshop.slug) or workshop.pk}.ics"


def signup_email(signup, kind, *, withdraw_invitation=False):
    """Return the EmailMessage of `kind` for `signup`.

    `withdraw_invitation` says that the sign-up has just lost the seat an earlier message invited it to: the
    message then carries the iCalendar cancellation, so the event leaves the person's calendar too.
    """
    if kind not in KINDS:
        raise ValueError(f"Unknown sign-up e-mail: {kind}")
    workshop = signup.workshop.translation_for_language(signup.language)
    root = site_root(workshop)
    with translation.override(signup.language):
        page_url = workshop.get_full_url()
    manage_url = root + manage_path(signup)
    attachments = []
    seat = signup.state in (SignupState.CONFIRMED, SignupState.ATTENDED)
    if kind in WITH_INVITATION and seat:
        with translation.override(signup.language):
            invitation = signup_invitation(
                workshop, url=page_url, manage_url=manage_url, sequence=signup_sequence(signup)
            )
        attachments.append((invitation_filename(workshop), invitation, "text/calendar; charset=utf-8; method=PUBLISH"))
    cancels_event = withdraw_invitation and not seat
    if cancels_event:
        with translation.override(signup.language):
            cancellation = signup_cancellation(workshop, url=page_url, signup=signup)
        attachments.append((invitation_filename(workshop), cancellation, "text/calendar; charset=utf-8; method=CANCEL"))
    context = {
        "signup": signup,
        "workshop": workshop,
        "page_url": page_url,
        "manage_url": manage_url,
        "has_seat": seat,
        "cancels_calendar_event": cancels_event,
        "show_online_link": seat and bool(workshop.online_url),
    }
    return build_email(
        template=f"{TEMPLATE_DIR}/{kind}",
        context=context,
        language=signup.language,
        to=signup.email,
        attachments=attachments,
    )
