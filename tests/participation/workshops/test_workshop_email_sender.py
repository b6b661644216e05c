"""A reader's inbox names the sender in the reader's language: a Swedish confirmation is not from a Finnish name.

The address is the one of PORTAL_DEFAULT_FROM_EMAIL; the name is the programme's: Tulevaisuuden Vaasa, Framtidens
Vasa or Future Vaasa. The name travels with the queued message, since the worker sends it outside any language.
"""

from email.utils import parseaddr

import pytest
from django.core import mail
from django.test import override_settings

from participation.workshops.services import signup_create
from tests.participation.workshops.support import make_workshop, signup_kwargs

pytestmark = pytest.mark.django_db

SENDER = {"fi": "Tulevaisuuden Vaasa", "sv": "Framtidens Vasa", "en": "Future Vaasa"}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@override_settings(DEFAULT_FROM_EMAIL="Portaali <kokeilut@vaasa.example>")
def test_a_sign_up_confirmation_comes_from_the_programme_in_the_readers_language(
    workshop_index, django_capture_on_commit_callbacks, language
):
    workshop = make_workshop(workshop_index, slug="kierto")
    with django_capture_on_commit_callbacks(execute=True):
        signup_create(workshop=workshop, **signup_kwargs(language=language))

    [message] = mail.outbox
    # Sent by the task worker: the name survived the queue.
    assert parseaddr(message.from_email) == (SENDER[language], "kokeilut@vaasa.example")
    assert message.message()["From"] == f"{SENDER[language]} <kokeilut@vaasa.example>"
