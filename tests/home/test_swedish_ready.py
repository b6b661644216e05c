"""A Finnish page goes live only together with its finished Swedish translation, unless it is an urgent notice."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Page, PageLogEntry
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, Translation

from home.demo_support import add_translated_page
from home.models import StandardPage
from home.translation_publishing.swedish_ready import SwedishNotReadyError
from home.translation_publishing.wagtail_hooks import URGENT_PUBLISH
from home.translation_status.services import source_pages, translation_statuses
from tests.factories import UserFactory
from tests.staff import log_in_staff

pytestmark = pytest.mark.django_db

FINNISH = {"title": "Jäähallin aukioloajat", "introduction": "Jäähalli on auki joka päivä."}
SWEDISH = {
    "Jäähallin aukioloajat": "Ishallens öppettider",
    "Jäähalli on auki joka päivä.": "Ishallen är öppen varje dag.",
}


@pytest.fixture(autouse=True)
def swedish_ready_rule(settings):
    settings.SWEDISH_READY_BEFORE_PUBLISHING = True
    settings.SWEDISH_READY_EXEMPT_PAGE_TYPES = []


@pytest.fixture
def publisher(client):
    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name="Publishers"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    log_in_staff(client, user)
    return user


@pytest.fixture
def finnish_draft(home):
    page = StandardPage(title=FINNISH["title"], slug="jaahalli", introduction=FINNISH["introduction"])
    home.add_child(instance=page)
    page.save_revision()
    Page.objects.filter(pk=page.pk).update(live=False)
    page.refresh_from_db()
    return page


def publish_in_editor(client, page, action="action-publish"):
    data = nested_form_data(
        {
            "title": FINNISH["title"],
            "slug": "jaahalli",
            "introduction": FINNISH["introduction"],
            "body": streamfield([]),
        }
    )
    data["action-publish"] = action
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def order_swedish_translation(client, page, locales):
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [locales["sv"].pk]}
    )
    assert response.status_code == 302
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locales["sv"])


def translate(client, translation, texts):
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        if segment.string.data in texts:
            response = client.put(
                reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
                f"value={texts[segment.string.data]}",
                content_type="application/x-www-form-urlencoded",
            )
            assert response.status_code in (200, 201)


def last_message(response):
    return [str(message) for message in get_messages(response.wsgi_request)][-1]


def is_live(page):
    return Page.objects.get(pk=page.pk).live


def test_the_rule_refuses_until_the_swedish_translation_is_finished_and_then_publishes_both(
    client, publisher, finnish_draft, locales
):
    response = publish_in_editor(client, finnish_draft)

    assert response.status_code == 302
    assert last_message(response) == (
        "“Jäähallin aukioloajat” was not published, because its Swedish version must go live at the same time. "
        "It has no Swedish translation yet: translate it into Swedish first. Nothing was changed on the public site."
    )
    assert not is_live(finnish_draft)

    translation = order_swedish_translation(client, finnish_draft, locales)
    translate(client, translation, {"Jäähallin aukioloajat": "Ishallens öppettider"})
    response = publish_in_editor(client, finnish_draft)

    assert last_message(response).endswith(
        "Not yet translated into Swedish: Introduction. Nothing was changed on the public site."
    )
    assert not is_live(finnish_draft)

    translate(client, translation, SWEDISH)
    response = publish_in_editor(client, finnish_draft)

    assert response.status_code == 302
    assert is_live(finnish_draft)
    swedish = finnish_draft.get_translation(locales["sv"]).specific
    assert swedish.live
    assert (swedish.title, swedish.introduction) == ("Ishallens öppettider", "Ishallen är öppen varje dag.")
    # English is optional: it is still missing, and that did not hold Finnish and Swedish back.
    statuses = {s.code: s.state for s in translation_statuses(source_pages().get(pk=finnish_draft.pk))}
    assert statuses == {"fi": "published", "sv": "published", "en": "missing"}


def test_the_refusal_names_what_is_missing_in_finnish_and_swedish(client, publisher, finnish_draft, locales):
    translation = order_swedish_translation(client, finnish_draft, locales)
    translate(client, translation, {"Jäähallin aukioloajat": "Ishallens öppettider"})
    profile = UserProfile.get_for_user(publisher)
    for language, expected in (
        ("fi", "Vielä kääntämättä ruotsiksi: Johdanto."),
        ("sv", "Ännu inte översatt till svenska: Ingress."),
    ):
        profile.preferred_language = language
        profile.save()
        assert expected in last_message(publish_in_editor(client, finnish_draft))


def test_publishing_in_code_meets_the_same_rule(finnish_draft):
    # Bulk publishing, scheduled publishing and workflows all end in Page.publish.
    with pytest.raises(SwedishNotReadyError):
        finnish_draft.get_latest_revision().publish()
    assert not is_live(finnish_draft)


def test_an_exempt_page_type_is_published_in_finnish_alone(client, publisher, finnish_draft, settings):
    settings.SWEDISH_READY_EXEMPT_PAGE_TYPES = ["home.StandardPage"]

    publish_in_editor(client, finnish_draft)

    assert is_live(finnish_draft)


def test_an_urgent_notice_goes_live_in_finnish_first_only_for_those_allowed_and_is_logged(
    client, publisher, finnish_draft, locales
):
    edit_url = reverse("wagtailadmin_pages:edit", args=[finnish_draft.pk])
    assert URGENT_PUBLISH not in client.get(edit_url).content.decode()
    publish_in_editor(client, finnish_draft, action=URGENT_PUBLISH)
    assert not is_live(finnish_draft)

    publisher.user_permissions.add(Permission.objects.get(codename="publish_before_swedish"))
    assert URGENT_PUBLISH in client.get(edit_url).content.decode()
    response = publish_in_editor(client, finnish_draft, action=URGENT_PUBLISH)

    assert is_live(finnish_draft)
    assert "was published in Finnish only, as an urgent notice" in last_message(response)
    entry = PageLogEntry.objects.get(page=finnish_draft, action="home.published_before_swedish")
    assert entry.user == publisher
    assert entry.data["missing"] is True
    history = client.get(reverse("wagtailadmin_pages:history", args=[finnish_draft.pk])).content.decode()
    assert "Published in Finnish as an urgent notice before the Swedish translation was ready" in history


def test_without_the_setting_finnish_is_published_alone(client, publisher, finnish_draft, settings):
    settings.SWEDISH_READY_BEFORE_PUBLISHING = False

    publish_in_editor(client, finnish_draft)

    assert is_live(finnish_draft)


def test_publishing_in_code_publishes_the_finished_swedish_translation_with_it(
    client, publisher, finnish_draft, locales
):
    translation = order_swedish_translation(client, finnish_draft, locales)
    translate(client, translation, SWEDISH)

    finnish_draft.get_latest_revision().publish()

    swedish = finnish_draft.get_translation(locales["sv"]).specific
    assert is_live(finnish_draft) and swedish.live
    assert swedish.title == "Ishallens öppettider"


def test_the_demo_loaders_way_of_publishing_passes_the_rule_and_leaves_nothing_out_of_date(home):
    content = {
        "fi": {"title": "Uimahalli", "slug": "uimahalli", "introduction": "Uimahalli on auki."},
        "sv": {"title": "Simhallen", "slug": "simhallen", "introduction": "Simhallen är öppen."},
        "en": {"title": "Swimming hall", "slug": "swimming-hall", "introduction": "The swimming hall is open."},
    }

    page = add_translated_page(home, StandardPage, content)

    statuses = {s.code: s.state for s in translation_statuses(source_pages().get(pk=page.pk))}
    assert statuses == {"fi": "published", "sv": "published", "en": "published"}
