"""Fixtures for the proposal tests: the pages in three languages, people with their roles, and proposals."""

import time

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django_tasks.signals import task_finished
from wagtail.users.models import UserProfile

from experiments.models import Theme
from home.demo_support import add_translated_page, translations_of
from participation.groups import MODERATORS_GROUP
from participation.models import OTHER_THEME, ProposalBoardPage, ProposalFormPage
from participation.spam import TIMESTAMP_FIELD, signed_render_time
from tests.factories import ProposalFactory, translated_vocabulary

FORM_URLS = {"fi": "/fi/ehdota/", "sv": "/sv/foresla/", "en": "/en/suggest/"}
BOARD_URLS = {"fi": "/fi/ideat/", "sv": "/sv/ideer/", "en": "/en/ideas/"}


@pytest.fixture
def proposal_factory(db):
    return ProposalFactory


@pytest.fixture(autouse=True)
def _tasks_must_not_fail():
    """The immediate task backend records a failing task and carries on; a test should not."""
    failures = []

    def record(sender, task_result, **kwargs):
        if task_result.errors:
            failures.append(task_result.errors[-1].traceback)

    task_finished.connect(record, dispatch_uid="tests.proposals.task_failures")
    yield
    task_finished.disconnect(dispatch_uid="tests.proposals.task_failures")
    assert not failures, failures[0]


@pytest.fixture
def themes(db):
    """The experiments' themes, in Finnish with their Swedish and English names: the one list ideas use too."""
    return {
        "mobility": translated_vocabulary(Theme, {"fi": "Liikkuminen", "sv": "Mobilitet", "en": "Mobility"}),
        "culture": translated_vocabulary(
            Theme, {"fi": "Kaupunkikulttuuri", "sv": "Stadskultur", "en": "Urban culture"}
        ),
        "wellbeing": translated_vocabulary(Theme, {"fi": "Hyvinvointi", "sv": "Välmående", "en": "Wellbeing"}),
    }


def theme_in(theme, language):
    """Return the row of `theme` a reader of `language` sees."""
    return Theme.objects.get(translation_key=theme.translation_key, locale__language_code=language)


@pytest.fixture
def form_page(home):
    """The proposal form in Finnish, Swedish and English (the Finnish page is returned)."""
    return add_translated_page(
        home,
        ProposalFormPage,
        {
            "fi": {"title": "Ehdota ideaa", "slug": "ehdota"},
            "sv": {"title": "Föreslå en idé", "slug": "foresla"},
            "en": {"title": "Suggest an idea", "slug": "suggest"},
        },
    )


@pytest.fixture
def form_pages(form_page):
    return translations_of(form_page)


@pytest.fixture
def board_page(home):
    return add_translated_page(
        home,
        ProposalBoardPage,
        {
            "fi": {"title": "Ideataulu", "slug": "ideat"},
            "sv": {"title": "Idétavlan", "slug": "ideer"},
            "en": {"title": "Idea board", "slug": "ideas"},
        },
    )


@pytest.fixture
def board_pages(board_page):
    return translations_of(board_page)


@pytest.fixture
def submission():
    """Return a function giving what a person sends after a minute with the form, with the test's changes."""
    return valid_submission


def valid_submission(**overrides):
    data = {
        "title": "Kaupunkipyörät Palosaareen",
        "description": "Kaupunkipyöräasema Palosaaren sillan kupeeseen helpottaisi opiskelijoiden liikkumista.",
        "theme": OTHER_THEME,
        "district": "Palosaari",
        "name": "",
        "email": "",
        TIMESTAMP_FIELD: signed_render_time("proposal", time.time() - 60),
    }
    data.update(overrides)
    return data


@pytest.fixture
def moderator(db):
    user = get_user_model().objects.create_user(
        "moderator", email="moderaattori@example.fi", password="pw", first_name="Moderaattori"
    )
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return user


@pytest.fixture
def swedish_moderator(db):
    user = get_user_model().objects.create_user("moderator-sv", email="moderator@example.fi", password="pw")
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "sv"
    profile.save()
    return user


@pytest.fixture
def editor(db):
    """A communications editor: edits pages (Wagtail's Editors group), is no moderator."""
    user = get_user_model().objects.create_user("editor", email="editor@example.fi", password="pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("admin", email="admin@example.fi", password="pw")
