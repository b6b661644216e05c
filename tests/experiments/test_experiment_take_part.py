"""A reader of an experiment finds how to take part, experiments like it, and, searching, where an experiment stands."""

import re

import pytest
from django.core.cache import cache
from django.utils import translation
from django.utils.html import escape

from home.demo_support import add_translated_page, translations_of
from participation.models import ProposalFormPage, WorkshopIndexPage
from tests.factories import ExperimentPageFactory, ThemeFactory, publish_programme
from tests.participation.workshops.support import INDEX_CONTENT, make_workshop
from tests.participation.workshops.test_workshop_belongs import link, starting_in

pytestmark = pytest.mark.django_db

LANGUAGES = ["fi", "sv", "en"]
FORM_CONTENT = {
    "fi": {"title": "Ehdota ideaa", "slug": "ehdota"},
    "sv": {"title": "Föreslå en idé", "slug": "foresla"},
    "en": {"title": "Suggest an idea", "slug": "suggest"},
}


def translated(language, text):
    with translation.override(language):
        return translation.gettext(text)


def take_part_box(html):
    found = re.search(r'<section class="take-part".*?</section>', html, re.DOTALL)
    return found.group() if found else None


@pytest.fixture
def programme(home):
    return publish_programme(home)


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_experiment_invites_to_its_next_workshop_and_to_send_an_idea_in_the_readers_language(
    client, home, programme, language
):
    listing = add_translated_page(home, WorkshopIndexPage, INDEX_CONTENT)
    later = link(make_workshop(listing, slug="myohemmin", **starting_in(20)), experiments=[programme["experiment"]])
    sooner = link(make_workshop(listing, slug="pian", **starting_in(5)), experiments=[programme["experiment"]])
    link(make_workshop(listing, slug="muuta", **starting_in(3)))  # works on something else
    link(make_workshop(listing, slug="ohi", **starting_in(-3)), experiments=[programme["experiment"]])  # past
    form = translations_of(add_translated_page(home, ProposalFormPage, FORM_CONTENT))[language]
    cache.clear()

    experiment = translations_of(programme["experiment"])[language]
    box = take_part_box(client.get(experiment.url).content.decode())

    assert translated(language, "Take part") in box
    workshops = [translations_of(workshop)[language] for workshop in (sooner, later)]
    links = re.findall(r'<li><a href="([^"]+)">', box)
    assert links == [workshop.url for workshop in workshops] + [form.url, "#follow-heading"]
    assert [escape(workshop.title) in box for workshop in workshops] == [True, True]
    assert f'<a href="{form.url}">{translated(language, "Send an idea")}</a>' in box


def test_without_workshops_or_an_idea_form_the_box_still_leads_to_following_the_experiment(client, programme):
    html = client.get(programme["experiment"].url).content.decode()
    box = take_part_box(html)
    assert re.findall(r'<li><a href="([^"]+)">', box) == ["#follow-heading"]
    assert 'id="follow-heading"' in html


def test_related_experiments_are_those_sharing_most_themes_in_the_same_language(client, programme):
    mobility = programme["vocabulary"]["mobility"]
    other = ThemeFactory()
    catalog = programme["catalog"]
    one_shared = ExperimentPageFactory(parent=catalog, title="Pyöräkokeilu", themes=[mobility, other])
    unrelated = ExperimentPageFactory(parent=catalog, title="Kirjastokokeilu", themes=[other])
    cache.clear()

    html = client.get(programme["experiment"].url).content.decode()
    related = re.search(r'<section class="mt-5" aria-labelledby="related-heading">.*?</section>', html, re.DOTALL)

    assert related is not None
    titles = re.findall(r'experiment-card__title"><a href="[^"]*">([^<]+)</a>', related.group())
    assert titles == [one_shared.title]
    assert unrelated.title not in related.group()
    swedish = client.get(translations_of(programme["experiment"])["sv"].url).content.decode()
    # The Finnish-only experiment is not offered to a Swedish reader.
    assert "Pyöräkokeilu" not in swedish


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_search_result_for_an_experiment_says_where_it_stands(client, programme, language):
    html = client.get(f"/{language}/search/", {"q": "Runsor"}).content.decode()
    results = re.search(r'<ol class="search-results".*?</ol>', html, re.DOTALL).group()
    with translation.override(language):
        label = programme["experiment"].get_status_display()
    assert f'<span class="experiment-status experiment-status--running">{label}</span>' in results
    assert "<mark>Runsor</mark>" in results
