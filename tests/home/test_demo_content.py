"""Someone new runs `make run`: the demo content appears in three languages, and a second run adds nothing."""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page

from home.models import PortalSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(site):
    call_command("load_demo_content", stdout=StringIO())
    return site


def test_loading_the_demo_twice_duplicates_nothing(demo):
    before = Page.objects.count()
    call_command("load_demo_content", stdout=StringIO())
    assert Page.objects.count() == before


def test_every_demo_page_is_published_in_finnish_swedish_and_english(demo):
    pages = Page.objects.filter(depth__gt=1)
    for page in pages.filter(locale__language_code="fi"):
        languages = set(
            pages.filter(translation_key=page.translation_key, live=True).values_list(
                "locale__language_code", flat=True
            )
        )
        assert languages == {"fi", "sv", "en"}, page.title


def test_demo_pages_are_written_in_their_own_language(client, demo):
    assert "Tietosuojaseloste" in client.get("/fi/tietosuoja/").content.decode()
    swedish = client.get("/sv/dataskydd/").content.decode()
    assert "Dataskyddsbeskrivning" in swedish
    assert "dataombudsmannens byrå" in swedish
    english = client.get("/en/accessibility/").content.decode()
    assert "Act on the Provision of Digital Services (306/2019)" in english
    for path in ("/fi/", "/sv/", "/en/", "/fi/toimintamalli/", "/sv/verksamhetsmodell/", "/en/how-it-works/"):
        assert "lorem" not in client.get(path).content.decode().lower()


def test_the_footer_of_the_demo_links_to_the_privacy_notice_and_the_accessibility_statement(client, demo):
    settings = PortalSettings.for_site(demo)
    assert settings.privacy_page.slug == "tietosuoja"
    assert settings.accessibility_page.slug == "saavutettavuus"
    html = client.get("/sv/").content.decode()
    assert '<a href="/sv/dataskydd/">Dataskyddsbeskrivning</a>' in html
    assert '<a href="/sv/tillganglighet/">Tillgänglighetsutlåtande</a>' in html
