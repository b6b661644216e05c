"""Translators and editors never put Finnish text live under a Swedish address, whichever way they publish."""

import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, get_page_models
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, Translation

from home.models import StandardPage
from home.translation_publishing.pages import TranslatedPageMixin
from home.translation_publishing.services import UntranslatedTextError
from tests.factories import UserFactory
from tests.staff import log_in_staff

pytestmark = pytest.mark.django_db

FINNISH_TO_SWEDISH = {
    "Talvikokeilut 2027": "Vinterförsök 2027",
    "Kokeilemme lumitöitä yhdessä asukkaiden kanssa.": "Vi prövar snöröjning tillsammans med invånarna.",
}


@pytest.fixture
def editor(client):
    user = UserFactory(is_staff=True, is_superuser=True)
    log_in_staff(client, user)
    return user


def speaks(user, language_code):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language_code
    profile.save()


@pytest.fixture
def finnish_page(home):
    page = StandardPage(
        title="Talvikokeilut 2027",
        slug="talvikokeilut-2027",
        introduction="Kokeilemme lumitöitä yhdessä asukkaiden kanssa.",
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def order_swedish_translation(client, page, locales):
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [locales["sv"].pk]}
    )
    assert response.status_code == 302
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locales["sv"])


def translate(client, translation, texts):
    """Type the Swedish text of the given Finnish segments into the translation editor; leave the rest."""
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        if segment.string.data not in texts:
            continue
        response = client.put(
            reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
            f"value={texts[segment.string.data]}",
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 201), segment.string.data


def publish_in_translation_editor(client, page, django_capture_on_commit_callbacks):
    # wagtail-localize publishes a translation when the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"})


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def swedish_of(page, locales):
    return page.get_translation(locales["sv"]).specific


def test_a_half_translated_page_is_not_published_from_the_translation_editor(
    client, editor, finnish_page, locales, django_capture_on_commit_callbacks
):
    speaks(editor, "sv")
    translation = order_swedish_translation(client, finnish_page, locales)
    translate(client, translation, {"Talvikokeilut 2027": "Vinterförsök 2027"})
    swedish = swedish_of(finnish_page, locales)

    response = publish_in_translation_editor(client, swedish, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert messages_of(response)[-1] == (
        "”Talvikokeilut 2027” (Svenska) publicerades inte eftersom den fortfarande har oöversatt text på finska. "
        "Ännu inte översatt: Ingress. Ingenting ändrades på den offentliga webbplatsen."
    )
    swedish.refresh_from_db()
    assert not swedish.live
    assert client.get("/sv/talvikokeilut-2027/").status_code == 404


def test_a_finished_translation_is_published_at_an_address_made_from_its_swedish_title(
    client, editor, finnish_page, locales, django_capture_on_commit_callbacks
):
    translation = order_swedish_translation(client, finnish_page, locales)
    translate(client, translation, FINNISH_TO_SWEDISH)
    swedish = swedish_of(finnish_page, locales)

    response = publish_in_translation_editor(client, swedish, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    swedish.refresh_from_db()
    assert swedish.live
    assert swedish.slug == "vinterforsok-2027"
    html = client.get("/sv/vinterforsok-2027/").content.decode()
    assert "Vi prövar snöröjning tillsammans med invånarna." in html
    # The draft's first address, made from the Finnish title, only leads to the Swedish one.
    old_address = client.get("/sv/talvikokeilut-2027/")
    assert (old_address.status_code, old_address["Location"]) == (301, "/sv/vinterforsok-2027/")


def test_the_translators_own_slug_wins_over_the_title(
    client, editor, finnish_page, locales, django_capture_on_commit_callbacks
):
    translation = order_swedish_translation(client, finnish_page, locales)
    translate(client, translation, {**FINNISH_TO_SWEDISH, "talvikokeilut-2027": "vinter-2027"})
    swedish = swedish_of(finnish_page, locales)

    publish_in_translation_editor(client, swedish, django_capture_on_commit_callbacks)

    swedish.refresh_from_db()
    assert swedish.live
    assert swedish.slug == "vinter-2027"


def test_sync_with_publish_immediately_keeps_the_swedish_text_live_until_the_change_is_translated(
    client, editor, finnish_page, locales, django_capture_on_commit_callbacks
):
    speaks(editor, "fi")
    translation = order_swedish_translation(client, finnish_page, locales)
    translate(client, translation, FINNISH_TO_SWEDISH)
    publish_in_translation_editor(client, swedish_of(finnish_page, locales), django_capture_on_commit_callbacks)

    finnish_page.introduction = "Kokeilu alkaa tammikuussa Palosaarella."
    finnish_page.save_revision().publish()
    sync_url = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(sync_url, {"publish_translations": "on"})

    assert response.status_code == 302
    assert (
        "Sivua ”Vinterförsök 2027” (Svenska) ei julkaistu, koska siinä on vielä kääntämätöntä suomenkielistä "
        "tekstiä. Kääntämättä: Johdanto. Julkiselle sivustolle ei tehty muutoksia."
    ) in messages_of(response)
    html = client.get("/sv/vinterforsok-2027/").content.decode()
    assert "Vi prövar snöröjning tillsammans med invånarna." in html
    assert "Palosaarella" not in html
    swedish = swedish_of(finnish_page, locales)
    assert swedish.introduction == "Vi prövar snöröjning tillsammans med invånarna."

    # Once the new sentence is translated, the same form publishes it.
    translate(
        client, translation, {"Kokeilu alkaa tammikuussa Palosaarella.": "Försöket börjar i januari i Sandviken."}
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(sync_url, {"publish_translations": "on"})
    html = client.get("/sv/vinterforsok-2027/").content.decode()
    assert "Försöket börjar i januari i Sandviken." in html


def test_bulk_publishing_in_the_page_listing_refuses_an_untranslated_draft(client, editor, finnish_page, locales):
    speaks(editor, "fi")
    order_swedish_translation(client, finnish_page, locales)
    swedish = swedish_of(finnish_page, locales)
    listing = reverse("wagtailadmin_explore", args=[swedish.get_parent().pk])
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))

    response = client.post(f"{url}?id={swedish.pk}&next={listing}", {"include_descendants": ""})

    assert response.status_code == 302
    assert response["Location"] == listing
    message = messages_of(response)[-1]
    assert "Talvikokeilut 2027" in message
    assert "Kääntämättä: Otsikko, Johdanto." in message
    swedish.refresh_from_db()
    assert not swedish.live


def test_scheduled_publishing_cancels_an_untranslated_translation_and_publishes_the_rest(
    editor, client, finnish_page, home, locales
):
    order_swedish_translation(client, finnish_page, locales)
    swedish = swedish_of(finnish_page, locales)
    an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
    swedish_revision = swedish.save_revision(user=editor, approved_go_live_at=an_hour_ago)
    news = StandardPage(title="Uutinen", slug="uutinen", live=False)
    home.add_child(instance=news)
    news.save_revision(user=editor, approved_go_live_at=an_hour_ago)

    errors = io.StringIO()
    call_command("publish_scheduled", stdout=io.StringIO(), stderr=errors)

    swedish.refresh_from_db()
    assert not swedish.live
    assert "”Talvikokeilut 2027” (Svenska)" in errors.getvalue()
    assert "Kääntämättä: Otsikko, Johdanto." in errors.getvalue()
    swedish_revision.refresh_from_db()
    assert swedish_revision.approved_go_live_at is None, "a refused schedule is not retried every minute"
    assert PageLogEntry.objects.filter(page=swedish, action="wagtail.schedule.cancel").exists()
    news.refresh_from_db()
    assert news.live


def test_the_page_editor_refuses_finnish_text_on_a_page_translated_by_hand(client, editor, finnish_page, locales):
    speaks(editor, "fi")
    # A translation made without wagtail-localize's records: Wagtail's own copy for translation.
    swedish = finnish_page.copy_for_translation(locales["sv"])
    data = nested_form_data(
        {
            "title": "Vinterförsök 2027",
            "slug": "vinterforsok-2027",
            "introduction": "Kokeilemme lumitöitä yhdessä asukkaiden kanssa.",
            "body": streamfield([]),
            "action-publish": "action-publish",
        }
    )

    response = client.post(reverse("wagtailadmin_pages:edit", args=[swedish.pk]), data)

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[swedish.pk])
    message = messages_of(response)[-1]
    assert "Kääntämättä: Johdanto." in message
    swedish.refresh_from_db()
    assert not swedish.live

    data["introduction"] = "Vi prövar snöröjning tillsammans med invånarna."
    response = client.post(reverse("wagtailadmin_pages:edit", args=[swedish.pk]), data)
    swedish.refresh_from_db()
    assert swedish.live


def test_after_stopping_the_sync_the_page_editor_still_refuses_the_finnish_text(client, editor, finnish_page, locales):
    speaks(editor, "fi")
    translation = order_swedish_translation(client, finnish_page, locales)
    translate(client, translation, {"Talvikokeilut 2027": "Vinterförsök 2027"})
    swedish = swedish_of(finnish_page, locales)
    client.post(reverse("wagtail_localize:stop_translation", args=[translation.pk]))
    data = nested_form_data(
        {
            "title": "Vinterförsök 2027",
            "slug": "vinterforsok-2027",
            "introduction": "Kokeilemme lumitöitä yhdessä asukkaiden kanssa.",
            "body": streamfield([]),
            "action-publish": "action-publish",
        }
    )

    response = client.post(reverse("wagtailadmin_pages:edit", args=[swedish.pk]), data)

    assert messages_of(response)[-1].endswith("Kääntämättä: Johdanto. Julkiselle sivustolle ei tehty muutoksia.")
    swedish.refresh_from_db()
    assert not swedish.live


def test_publishing_in_code_refuses_untranslated_text_too(client, editor, finnish_page, locales):
    order_swedish_translation(client, finnish_page, locales)
    swedish = swedish_of(finnish_page, locales)

    with pytest.raises(UntranslatedTextError):
        swedish.save_revision().publish()

    swedish.refresh_from_db()
    assert not swedish.live


def test_every_page_type_of_the_portal_refuses_untranslated_text():
    portal_pages = [model for model in get_page_models() if model._meta.app_label != "wagtailcore"]
    assert portal_pages
    assert [model for model in portal_pages if not issubclass(model, TranslatedPageMixin)] == []
    assert Page not in portal_pages


def moderation_form_data(introduction, title="Vinterförsök 2027", **action):
    return nested_form_data(
        {
            "title": title,
            "slug": "vinterforsok-2027",
            "introduction": introduction,
            "body": streamfield([]),
            **action,
        }
    )


@pytest.fixture
def swedish_draft_in_moderation(client, editor, finnish_page, locales):
    """A Swedish page with its introduction still in Finnish, which an editor has submitted for moderation."""
    translation = order_swedish_translation(client, finnish_page, locales)
    translate(client, translation, {"Talvikokeilut 2027": "Vinterförsök 2027"})
    swedish = swedish_of(finnish_page, locales)
    client.post(reverse("wagtail_localize:stop_translation", args=[translation.pk]))
    writer = UserFactory(is_staff=True)
    writer.groups.add(Group.objects.get(name="Editors"))
    log_in_staff(client, writer)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[swedish.pk]),
        moderation_form_data("Kokeilemme lumitöitä yhdessä asukkaiden kanssa.", **{"action-submit": "Submit"}),
    )
    assert response.status_code == 302
    swedish.refresh_from_db()
    assert swedish.workflow_in_progress
    return swedish


@pytest.fixture
def publisher(client):
    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name="Publishers"))
    speaks(user, "fi")
    log_in_staff(client, user)
    return user


def approve(client, page, **extra):
    task_state = page.current_workflow_task_state
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": "Hyvä."},
        **extra,
    )


@pytest.mark.parametrize("from_the_modal", [False, True], ids=["approve", "approve with comment"])
def test_a_publisher_cannot_approve_a_half_translated_page_in_moderation(
    client, swedish_draft_in_moderation, publisher, from_the_modal
):
    swedish = swedish_draft_in_moderation
    task_state = swedish.current_workflow_task_state
    headers = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"} if from_the_modal else {}

    response = approve(client, swedish, **headers)

    assert response.status_code == 200 if from_the_modal else 302
    assert messages_of(response)[-1].endswith("Kääntämättä: Johdanto. Julkiselle sivustolle ei tehty muutoksia.")
    swedish.refresh_from_db()
    assert not swedish.live
    task_state.refresh_from_db()
    assert task_state.status == task_state.STATUS_IN_PROGRESS

    # The translation is finished while the page waits; the same task can then be approved.
    swedish.introduction = "Vi prövar snöröjning tillsammans med invånarna."
    swedish.save_revision()
    response = approve(client, swedish)

    assert response.status_code == 302
    swedish.refresh_from_db()
    assert swedish.live
    assert swedish.introduction == "Vi prövar snöröjning tillsammans med invånarna."


def test_the_approve_button_in_the_page_editor_refuses_a_half_translated_page(
    client, swedish_draft_in_moderation, publisher
):
    swedish = swedish_draft_in_moderation
    task_state = swedish.current_workflow_task_state
    approve_in_editor = {"action-workflow-action": "true", "workflow-action-name": "approve"}

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[swedish.pk]),
        moderation_form_data(
            "Kokeilemme lumitöitä yhdessä asukkaiden kanssa.", title="Vinterförsök i Vasa 2027", **approve_in_editor
        ),
    )

    assert response.status_code == 302
    # The refusal, then Wagtail's note that the draft was saved.
    assert any(
        message.endswith("Kääntämättä: Johdanto. Julkiselle sivustolle ei tehty muutoksia.")
        for message in messages_of(response)
    )
    swedish.refresh_from_db()
    assert not swedish.live
    task_state.refresh_from_db()
    assert task_state.status == task_state.STATUS_IN_PROGRESS

    # What the publisher typed is kept as a draft, as when "Publish" is refused.
    assert swedish.get_latest_revision_as_object().title == "Vinterförsök i Vasa 2027"

    # Translated in the same form, the approval publishes it.
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[swedish.pk]),
        moderation_form_data("Vi prövar snöröjning tillsammans med invånarna.", **approve_in_editor),
    )

    assert response.status_code == 302
    swedish.refresh_from_db()
    assert swedish.live
    assert swedish.introduction == "Vi prövar snöröjning tillsammans med invånarna."
