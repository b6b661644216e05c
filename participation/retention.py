"""How long the portal keeps what it holds about people: one place for the figures, read from the settings.

The retention commands, the manage links, the rate limits, the health-data consent and the privacy notice all read
their figures here, so the notice cannot promise one period while the code keeps another. An editor places the
notice's table with the "retention facts" block (home/blocks.py), which renders `privacy_facts()` through the
`retention_tags` template library; no figure is typed into the notice's prose.
"""

import re
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext, npgettext

# django-ratelimit's notation: "10/h", "10/10m", "5/15m": a count per an optional number of a unit.
RATE = re.compile(r"^\s*(?P<count>\d+)\s*/\s*(?P<number>\d*)\s*(?P<unit>[smhd])\s*$")
UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def proposal_retention_days():
    """Days after a decision before an idea's author's name and e-mail are removed."""
    return int(settings.PARTICIPATION_PROPOSAL_RETENTION_DAYS)


def undecided_proposal_retention_days():
    """Days after an undecided idea last changed before its author's name and e-mail are removed."""
    return int(settings.PARTICIPATION_PROPOSAL_UNDECIDED_RETENTION_DAYS)


def signup_retention_days():
    """Days after a workshop before its sign-ups are anonymised, health-related needs and consent included."""
    return int(settings.WORKSHOP_SIGNUP_RETENTION_DAYS)


def manage_link_days():
    """Days a sign-up's personal manage link works."""
    return int(settings.WORKSHOP_MANAGE_LINK_MAX_AGE_DAYS)


def proposal_rate():
    """POSTs to the idea form allowed per client address, in django-ratelimit's notation."""
    return settings.PARTICIPATION_PROPOSAL_RATE_LIMIT


def proposal_status_rate():
    """POSTs to the idea status look-up allowed per client address, in django-ratelimit's notation."""
    return settings.PARTICIPATION_PROPOSAL_STATUS_RATE_LIMIT


def signup_rate():
    """POSTs to a workshop's sign-up form allowed per client address, in django-ratelimit's notation."""
    return settings.WORKSHOP_SIGNUP_RATE


def subscription_rate():
    """POSTs to the follow forms allowed per client address, in django-ratelimit's notation."""
    return settings.SUBSCRIPTION_RATE


def subscription_confirm_days():
    """Days an unconfirmed subscription and its confirmation link live before the subscription is deleted."""
    return int(settings.SUBSCRIPTION_CONFIRM_DAYS)


def rate_window_seconds(rate):
    """Return how many seconds a rate such as "10/10m" counts over: how long a client address's count lives."""
    match = RATE.match(rate or "")
    if match is None:
        raise ValueError(f"Not a rate in django-ratelimit's notation: {rate!r}")
    return int(match["number"] or 1) * UNIT_SECONDS[match["unit"]]


def duration_text(seconds):
    """Return "for 10 minutes" (or hours, days) in the active language, in the largest unit that divides evenly."""
    if seconds and seconds % 86400 == 0:
        count = seconds // 86400
        text = npgettext("for a duration", "for %(count)d day", "for %(count)d days", count)
    elif seconds and seconds % 3600 == 0:
        count = seconds // 3600
        text = npgettext("for a duration", "for %(count)d hour", "for %(count)d hours", count)
    elif seconds and seconds % 60 == 0:
        count = seconds // 60
        text = npgettext("for a duration", "for %(count)d minute", "for %(count)d minutes", count)
    else:
        count = seconds
        text = npgettext("for a duration", "for %(count)d second", "for %(count)d seconds", count)
    return text % {"count": count}


@dataclass(frozen=True)
class RetentionFact:
    """One row of the privacy notice's table: what is kept, and how long."""

    what: str
    period: str


def privacy_facts():
    """Return the rows of the privacy notice's retention table in the active language, figures from the settings."""
    proposal_days = proposal_retention_days()
    undecided_days = undecided_proposal_retention_days()
    signup_days = signup_retention_days()
    link_days = manage_link_days()
    confirm_days = subscription_confirm_days()
    return [
        RetentionFact(
            gettext("The name and e-mail address of the sender of an idea that has been decided on"),
            npgettext(
                "retention period",
                "Removed %(count)d day after the decision. The idea itself is kept.",
                "Removed %(count)d days after the decision. The idea itself is kept.",
                proposal_days,
            )
            % {"count": proposal_days},
        ),
        RetentionFact(
            gettext(
                "The name and e-mail address of the sender of an idea still waiting for a decision (new, in review "
                "or needing more information)"
            ),
            npgettext(
                "retention period",
                "Removed %(count)d day after the idea was last changed. The idea itself is kept.",
                "Removed %(count)d days after the idea was last changed. The idea itself is kept.",
                undecided_days,
            )
            % {"count": undecided_days},
        ),
        RetentionFact(
            gettext("Your name, e-mail address and organisation in a workshop sign-up"),
            npgettext(
                "retention period",
                "Removed %(count)d day after the workshop. Only the number of participants and their stakeholder "
                "groups remain in the statistics.",
                "Removed %(count)d days after the workshop. Only the number of participants and their stakeholder "
                "groups remain in the statistics.",
                signup_days,
            )
            % {"count": signup_days},
        ),
        RetentionFact(
            gettext(
                "The needs you tell us in a workshop sign-up (accessibility, diet, other needs), which may reveal "
                "something about your health, and your consent to using them"
            ),
            npgettext(
                "retention period",
                "Removed with the rest of the sign-up, %(count)d day after the workshop, or at once when you cancel "
                "or withdraw your consent.",
                "Removed with the rest of the sign-up, %(count)d days after the workshop, or at once when you "
                "cancel or withdraw your consent.",
                signup_days,
            )
            % {"count": signup_days},
        ),
        RetentionFact(
            gettext("Your personal link for checking or cancelling a workshop sign-up"),
            npgettext(
                "retention period",
                "Works for %(count)d day after it was sent, and no longer once the sign-up is cancelled or the "
                "workshop is over.",
                "Works for %(count)d days after it was sent, and no longer once the sign-up is cancelled or the "
                "workshop is over.",
                link_days,
            )
            % {"count": link_days},
        ),
        RetentionFact(
            gettext(
                "A count of the ideas sent from your connection's address, to stop floods of automated messages. "
                "The address is never stored with what you send."
            ),
            gettext("Kept %(duration)s.") % {"duration": duration_text(rate_window_seconds(proposal_rate()))},
        ),
        RetentionFact(
            gettext(
                "A count of the workshop sign-ups sent from your connection's address, to stop floods of automated "
                "messages. The address is never stored with what you send."
            ),
            gettext("Kept %(duration)s.") % {"duration": duration_text(rate_window_seconds(signup_rate()))},
        ),
        RetentionFact(
            gettext(
                "A count of the look-ups of an idea's state made from your connection's address, so that nobody can "
                "try reference numbers in bulk. The address is never stored with what you send."
            ),
            gettext("Kept %(duration)s.") % {"duration": duration_text(rate_window_seconds(proposal_status_rate()))},
        ),
        RetentionFact(
            gettext(
                "Your e-mail address, language and what you follow, when you subscribe to news of a think tank, an "
                "experiment or new workshops"
            ),
            npgettext(
                "retention period",
                "Deleted %(count)d day after you subscribed if you do not confirm the subscription. A confirmed "
                "subscription is kept until you unsubscribe or messages to the address no longer get through.",
                "Deleted %(count)d days after you subscribed if you do not confirm the subscription. A confirmed "
                "subscription is kept until you unsubscribe or messages to the address no longer get through.",
                confirm_days,
            )
            % {"count": confirm_days},
        ),
        RetentionFact(
            gettext(
                "A count of the subscriptions sent from your connection's address, to stop floods of automated "
                "messages. The address is never stored with what you send."
            ),
            gettext("Kept %(duration)s.") % {"duration": duration_text(rate_window_seconds(subscription_rate()))},
        ),
    ]
