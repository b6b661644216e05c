"""The rules of workshop sign-ups, in one place: the public form, the admin, commands and tests all call these.

Two promises: never more people confirmed than there are seats, and never a sign-up lost. Every change that can
move a seat (a sign-up, a cancellation, a decision, a promotion from the waitlist) runs in one transaction that
first locks the workshop's canonical page row. On PostgreSQL that is `SELECT ... FOR UPDATE`; the embedded SQLite
database runs its transactions in IMMEDIATE mode, which takes the database's write lock at BEGIN, so the seat count
and the insert that follows cannot interleave with another writer there either. E-mails are tasks queued in the
same transaction (`home.tasks.enqueue_on_save`), so a committed change always has its e-mail.
"""

import logging
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, Min, Q
from django.utils import timezone

from home.cache import bump_content_version
from home.saving import DATABASE_UNAVAILABLE, look_again
from home.tasks import enqueue_on_save
from participation.emails import normalise_email
from participation.retention import signup_retention_days

from .models import (
    HEALTH_CONSENT_REQUIRED,
    HEALTH_CONSENT_VERSION,
    SEAT_STATES,
    NeedChoice,
    SignupState,
    WorkshopSignup,
)
from .pages import Availability, WorkshopPage
from .tasks import send_signup_email

logger = logging.getLogger(__name__)

CANCELLABLE_STATES = (SignupState.PENDING, SignupState.CONFIRMED, SignupState.WAITLISTED)
# How often the "you are already signed up" e-mail may go to one sign-up's address.
LINK_RESEND_INTERVAL = timedelta(hours=1)


class RegistrationClosed(Exception):
    """The workshop does not take sign-ups now: not yet open, closed, or full without a waitlist."""

    def __init__(self, availability):
        super().__init__(availability)
        self.availability = availability


class SignupNotChangeable(Exception):
    """The sign-up is in a state that the requested change does not apply to."""


@dataclass(frozen=True)
class SignupResult:
    signup: WorkshopSignup
    created: bool


def seat_counts(workshops):
    """Return {workshop pk: seats taken} for many workshops in two queries, whatever their language version."""
    keys = {workshop.translation_key for workshop in workshops}
    # order_by() clears Page's default ordering by `path`: left in, it joins the GROUP BY, every language version
    # becomes its own group, and the last one read (not the first created) is taken to hold the seats.
    canonical = dict(
        WorkshopPage.objects.filter(translation_key__in=keys)
        .order_by()
        .values("translation_key")
        .annotate(first=Min("pk"))
        .values_list("translation_key", "first")
    )
    taken = Counter(
        dict(
            WorkshopSignup.objects.filter(workshop_id__in=canonical.values(), state__in=SEAT_STATES)
            .values("workshop_id")
            .annotate(count=Count("pk"))
            .values_list("workshop_id", "count")
        )
    )
    return {workshop.pk: taken[canonical.get(workshop.translation_key)] for workshop in workshops}


def upcoming_with_seats_left(*, locale, limit, now=None):
    """Return the next `limit` live workshops in `locale` that take sign-ups for a seat now, soonest first.

    Each comes as {"workshop", "status"}. The seats of all upcoming workshops are counted together (`seat_counts`),
    so the number of queries stays the same however many workshops there are.
    """
    now = now or timezone.now()
    upcoming = list(
        WorkshopPage.objects.live().public().filter(locale=locale).upcoming(now).order_by("starts_at", "pk")
    )
    counts = seat_counts(upcoming)
    found = []
    for workshop in upcoming:
        status = workshop.seat_status(now, counts[workshop.pk])
        if status.availability == Availability.OPEN:
            found.append({"workshop": workshop, "status": status})
            if len(found) == limit:
                break
    return found


def _seats_ran_out_or_opened():
    """Refresh cached pages once the change commits: a workshop's last seat was taken, or its first seat freed.

    The home page lists workshops that have seats left and is kept in the page cache. A sign-up is no publish, so
    these two changes, and only these, make its cached copy stale: other sign-ups leave the cache alone, and no
    stranger can empty it by signing up again and again.
    """
    transaction.on_commit(bump_content_version)


def _seat_freed(workshop, promoted):
    """Call after a seat was given up and the waitlist served: if nobody took it, the workshop was full before
    only if exactly one seat is free now."""
    if not promoted and workshop.capacity - workshop.signups().holding_seat().count() == 1:
        _seats_ran_out_or_opened()


def _notify(signup, kind, *, withdraw_invitation=False):
    """Queue `kind` of e-mail to the person in this transaction: it is sent if and only if the change commits.

    `withdraw_invitation` for a sign-up that has just lost its seat: the e-mail then cancels the calendar event
    the person was sent with the seat.
    """
    extra = {"withdraw_invitation": True} if withdraw_invitation else {}
    enqueue_on_save(send_signup_email, signup_id=signup.pk, kind=kind, **extra)


def _lock_workshop(workshop):
    """Lock and return the workshop row that holds the seats of every language version.

    Only the workshop's own table is locked (`of=("self",)`), not Wagtail's page tree row, so editors are not
    held up by sign-ups.
    """
    pk = workshop.canonical_pk() if isinstance(workshop, WorkshopPage) else workshop
    return WorkshopPage.objects.select_for_update(of=("self",)).get(pk=pk)


# The health-related needs and the consent that covers them, emptied together.
NO_HEALTH_DATA = {"needs": [], "needs_details": "", "health_consent_version": None, "health_consent_at": None}


def _set_state(signup, state, now):
    signup.state = state
    signup.state_changed_at = now
    fields = ["state", "state_changed_at"]
    if state in (SignupState.CANCELLED, SignupState.DECLINED):
        # The needs were given only for arranging the workshop: without a place in it, they have no purpose left.
        for name, value in NO_HEALTH_DATA.items():
            setattr(signup, name, value)
        fields += list(NO_HEALTH_DATA)
    signup.save(update_fields=fields)


def _fill_free_seats(workshop, now):
    """Give free seats to the waitlist in arrival order; the caller holds the workshop lock."""
    free = workshop.capacity - workshop.signups().holding_seat().count()
    promoted = []
    if free <= 0:
        return promoted
    for signup in workshop.signups().waitlist().select_for_update()[:free]:
        _set_state(signup, SignupState.CONFIRMED, now)
        _notify(signup, "promoted")
        promoted.append(signup)
    return promoted


def signup_create(
    *,
    workshop,
    name,
    email,
    stakeholder_group,
    language,
    organisation="",
    needs=(),
    needs_details="",
    health_consent=False,
    submission_key=None,
    now=None,
):
    """Sign a person up, or return their existing active sign-up and send them its link again (once an hour).

    Needs (`needs`, `needs_details`) may reveal something about health, so they are taken only with
    `health_consent`, the person's explicit consent, which is stored with its wording's version and time; needs
    without it raise a ValidationError on `health_consent`. The seat is taken in the same locked transaction that
    counts the seats. Raises `RegistrationClosed` when the workshop takes no sign-ups at `now`. `submission_key` identifies one filled-in form (see participation.spam):
    sent again, it returns the sign-up it made the first time and sends nothing. When the connection fails while
    saving, the sign-up is looked for again before the error is let through (home/saving.py), so an error means
    that nothing was saved.
    """
    fields = {
        "name": name,
        "email": email,
        "stakeholder_group": stakeholder_group,
        "language": language,
        "organisation": organisation,
        "needs": needs,
        "needs_details": needs_details,
        "health_consent": health_consent,
    }
    if not submission_key:
        return _create_signup(workshop, fields, submission_key=None, now=now)
    try:
        return _create_signup(workshop, fields, submission_key=submission_key, now=now)
    except DATABASE_UNAVAILABLE:
        earlier = look_again(lambda: WorkshopSignup.objects.filter(submission_key=submission_key).first())
        if earlier is None:
            raise
        logger.warning("A sign-up was committed although the connection failed; it is answered as saved")
        return SignupResult(earlier, created=False)


def _consented_needs(fields):
    """Return the known needs and the details to store; without the consent there must be none."""
    # Known needs only, in the form's order, so every export lists them the same way.
    needs = [need for need in NeedChoice.values if need in set(fields["needs"])]
    details = fields["needs_details"].strip()
    if (needs or details) and not fields["health_consent"]:
        raise ValidationError({"health_consent": HEALTH_CONSENT_REQUIRED}, code="health_consent_required")
    return needs, details


def _create_signup(workshop, fields, *, submission_key, now):
    email = fields["email"].strip()
    needs, needs_details = _consented_needs(fields)
    with transaction.atomic():
        locked = _lock_workshop(workshop)
        # Under the workshop's lock, so a form sent twice at once is seen here by the later of the two.
        if submission_key:
            earlier = WorkshopSignup.objects.filter(submission_key=submission_key).first()
            if earlier is not None:
                return SignupResult(earlier, created=False)
        existing = locked.signups().active().not_anonymised().for_email(email).first()
        if existing is not None:
            _resend_link(existing, now)
            return SignupResult(existing, created=False)

        status = locked.seat_status(now=now)
        if not status.accepts_signups:
            raise RegistrationClosed(status.availability)
        if locked.requires_approval:
            state = SignupState.PENDING
        elif status.availability == Availability.OPEN:
            state = SignupState.CONFIRMED
        else:
            state = SignupState.WAITLISTED

        # Taken after the lock, so the waitlist's arrival order is the order in which the lock was granted.
        arrived = timezone.now()
        signup = WorkshopSignup(
            workshop=locked,
            public_id=uuid.uuid4(),
            state=state,
            name=fields["name"].strip(),
            email=email,
            organisation=fields["organisation"].strip(),
            stakeholder_group=fields["stakeholder_group"],
            needs=needs,
            needs_details=needs_details,
            # A consent is recorded only where there is something it covers.
            health_consent_version=HEALTH_CONSENT_VERSION if needs or needs_details else None,
            health_consent_at=arrived if needs or needs_details else None,
            language=fields["language"],
            created_at=arrived,
            state_changed_at=arrived,
            submission_key=submission_key,
        )
        signup.full_clean(exclude=["workshop", "submission_key"], validate_constraints=False)
        try:
            with transaction.atomic():
                signup.save()
        except IntegrityError:
            # The constraint caught a same-address sign-up that slipped past the check: keep the one there is.
            existing = locked.signups().active().not_anonymised().for_email(email).first()
            if existing is None:
                raise
            _resend_link(existing, now)
            return SignupResult(existing, created=False)
        _notify(signup, {"pending": "pending", "confirmed": "confirmed", "waitlisted": "waitlisted"}[state])
        if state == SignupState.CONFIRMED and status.seats_taken + 1 >= locked.capacity:
            _seats_ran_out_or_opened()
    logger.info("Workshop sign-up created", extra={"workshop": locked.pk, "signup": signup.pk, "state": state})
    return SignupResult(signup, created=True)


def _resend_link(signup, now):
    """E-mail an existing sign-up its link again, at most once per `LINK_RESEND_INTERVAL`.

    Anyone can type an address into the form: without the limit, the owner of the address could be flooded.
    """
    now = now or timezone.now()
    due = Q(link_resent_at__isnull=True) | Q(link_resent_at__lte=now - LINK_RESEND_INTERVAL)
    if WorkshopSignup.objects.filter(due, pk=signup.pk).update(link_resent_at=now):
        _notify(signup, "existing")
    else:
        logger.info("Sign-up link not re-sent: it was sent within the hour", extra={"signup": signup.pk})


def signup_cancel(*, signup, now=None):
    """Cancel a sign-up; a seat it held goes to the first person on the waitlist in the same transaction.

    Returns the sign-ups promoted from the waitlist. Raises `SignupNotChangeable` for a sign-up that is already
    cancelled, declined or attended.
    """
    now = now or timezone.now()
    with transaction.atomic():
        locked = _lock_workshop(signup.workshop_id)
        current = WorkshopSignup.objects.select_for_update().get(pk=signup.pk)
        if current.state not in CANCELLABLE_STATES or current.anonymised_at:
            raise SignupNotChangeable(current.state)
        held_seat = current.state == SignupState.CONFIRMED
        _set_state(current, SignupState.CANCELLED, now)
        _notify(current, "cancelled", withdraw_invitation=held_seat)
        promoted = _fill_free_seats(locked, now) if held_seat else []
        if held_seat:
            _seat_freed(locked, promoted)
    signup.state = current.state
    return promoted


def signup_withdraw_health_consent(*, signup):
    """Withdraw the consent to health-related needs: the needs, their details and the consent go; return whether
    there was anything to remove. The sign-up and its seat stay as they are."""
    had_any = signup.has_needs or signup.health_consent_at is not None
    WorkshopSignup.objects.filter(pk=signup.pk, anonymised_at__isnull=True).update(**NO_HEALTH_DATA)
    for name, value in NO_HEALTH_DATA.items():
        setattr(signup, name, value)
    logger.info("Consent to health-related needs withdrawn", extra={"signup": signup.pk})
    return had_any


def signup_promote_next(*, workshop, now=None):
    """Give every free seat to the waitlist in arrival order, e.g. after an editor adds seats; return who got one."""
    now = now or timezone.now()
    with transaction.atomic():
        locked = _lock_workshop(workshop)
        if now >= locked.ends_at:
            return []
        return _fill_free_seats(locked, now)


def _by_workshop(signups):
    # Locks are always taken in workshop order, so two bulk actions cannot deadlock each other.
    return sorted(signups, key=lambda signup: (signup.workshop_id, signup.created_at, signup.pk))


def signup_decide(*, signups, approve, now=None):
    """Approve or decline sign-ups; return {signup pk: new state} for those that changed.

    Approving a pending sign-up confirms it if a seat is free, otherwise puts it on the waitlist (or leaves it
    pending when the workshop has no waitlist). Declining frees any seat the sign-up held, for the waitlist.
    """
    now = now or timezone.now()
    changed = {}
    for signup in _by_workshop(signups):
        with transaction.atomic():
            locked = _lock_workshop(signup.workshop_id)
            current = WorkshopSignup.objects.select_for_update().get(pk=signup.pk)
            if current.anonymised_at:
                continue
            if approve:
                if current.state != SignupState.PENDING:
                    continue
                seats_left = locked.capacity - locked.signups().holding_seat().count()
                if seats_left > 0:
                    _set_state(current, SignupState.CONFIRMED, now)
                    _notify(current, "approved")
                    if seats_left == 1:
                        _seats_ran_out_or_opened()
                elif locked.waitlist_enabled:
                    _set_state(current, SignupState.WAITLISTED, now)
                    _notify(current, "waitlisted")
                else:
                    continue
            else:
                if current.state not in CANCELLABLE_STATES:
                    continue
                held_seat = current.state == SignupState.CONFIRMED
                _set_state(current, SignupState.DECLINED, now)
                _notify(current, "declined", withdraw_invitation=held_seat)
                if held_seat:
                    _seat_freed(locked, _fill_free_seats(locked, now))
            changed[current.pk] = current.state
    return changed


def signup_mark_attendance(*, signups, attended=True, now=None):
    """Mark confirmed sign-ups as attended (or undo it) once the workshop has started; return how many changed."""
    now = now or timezone.now()
    source, target = (
        (SignupState.CONFIRMED, SignupState.ATTENDED) if attended else (SignupState.ATTENDED, SignupState.CONFIRMED)
    )
    changed = 0
    with transaction.atomic():
        for signup in _by_workshop(signups):
            current = WorkshopSignup.objects.select_for_update().select_related("workshop").get(pk=signup.pk)
            if current.state != source or current.workshop.starts_at > now:
                continue
            _set_state(current, target, now)
            changed += 1
        if changed:
            # Attendance is what the impact page and the home page count as people at the workshops.
            transaction.on_commit(bump_content_version)
    return changed


def signups_send_reminders(*, now=None):
    """Queue the day-before reminder for confirmed sign-ups to workshops that start tomorrow; return how many.

    Safe to run as often as cron likes: each sign-up is claimed by setting `reminder_sent_at` in a conditional
    update before its e-mail is queued, so it is reminded once even if two runs overlap.
    """
    now = now or timezone.now()
    local_now = timezone.localtime(now)
    end_of_tomorrow = (local_now + timedelta(days=2)).replace(hour=0, minute=0, second=0, microsecond=0)
    due = WorkshopSignup.objects.filter(
        state=SignupState.CONFIRMED,
        reminder_sent_at__isnull=True,
        anonymised_at__isnull=True,
        workshop__starts_at__gt=now,
        workshop__starts_at__lt=end_of_tomorrow,
    ).values_list("pk", flat=True)
    sent = 0
    for pk in list(due):
        with transaction.atomic():
            claimed = WorkshopSignup.objects.filter(pk=pk, reminder_sent_at__isnull=True).update(reminder_sent_at=now)
            if claimed:
                _notify(WorkshopSignup(pk=pk), "reminder")
                sent += claimed
    return sent


# Everything personal goes, the health-related needs and the consent that covered them included.
ANONYMISED_FIELDS = {"name": "", "email": "", "organisation": "", **NO_HEALTH_DATA}


def retention_days():
    return signup_retention_days()


def signups_anonymise_expired(*, days=None, now=None):
    """Remove personal data from sign-ups to workshops that ended more than `days` ago; return how many.

    State, stakeholder group, language and dates stay, so the counts and statistics do not change. Running it
    again finds nothing left to do.
    """
    now = now or timezone.now()
    days = retention_days() if days is None else days
    expired = WorkshopSignup.objects.filter(
        anonymised_at__isnull=True, workshop__ends_at__lt=now - timedelta(days=days)
    )
    return expired.update(**ANONYMISED_FIELDS, anonymised_at=now)


# Personal data by e-mail address: the hooks for the portal-wide export and erasure (see docs/workshops.md).


def signups_for_email(email):
    """Return every sign-up that still carries this e-mail address, whatever its state."""
    if not normalise_email(email):
        return WorkshopSignup.objects.none()
    return WorkshopSignup.objects.not_anonymised().for_email(email).select_related("workshop")


def signups_export_for_email(email):
    """Return what is held about this address in workshop sign-ups, as plain data for an export file."""
    return [
        {
            "type": "workshop_signup",
            "workshop": signup.workshop.title,
            "workshop_starts_at": signup.workshop.starts_at.isoformat(),
            "state": signup.state,
            "name": signup.name,
            "email": signup.email,
            "organisation": signup.organisation,
            "stakeholder_group": signup.stakeholder_group,
            "needs": list(signup.needs),
            "needs_details": signup.needs_details,
            "health_consent_version": signup.health_consent_version,
            "health_consent_at": signup.health_consent_at.isoformat() if signup.health_consent_at else None,
            "language": signup.language,
            "signed_up_at": signup.created_at.isoformat(),
        }
        for signup in signups_for_email(email)
    ]


def signups_erase_for_email(email, *, now=None):
    """Erase the personal data of every sign-up with this address; return how many were erased.

    A sign-up to a workshop still to come is cancelled first, so its seat goes to the waitlist.
    """
    now = now or timezone.now()
    erased = 0
    for signup in signups_for_email(email):
        if signup.state in CANCELLABLE_STATES and signup.workshop.ends_at > now:
            try:
                signup_cancel(signup=signup, now=now)
            except SignupNotChangeable:
                pass
        erased += WorkshopSignup.objects.filter(pk=signup.pk, anonymised_at__isnull=True).update(
            **ANONYMISED_FIELDS, anonymised_at=now
        )
    return erased
