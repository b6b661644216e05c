"""A registry of everything the portal holds about a person, found by their e-mail address.

Each kind of record that can hold personal data (proposals, workshop sign-ups) has one `PersonalDataProvider`,
registered in the app's `ready()`. The admin's export and erase actions, and their tests, then cover
every provider without knowing about any of them:

    registry.register(
        PersonalDataProvider(
            name="workshop_signups",
            label=_("Workshop sign-ups"),
            export=signups_export_for_email,   # email -> list of JSON-serialisable dicts
            erase=signups_erase_for_email,     # email -> number of records changed
        )
    )

`erase` must leave nothing that identifies the person (and may keep what is needed for statistics), must be
idempotent, and runs inside the transaction of `erase_personal_data`.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from participation.emails import normalise_email


@dataclass(frozen=True)
class PersonalDataProvider:
    name: str
    label: str
    export: Callable[[str], list[dict]]
    erase: Callable[[str], int]


_providers: dict[str, PersonalDataProvider] = {}


def register(provider):
    """Add a provider; registering the same name again replaces it (module reloads in development)."""
    _providers[provider.name] = provider
    return provider


def providers():
    return list(_providers.values())


def export_personal_data(email):
    """Return everything held about `email` as one JSON-serialisable dict, one key per provider."""
    email = normalise_email(email)
    return {
        "email": email,
        "exported_at": timezone.now().isoformat(),
        "records": {provider.name: provider.export(email) for provider in providers()},
    }


def count_personal_data(email):
    """Return {provider name: number of records} that hold personal data about `email`."""
    email = normalise_email(email)
    return {provider.name: len(provider.export(email)) for provider in providers()}


@transaction.atomic
def erase_personal_data(email):
    """Erase everything held about `email` in every provider, all or nothing; return counts per provider."""
    email = normalise_email(email)
    if not email:
        return {provider.name: 0 for provider in providers()}
    return {provider.name: provider.erase(email) for provider in providers()}
