"""Communications staff see at a glance which pages lack a Swedish or English version, or have an outdated one."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page
from wagtail.users.models import UserProfile
from wagtail_localize.operations import translate_object

from home.demo_support import add_translated_page
from home.models import StandardPage
from home.translation_status.services import source_pages, translation_statuses
from tests.factories import UserFactory
from tests.staff import log_in_staff

pytestmark = pytest.mark.django_db


def trilingual(slug, fi, sv, en):
    return {
        "fi": {"title": fi, "slug": slug, "introduction": f"{fi} on kokeilu."},
        "sv": {"title": sv, "slug": f"{slug}-sv", "introduction": f"{sv} är ett försök."},
        "en": {"title": en, "slug": f"{slug}-en", "introduction": f"{en} is an experiment."},
    }


def finnish_only(home, title, slug):
    page = StandardPage(title=title, slug=slug, introduction="Vain suomeksi.")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def republish_in_finnish(page, when):
    page = Page.objects.get(pk=page.pk).specific
    page.introduction = "Uusi ingressi."
    page.save_revision().publish()
    Page.objects.filter(pk=page.pk).update(last_published_at=when)


def states_of(page):
    row = source_pages().get(pk=page.pk)
    return {status.code: status.state for status in translation_statuses(row)}


def report_table(response):
    """Return the report's table alone: the section filter above it also names pages."""
    html = response.content.decode()
    start = html.index('<table class="listing">')
    return html[start : html.index("</table>", start)]


@pytest.fixture
def editor(client):
    """A communications officer in Wagtail's Editors group."""
    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    log_in_staff(client, user)
    return user


def test_each_language_is_missing_draft_published_or_out_of_date(home, locales):
    published = add_translated_page(home, StandardPage, trilingual("talvi", "Talvipyöräily", "Vintercykling", "Winter"))
    untranslated = finnish_only(home, "Katujuhlat", "katujuhlat")
    drafted = finnish_only(home, "Lainaamo", "lainaamo")
    translate_object(drafted, [locales["sv"]])
    outdated = add_translated_page(home, StandardPage, trilingual("kesa", "Kesätyöt", "Sommarjobb", "Summer jobs"))
    republish_in_finnish(outdated, timezone.now() + datetime.timedelta(minutes=5))

    assert states_of(published) == {"fi": "published", "sv": "published", "en": "published"}
    assert states_of(untranslated) == {"fi": "published", "sv": "missing", "en": "missing"}
    assert states_of(drafted) == {"fi": "published", "sv": "draft", "en": "missing"}
    assert states_of(outdated) == {"fi": "published", "sv": "out_of_date", "en": "out_of_date"}


def test_an_editor_finds_the_outdated_swedish_pages_and_how_long_ago_the_finnish_changed(client, editor, home, locales):
    outdated = add_translated_page(home, StandardPage, trilingual("kesa", "Kesätyöt", "Sommarjobb", "Summer jobs"))
    finnish_only(home, "Katujuhlat", "katujuhlat")
    republish_in_finnish(outdated, timezone.now() + datetime.timedelta(minutes=5))
    Page.objects.filter(pk=outdated.pk).update(last_published_at=timezone.now())
    for code in ("sv", "en"):
        Page.objects.filter(translation_key=outdated.translation_key, locale=locales[code]).update(
            last_published_at=timezone.now() - datetime.timedelta(days=3)
        )

    response = client.get(reverse("translation_status"), {"state": "sv:out_of_date"}, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 200
    html = report_table(response)
    assert "Kesätyöt" in html
    assert "Katujuhlat" not in html
    assert "Out of date" in html
    assert "The Finnish page was published again" in html
    swedish = outdated.get_translation(locales["sv"])
    assert reverse("wagtailadmin_pages:edit", args=[swedish.pk]) in html


def test_a_missing_translation_links_to_the_translate_form(client, editor, home):
    page = finnish_only(home, "Katujuhlat", "katujuhlat")

    response = client.get(reverse("translation_status"), {"state": "en:missing"})

    assert reverse("wagtail_localize:submit_page_translation", args=[page.pk]) in response.content.decode()


def test_the_report_filters_by_section_and_page_type(client, editor, home):
    section = finnish_only(home, "Kokeilut", "kokeilut")
    inside = StandardPage(title="Kaupunkiviljely", slug="kaupunkiviljely", introduction="Viljellään.")
    section.add_child(instance=inside)
    outside = finnish_only(home, "Tietosuoja", "tietosuoja")

    html = report_table(client.get(reverse("translation_status"), {"section": section.pk}))

    assert "Kaupunkiviljely" in html
    assert outside.title not in html
    page_type = StandardPage().cached_content_type.pk
    html = report_table(client.get(reverse("translation_status"), {"content_type": page_type}))
    assert "Tulevaisuuden Vaasa" not in html  # the home page is of another type
    assert "Tietosuoja" in html


def test_the_report_exports_the_states_as_csv(client, editor, home, locales):
    outdated = add_translated_page(home, StandardPage, trilingual("kesa", "Kesätyöt", "Sommarjobb", "Summer jobs"))
    finnish_only(home, "=Katujuhlat", "katujuhlat")
    republish_in_finnish(outdated, timezone.now() + datetime.timedelta(minutes=5))

    response = client.get(reverse("translation_status"), {"export": "csv"}, HTTP_ACCEPT_LANGUAGE="en")

    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    by_title = {row["Title"]: row for row in rows}
    assert by_title["Kesätyöt"]["Swedish"] == "Out of date"
    assert by_title["Kesätyöt"]["Swedish out of date since"].startswith(str(timezone.now().year))
    # A title typed by an editor never becomes a spreadsheet formula.
    assert by_title["'=Katujuhlat"]["English"] == "Missing"


def test_the_dashboard_counts_what_is_missing_or_out_of_date(client, editor, home):
    outdated = add_translated_page(home, StandardPage, trilingual("kesa", "Kesätyöt", "Sommarjobb", "Summer jobs"))
    finnish_only(home, "Katujuhlat", "katujuhlat")
    republish_in_finnish(outdated, timezone.now() + datetime.timedelta(minutes=5))

    html = client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert "4 translations missing or out of date" in html
    assert f"{reverse('translation_status')}?state=sv:out_of_date" in html


def test_the_report_in_finnish_and_swedish(client, editor, home):
    finnish_only(home, "Katujuhlat", "katujuhlat")
    for language, words in (("fi", ["Käännösten tila", "Puuttuu"]), ("sv", ["Översättningarnas läge", "Saknas"])):
        profile = UserProfile.get_for_user(editor)
        profile.preferred_language = language
        profile.save()
        html = client.get(reverse("translation_status")).content.decode()
        for word in words:
            assert word in html


def add_pages(home, numbers):
    for number in numbers:
        page = add_translated_page(
            home, StandardPage, trilingual(f"sivu-{number}", f"Sivu {number}", f"Sida {number}", f"Page {number}")
        )
        if number % 3 == 0:
            republish_in_finnish(page, timezone.now() + datetime.timedelta(minutes=5))
        if number % 4 == 0:
            finnish_only(home, f"Vain suomeksi {number}", f"vain-{number}")


def queries_of(client, url):
    client.get(url)  # per-process caches (content types, locales, the user's profile) fill on the first request
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_the_report_and_the_dashboard_cost_the_same_number_of_queries_for_5_or_30_pages(client, editor, home):
    report, dashboard = reverse("translation_status"), reverse("wagtailadmin_home")
    add_pages(home, range(5))
    with_five = queries_of(client, report), queries_of(client, dashboard)

    add_pages(home, range(5, 30))

    assert Page.objects.filter(locale=home.locale, depth=3).count() > 30
    assert (queries_of(client, report), queries_of(client, dashboard)) == with_five


def test_a_proposal_moderator_who_edits_no_pages_neither_sees_nor_opens_the_report(client, home):
    moderator = UserFactory(is_staff=True)
    moderator.groups.add(Group.objects.get(name="Moderators"))
    log_in_staff(client, moderator)

    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()

    assert reverse("translation_status") not in dashboard
    assert client.get(reverse("translation_status")).status_code in (302, 403)
