"""What the portal holds about a person in their subscriptions; the app registers it when ready, so export and
erasure by e-mail cover subscriptions."""

from django.utils.translation import gettext_lazy as _

from participation.personal_data import registry

from .services import subscriptions_erase_for_email, subscriptions_export_for_email

provider = registry.PersonalDataProvider(
    name="subscriptions",
    label=_("Subscriptions"),
    export=subscriptions_export_for_email,
    erase=subscriptions_erase_for_email,
)
