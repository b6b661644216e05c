"""Someone new runs `make run`: the demo content appears in three languages, and a second run adds nothing.

Loading the demo is slow (every page is published in three languages), so one story covers it.
"""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page

from home.models import PortalSettings

pytestmark = pytest.mark.django_db


def test_the_demo_is_published_in_three_languages_and_loading_it_again_adds_nothing(client, site):
    call_command("load_demo_content", stdout=StringIO())
    pages = Page.objects.filter(depth__gt=1)
    count = pages.count()

    for page in pages.filter(locale__language_code="fi"):
        languages = set(
            pages.filter(translation_key=page.translation_key, live=True).values_list(
                "locale__language_code", flat=True
            )
        )
        assert languages == {"fi", "sv", "en"}, page.title

    assert "Tietosuojaseloste" in client.get("/fi/tietosuoja/").content.decode()
    swedish = client.get("/sv/dataskydd/").content.decode()
    assert "dataombudsmannens byrå" in swedish
    assert '<a href="/sv/tillganglighet/">Tillgänglighetsutlåtande</a>' in swedish
    english = client.get("/en/accessibility/").content.decode()
    assert "Act on the Provision of Digital Services (306/2019)" in english
    for path in ("/fi/", "/sv/", "/en/", "/fi/toimintamalli/", "/sv/verksamhetsmodell/", "/en/how-it-works/"):
        assert "lorem" not in client.get(path).content.decode().lower()

    portal_settings = PortalSettings.for_site(site)
    assert (portal_settings.privacy_page.slug, portal_settings.accessibility_page.slug) == (
        "tietosuoja",
        "saavutettavuus",
    )

    call_command("load_demo_content", stdout=StringIO())
    assert Page.objects.filter(depth__gt=1).count() == count
