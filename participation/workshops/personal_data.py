"""Register workshop sign-ups with the personal data registry, so export and erasure by e-mail cover them."""

from django.utils.translation import gettext_lazy as _

from participation import personal_data
from participation.services.workshops import signups_erase_for_email, signups_export_for_email

personal_data.register(
    personal_data.PersonalDataProvider(
        name="workshop_signups",
        label=_("Workshop sign-ups"),
        export=signups_export_for_email,
        erase=signups_erase_for_email,
    )
)
