"""What the portal holds about a person in their workshop sign-ups; the app registers it when ready, so export
and erasure by e-mail cover sign-ups."""

from django.utils.translation import gettext_lazy as _

from participation.personal_data import registry

from .services import signups_erase_for_email, signups_export_for_email

provider = registry.PersonalDataProvider(
    name="workshop_signups",
    label=_("Workshop sign-ups"),
    export=signups_export_for_email,
    erase=signups_erase_for_email,
)
