"""The rules of the proposal workflow: sending, moderating, deciding and forgetting.

The public form, the admin's edit view and bulk actions, the management commands and the tests all call these
functions, so each rule lives in one place. Every function that changes data is atomic, and anything that leaves
the database (e-mail) is a task queued in the same transaction (`home.tasks.enqueue_on_save`): a rolled-back
decision sends nothing, and a committed one cannot lose its e-mail.
"""

import logging
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from home.cache import bump_content_version
from home.saving import DATABASE_UNAVAILABLE, look_again
from home.tasks import enqueue_on_save
from participation.retention import proposal_retention_days, undecided_proposal_retention_days

from .models import DECIDED_STATUSES, UNDECIDED_STATUSES, Proposal, ProposalStatus, new_reference
from .tasks import notify_author_of_decision, notify_moderators_of_proposal, send_receipt_to_author

logger = logging.getLogger(__name__)

S = ProposalStatus

# Where a proposal may go from each state. Moderators can correct a mistake (declined back to review, spam back to
# new), but an idea becomes "refined into an experiment" only once it has been accepted.
TRANSITIONS = {
    S.NEW: {S.IN_REVIEW, S.NEEDS_INFO, S.ACCEPTED, S.DECLINED, S.SPAM},
    S.IN_REVIEW: {S.NEW, S.NEEDS_INFO, S.ACCEPTED, S.DECLINED, S.SPAM},
    S.NEEDS_INFO: {S.IN_REVIEW, S.ACCEPTED, S.DECLINED, S.SPAM},
    S.ACCEPTED: {S.IN_REVIEW, S.REFINED, S.DECLINED},
    S.REFINED: {S.ACCEPTED},
    S.DECLINED: {S.IN_REVIEW, S.ACCEPTED},
    S.SPAM: {S.NEW, S.IN_REVIEW},
}
# The states whose news goes to the author, when they gave an address.
AUTHOR_NOTIFIED_STATUSES = (S.ACCEPTED, S.REFINED, S.DECLINED, S.NEEDS_INFO)
# Fields a moderator may change through the admin's edit form, besides the state. The resident's own text is
# editable so that a moderator can remove personal data or abuse before an idea goes public.
EDITABLE_FIELDS = ("title", "description", "theme", "district", "moderator_note", "public_response", "experiment")


def public_view(proposal):
    """Return what the public pages show of `proposal` (the idea board, its page, its experiment), or None."""
    if not proposal.is_public:
        return None
    return (
        proposal.status,
        proposal.title,
        proposal.description,
        proposal.theme_id,
        proposal.district,
        proposal.public_response,
        proposal.experiment_id,
        proposal.public_author_name,
    )


def refresh_public_pages():
    """Make cached pages stale once the transaction commits; a moderation change or an erasure is no publish.

    After the commit, not before: a reader rendering between the two would store the old state under the new
    content version. The experiment page shows its ideas' titles and consenting authors' names.
    """
    transaction.on_commit(bump_content_version)


def _notify_moderators(proposal_id):
    enqueue_on_save(notify_moderators_of_proposal, proposal_id)


def _notify_author(proposal_id, status):
    enqueue_on_save(notify_author_of_decision, proposal_id, status)


def _unique_reference():
    for _attempt in range(5):
        reference = new_reference()
        if not Proposal.objects.filter(reference=reference).exists():
            return reference
    # 30^8 codes: five collisions in a row mean something else is wrong; the unique constraint still holds.
    return new_reference()


def proposal_submit(
    *,
    title,
    description,
    theme,
    language,
    district="",
    name="",
    email="",
    contact_consent=False,
    name_consent=False,
    page=None,
    submission_key=None,
) -> Proposal:
    """Store a resident's proposal and, in the same transaction, queue the moderators' notice that it is waiting.

    `submission_key` identifies one filled-in form (see participation.spam): sent again, the form gets back the
    proposal it made the first time instead of a second copy. When the connection fails while saving, the
    proposal is looked for again before the error is let through (home/saving.py), so an error means that
    nothing was saved. The client's IP address is deliberately not a parameter: it is never stored with a proposal.
    """
    fields = {
        "page": page,
        "language": language,
        "title": title.strip(),
        "description": description.strip(),
        "theme": theme,
        "district": district.strip(),
        "name": name.strip(),
        "email": email.strip(),
        "contact_consent": contact_consent,
        "name_consent": name_consent and bool(name.strip()),
        "submission_key": submission_key or None,
    }
    if not submission_key:
        return _store_proposal(fields)

    def sent_before():
        return Proposal.objects.filter(submission_key=submission_key).first()

    earlier = sent_before()
    if earlier is not None:
        return earlier
    try:
        return _store_proposal(fields)
    except IntegrityError:
        # The same form, sent twice at once: the other request stored it.
        earlier = sent_before()
        if earlier is None:
            raise
        return earlier
    except DATABASE_UNAVAILABLE:
        earlier = look_again(sent_before)
        if earlier is None:
            raise
        logger.warning("A proposal was committed although the connection failed; it is answered as saved")
        return earlier


@transaction.atomic
def _store_proposal(fields):
    proposal = Proposal(reference=_unique_reference(), **fields)
    # A second copy of the same form is the unique index's to catch (proposal_submit answers it), not a form error.
    proposal.full_clean(exclude=["submission_key"])
    proposal.save()
    _notify_moderators(proposal.pk)
    if proposal.email:
        enqueue_on_save(send_receipt_to_author, proposal.pk)
    return proposal


def transition_error(proposal, status, *, experiment=None):
    """Return a ValidationError saying why `proposal` cannot move to `status`, or None if it can."""
    current = S(proposal.status)
    status = S(status)
    if status == current:
        return None
    if status not in TRANSITIONS[current]:
        return ValidationError(
            _("A proposal in the state “%(current)s” cannot be moved to “%(new)s”."),
            code="invalid_transition",
            params={"current": current.label, "new": status.label},
        )
    if status == S.REFINED and experiment is None:
        return ValidationError(
            _("Choose the experiment the idea was refined into."),
            code="experiment_required",
        )
    return None


def _apply_status(proposal, status, *, user):
    """Move a locked proposal to `status`; log it and schedule the author's e-mail. Return whether it changed."""
    old = proposal.status
    if old == status:
        return False
    error = transition_error(proposal, status, experiment=proposal.experiment)
    if error is not None:
        raise error
    proposal.status = status
    if status in DECIDED_STATUSES:
        proposal.decided_at = timezone.now()
    elif old in DECIDED_STATUSES:
        # Back under consideration: the retention clock waits for the next decision.
        proposal.decided_at = None
    # The log keeps the states only: no personal data, no text someone typed.
    log(proposal, "participation.proposal_status", user=user, data={"old": old, "new": status})
    if status in AUTHOR_NOTIFIED_STATUSES and proposal.email:
        _notify_author(proposal.pk, status)
    return True


@transaction.atomic
def proposal_decide(*, proposal, status, user=None, public_response=None) -> bool:
    """Move a proposal to a new state; return False if it already was in it.

    `public_response`, when given, fills an empty public response and leaves a written one alone (bulk actions
    offer one text for many proposals). The author is told after commit, in their language.
    """
    locked = Proposal.objects.select_for_update().get(pk=proposal.pk)
    shown = public_view(locked)
    if public_response and not locked.public_response:
        locked.public_response = public_response.strip()
    changed = _apply_status(locked, status, user=user)
    if changed or public_response:
        locked.full_clean()
        locked.save()
    if public_view(locked) != shown:
        refresh_public_pages()
    _copy_state(locked, proposal)
    return changed


@transaction.atomic
def proposal_edit(*, proposal, user, status, **changes) -> Proposal:
    """Apply a moderator's edits and state change from the admin form in one transaction."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"proposal_edit() does not edit {sorted(unknown)}")
    locked = Proposal.objects.select_for_update().get(pk=proposal.pk)
    shown = public_view(locked)
    edited = [name for name, value in changes.items() if getattr(locked, name) != value]
    for name in edited:
        value = changes[name]
        setattr(locked, name, value.strip() if isinstance(value, str) else value)
    _apply_status(locked, status, user=user)
    locked.full_clean()
    locked.save()
    if edited:
        # Which fields changed, never their content.
        log(locked, "wagtail.edit", user=user, data={"fields": sorted(edited)})
    if public_view(locked) != shown:
        refresh_public_pages()
    _copy_state(locked, proposal)
    return proposal


@transaction.atomic
def assign_to_think_tank(proposal, think_tank, unit="", *, by=None) -> bool:
    """Record that `think_tank` took the idea up and `unit` answers for it; return False if nothing changed.

    The think tank is the Finnish (source) page, as the other links between the programme's steps are: pages show
    it in the reader's language through its translation key. `None` takes the idea back from a think tank. The
    date is set on every new assignment, so the lineage shows when the think tank that holds it now took it up.
    """
    locked = Proposal.objects.select_for_update().get(pk=proposal.pk)
    think_tank_id = think_tank.pk if think_tank is not None else None
    unit = (unit or "").strip()
    if (locked.think_tank_id, locked.responsible_unit) == (think_tank_id, unit):
        _copy_state(locked, proposal)
        return False
    old_think_tank_id = locked.think_tank_id
    locked.think_tank_id = think_tank_id
    locked.responsible_unit = unit
    if think_tank_id is None:
        locked.assigned_at = None
    elif think_tank_id != old_think_tank_id or locked.assigned_at is None:
        locked.assigned_at = timezone.now()
    locked.full_clean()
    locked.save()
    # Page ids and the unit's name only: the unit is the city's text, nothing a resident typed.
    log(
        locked,
        "participation.proposal_assigned",
        user=by,
        data={"old_think_tank": old_think_tank_id, "think_tank": think_tank_id, "unit": unit},
    )
    # A think tank's page lists the public ideas it took up; an idea nobody sees changes no cached page.
    if locked.is_public:
        refresh_public_pages()
    _copy_state(locked, proposal)
    return True


def _copy_state(source, target):
    if source is not target:
        for field in source._meta.concrete_fields:
            setattr(target, field.attname, getattr(source, field.attname))


def _remove_personal_data(queryset, *, now):
    changed = queryset.update(
        name="", email="", contact_consent=False, name_consent=False, personal_data_removed_at=now, updated_at=now
    )
    # `update()` sends no signal: a name shown with an idea must leave the cached pages now, not when they expire.
    if changed:
        refresh_public_pages()
    return changed


@transaction.atomic
def proposals_expire_personal_data(*, days=None, undecided_days=None, now=None) -> int:
    """Remove name and e-mail from expired proposals; return how many changed.

    Expired: decided more than `days` ago, or still undecided (new, in review, needing more information) and last
    changed more than `undecided_days` ago. Both default to the settings the privacy notice states
    (participation/retention.py). The idea, its state and the public response stay. A second run finds nothing
    left to change.
    """
    now = now or timezone.now()
    days = proposal_retention_days() if days is None else days
    undecided_days = undecided_proposal_retention_days() if undecided_days is None else undecided_days
    decided = Q(status__in=DECIDED_STATUSES, decided_at__lte=now - timedelta(days=days))
    undecided = Q(status__in=UNDECIDED_STATUSES, updated_at__lte=now - timedelta(days=undecided_days))
    expired = Proposal.objects.filter(decided | undecided).exclude(name="", email="")
    return _remove_personal_data(expired, now=now)


def _theme_name_in(proposal, language):
    """Return the idea's theme in `language`: the person reads their export in the language they wrote in."""
    with translation.override(language):
        return proposal.theme_name


def proposals_export_personal_data(email) -> list[dict]:
    """Return every proposal sent with `email` with everything held about it, the moderator's note included."""
    return [
        {
            "reference": proposal.reference,
            "submitted_at": proposal.submitted_at.isoformat(),
            "language": proposal.language,
            "title": proposal.title,
            "description": proposal.description,
            "theme": _theme_name_in(proposal, proposal.language),
            "theme_code": proposal.theme_code,
            "district": proposal.district,
            "name": proposal.name,
            "email": proposal.email,
            "contact_consent": proposal.contact_consent,
            "name_consent": proposal.name_consent,
            "state": proposal.status,
            "decided_at": proposal.decided_at.isoformat() if proposal.decided_at else None,
            "public_response": proposal.public_response,
            "think_tank": proposal.think_tank.title if proposal.think_tank else None,
            "responsible_unit": proposal.responsible_unit,
            "taken_up_at": proposal.assigned_at.isoformat() if proposal.assigned_at else None,
            "moderator_note": proposal.moderator_note,
        }
        for proposal in Proposal.objects.by_email(email).select_related("theme", "think_tank").order_by("submitted_at")
    ]


def proposals_erase_personal_data(email) -> int:
    """Remove the name and e-mail address from every proposal sent with `email`; return how many changed."""
    return _remove_personal_data(Proposal.objects.by_email(email), now=timezone.now())
