"""What the portal holds about a person in their proposals; the app registers it when ready, so export and
erasure by e-mail cover proposals."""

from django.utils.translation import gettext_lazy as _

from participation.personal_data import registry

from .services import proposals_erase_personal_data, proposals_export_personal_data

provider = registry.PersonalDataProvider(
    name="proposals",
    label=_("Proposals"),
    export=proposals_export_personal_data,
    erase=proposals_erase_personal_data,
)
