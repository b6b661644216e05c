"""Ideas and experiments are sorted by one list of themes, which editors keep and translators translate."""

import importlib
import re
import uuid

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import translation

from experiments.models import Theme
from participation.models import OTHER_THEME, Proposal, ProposalStatus
from participation.proposals.services import proposal_decide, proposals_export_personal_data
from tests.factories import publish_catalog, publish_experiment, publish_think_tank, publish_vocabulary
from tests.staff import log_in_staff

from .conftest import BOARD_URLS, FORM_URLS, theme_in

pytestmark = pytest.mark.django_db

LANGUAGES = ["fi", "sv", "en"]
CATALOG_URLS = {"fi": "/fi/kokeilut/", "sv": "/sv/forsok/", "en": "/en/experiments/"}
EXPERIMENT_TITLES = {"fi": "Runsor Express", "sv": "Runsor Express på svenska", "en": "Runsor Express commuter bus"}
FORM_THEMES = re.compile(r'<input type="radio"[^>]* name="theme" value="([^"]+)"')
BOARD_THEMES = re.compile(r'<option value="(\d+)"')
CATALOG_THEMES = re.compile(r'<input type="checkbox"[^>]* name="theme" value="(\d+)"')


@pytest.fixture
def programme(home):
    """Two themes in three languages and a mobility experiment in the catalog."""
    vocabulary = publish_vocabulary()
    catalog = publish_catalog(home)
    experiment = publish_experiment(catalog, publish_think_tank(home, vocabulary), vocabulary)
    return {"mobility": vocabulary["mobility"], "culture": vocabulary["culture"], "experiment": experiment}


def html_of(client, url, params=None):
    response = client.get(url, params or {})
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_one_theme_row_is_what_the_form_offers_and_the_board_and_the_catalog_filter_on(
    client, programme, form_page, board_page, submission, django_capture_on_commit_callbacks, language
):
    mobility, culture = theme_in(programme["mobility"], language), theme_in(programme["culture"], language)
    languages_rows = {str(mobility.pk), str(culture.pk)}

    # The form offers the reader's language's themes, and "something else" for an idea that fits none.
    form = html_of(client, FORM_URLS[language])
    assert set(FORM_THEMES.findall(form)) == {*languages_rows, OTHER_THEME}
    assert mobility.name in form

    # A resident sends an idea on mobility, a moderator accepts it.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(FORM_URLS[language], submission(theme=mobility.pk))
    assert response.status_code == 302
    proposal = Proposal.objects.get()
    # The idea keeps the Finnish row, whatever language it was sent in.
    assert proposal.theme == programme["mobility"]
    proposal_decide(proposal=proposal, status=ProposalStatus.ACCEPTED)

    # The board offers the same rows and finds the idea by the row the form offered.
    board = html_of(client, BOARD_URLS[language], {"theme": mobility.pk})
    assert set(BOARD_THEMES.findall(board)) == languages_rows
    assert f'<option value="{mobility.pk}" selected>{mobility.name}</option>' in board
    assert "Kaupunkipyörät Palosaareen" in board
    assert "Kaupunkipyörät Palosaareen" not in html_of(client, BOARD_URLS[language], {"theme": culture.pk})

    # So does the catalog, for the experiments.
    catalog = html_of(client, CATALOG_URLS[language], {"theme": mobility.pk})
    assert set(CATALOG_THEMES.findall(catalog)) == languages_rows
    assert EXPERIMENT_TITLES[language] in catalog
    assert EXPERIMENT_TITLES[language] not in html_of(client, CATALOG_URLS[language], {"theme": culture.pk})


def test_an_idea_on_something_else_has_no_theme_and_a_theme_is_still_to_be_chosen(
    client, programme, form_page, submission
):
    assert client.post(FORM_URLS["sv"], submission(title="Något helt annat")).status_code == 302
    assert Proposal.objects.get().theme is None

    # Nothing chosen, or a theme from another language's list, is a mistake the form points out.
    for value in ["", theme_in(programme["mobility"], "fi").pk, "mobility"]:
        html = client.post(FORM_URLS["sv"], submission(theme=value)).content.decode()
        assert 'id="id_theme_error"' in html
    assert Proposal.objects.count() == 1


def test_a_theme_renamed_by_an_editor_is_renamed_on_every_idea(client, programme, board_page, proposal_factory):
    proposal_factory(title="Kaupunkipyörät Palosaareen", theme=programme["mobility"], status=ProposalStatus.ACCEPTED)
    swedish = theme_in(programme["mobility"], "sv")
    swedish.name = "Rörlighet"
    swedish.save()
    assert "<dd>Rörlighet</dd>" in html_of(client, BOARD_URLS["sv"])
    assert "<dd>Liikkuminen</dd>" in html_of(client, BOARD_URLS["fi"])


def test_the_personal_data_export_names_the_theme_in_the_language_the_idea_was_written_in(programme, proposal_factory):
    proposal_factory(language="sv", email="anna@example.fi", theme=programme["culture"])
    proposal_factory(language="en", email="anna@example.fi", theme=None)
    with translation.override("fi"):
        swedish, english = proposals_export_personal_data("anna@example.fi")
    assert (swedish["theme"], swedish["theme_code"]) == ("Stadskultur", str(programme["culture"].translation_key))
    assert (english["theme"], english["theme_code"]) == ("Something else", OTHER_THEME)


def test_the_queue_export_has_the_theme_by_name_and_by_a_code_that_does_not_change(
    client, moderator, programme, proposal_factory
):
    proposal_factory(title="Kaupunkipyörät Palosaareen", theme=programme["mobility"])
    proposal_factory(title="Jotain muuta", theme=None)
    log_in_staff(client, moderator)
    url = reverse(Proposal.snippet_viewset.get_url_name("list"))
    export = b"".join(client.get(url + "?export=csv").streaming_content).decode("utf-8-sig")
    # Moderators work in Finnish unless they chose another language, and Finnish spreadsheets split on semicolons.
    assert f"Liikkuminen;{programme['mobility'].translation_key};" in export
    assert f"Jokin muu;{OTHER_THEME};" in export


# --- the migration that moved each idea's theme code to a theme ---------------------------------------------

MIGRATION = importlib.import_module("participation.migrations.0006_proposal_theme_to_snippet")


def demo_theme_key(slug):
    return uuid.uuid5(MIGRATION.DEMO_NAMESPACE, f"theme/{slug}")


def test_the_migration_finds_the_demos_themes_by_key_and_others_by_their_finnish_name(locales):
    from experiments.demo import demo_key

    # The migration's copy of the demo's namespace must stay the demo's.
    assert demo_theme_key("mobility") == demo_key("theme", "mobility")
    mobility = Theme.objects.create(name="Liikenne", translation_key=demo_theme_key("mobility"), locale=locales["fi"])
    culture = Theme.objects.create(name="kaupunkikulttuuri", locale=locales["fi"])
    Theme.objects.create(name="Stadskultur", translation_key=culture.translation_key, locale=locales["sv"])

    themes = MIGRATION.themes_of_codes(apps, ["mobility", "culture", "other"])

    assert themes == {"mobility": mobility, "culture": culture}
    assert Theme.objects.count() == 3


def test_the_migration_creates_a_theme_in_every_language_only_for_a_code_an_idea_has(locales):
    themes = MIGRATION.themes_of_codes(apps, ["wellbeing"])

    created = themes["wellbeing"]
    assert (created.locale, created.name) == (locales["fi"], "Hyvinvointi ja palvelut")
    names = dict(
        Theme.objects.filter(translation_key=created.translation_key).values_list("locale__language_code", "name")
    )
    assert names == {"fi": "Hyvinvointi ja palvelut", "sv": "Välfärd och tjänster", "en": "Wellbeing and services"}
    # A second run finds it rather than making another.
    assert MIGRATION.themes_of_codes(apps, ["wellbeing"]) == themes
    assert not Theme.objects.filter(name="Kiertotalous").exists()


def test_undone_the_migration_gives_each_theme_its_old_code_back(locales):
    themes = MIGRATION.themes_of_codes(apps, ["digital", "students"])
    swedish = Theme.objects.get(translation_key=themes["students"].translation_key, locale=locales["sv"])
    assert swedish.name == "Studerande slår rot i Vasa"
    by_key = {theme.translation_key: code for code, theme in themes.items()}
    assert MIGRATION.code_of_theme(themes["digital"], by_key) == "digital"
    assert MIGRATION.code_of_theme(swedish, by_key) == "students"
    assert MIGRATION.code_of_theme(Theme.objects.create(name="Uusi teema", locale=locales["fi"]), by_key) == "other"
    assert MIGRATION.code_of_theme(None, by_key) == "other"


def test_the_admin_form_offers_each_theme_once_by_its_name_in_the_moderators_language(moderator, programme):
    from participation.proposals.viewsets import ProposalAdminForm

    form_class = Proposal.snippet_viewset.get_edit_handler().get_form_class()
    assert issubclass(form_class, ProposalAdminForm)
    with translation.override("sv"):
        form = form_class(instance=Proposal(), for_user=moderator)
        choices = [str(label) for _value, label in form.fields["theme"].choices]
    # Ideas keep the Finnish rows, sorted by their Finnish names (Kaupunkikulttuuri, Liikkuminen).
    assert choices == ["Något annat", "Stadskultur", "Mobilitet"]


def test_an_idea_on_a_theme_not_yet_translated_shows_the_finnish_name(client, board_page, proposal_factory, locales):
    untranslated = Theme.objects.create(name="Saaristo", locale=locales["fi"])
    proposal_factory(title="Saaristolautta kesäksi", theme=untranslated, status=ProposalStatus.ACCEPTED)
    html = html_of(client, BOARD_URLS["sv"])
    assert "<dd>Saaristo</dd>" in html
    # Not offered as a filter in Swedish until it has a Swedish name, as in the catalog and the form.
    assert f'<option value="{untranslated.pk}"' not in html
