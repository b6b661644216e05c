"""Build the e-mails sent to residents and moderators, in the language the recipient used.

Subjects come from templates that carry no user text, so nothing a person typed can reach a header. Bodies are
plain text (no HTML part), rendered by the `plain_text` template engine without autoescaping: what someone typed,
markup or an ampersand alike, arrives exactly as typed and is never interpreted.
"""

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from home.tasks import sender_address


def build_email(*, template, context, language, to, attachments=(), headers=None):
    """Return an EmailMessage from `<template>_subject.txt` and `<template>.txt`, rendered in `language`.

    `attachments` are (filename, content, mimetype) triples, e.g. an iCalendar invitation; `headers` are extra
    header lines built by the portal, never from what someone typed.
    """
    with translation.override(language):
        subject = render_to_string(f"{template}_subject.txt", context, using="plain_text")
        body = render_to_string(f"{template}.txt", context, using="plain_text")
        sender = sender_address()
    # A subject is one line; templates end with a newline and may wrap.
    subject = " ".join(subject.split())
    message = EmailMessage(subject=subject, body=body, from_email=sender, to=[to], headers=headers)
    for filename, content, mimetype in attachments:
        message.attach(filename, content, mimetype)
    return message


def normalise_email(email):
    """Return an address as the portal compares addresses: without surrounding spaces, case-insensitively.

    The same person types their address with different capitals on different days; sign-ups, personal data
    requests and rate limits must all see one address.
    """
    return (email or "").strip().lower()
