"""Register proposals with the personal data registry, so export and erasure by e-mail cover them."""

from django.utils.translation import gettext_lazy as _

from participation import personal_data
from participation.services.proposals import proposals_erase_personal_data, proposals_export_personal_data

personal_data.register(
    personal_data.PersonalDataProvider(
        name="proposals",
        label=_("Proposals"),
        export=proposals_export_personal_data,
        erase=proposals_erase_personal_data,
    )
)
