"""Communications staff create a page in the admin and ask for its Swedish and English translations."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import StandardPage
from tests.factories import UserFactory
from tests.staff import log_in_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = UserFactory(is_staff=True, is_superuser=True)
    log_in_staff(client, user)
    return user


def test_an_editor_creates_a_page_and_requests_its_translations_as_drafts(client, editor, home, locales):
    add_url = reverse("wagtailadmin_pages:add", args=("home", "standardpage", home.pk))
    data = nested_form_data(
        {
            "title": "Korttelijuhlat",
            "slug": "korttelijuhlat",
            "introduction": "Naapurusto juhlii yhdessä.",
            "body": streamfield([("paragraph", rich_text("Juhlat pidetään elokuussa."))]),
            "action-publish": "publish",
        }
    )
    response = client.post(add_url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = StandardPage.objects.get(slug="korttelijuhlat")
    assert page.live

    submit_url = reverse("wagtail_localize:submit_page_translation", args=(page.pk,))
    response = client.post(submit_url, {"locales": [locales["sv"].pk, locales["en"].pk]})
    assert response.status_code == 302

    translations = {p.locale.language_code: p for p in Page.objects.filter(translation_key=page.translation_key)}
    assert set(translations) == {"fi", "sv", "en"}
    # Until a translator has done the work, the translations are drafts: no Finnish text under /sv/ or /en/.
    assert not translations["sv"].live
    assert not translations["en"].live
    assert client.get("/sv/korttelijuhlat/").status_code == 404


def test_the_admin_speaks_the_editors_language(client, editor):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "fi"
    profile.save()
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert 'lang="fi"' in response.content.decode()


@pytest.mark.parametrize("group_name", ["Editors", "Publishers"])
def test_communications_staff_in_the_page_groups_may_order_translations(client, home, locales, group_name):
    staff = UserFactory()
    staff.groups.add(Group.objects.get(name=group_name))
    assert staff.has_perm("wagtail_localize.submit_translation")

    log_in_staff(client, staff)
    response = client.get(reverse("wagtail_localize:submit_page_translation", args=[home.pk]))
    assert response.status_code == 200
