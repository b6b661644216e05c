"""A workshop belongs to the think tank that runs it and to what it works on; residents find it from every side.

An editor names the think tank (required) and picks the experiments and public ideas in the admin; the listing, the
think tank's page and both calendar feeds show the same workshops, and the workshop page links back to everything
it belongs to, in Finnish, Swedish and English.
"""

import re
from datetime import timedelta

import icalendar
import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation

from home.demo_support import add_translated_page, translations_of
from home.translation import publish_translations
from participation.models import (
    ProposalBoardPage,
    ProposalStatus,
    WorkshopExperiment,
    WorkshopIndexPage,
    WorkshopPage,
    WorkshopProposal,
)
from tests.factories import ProposalFactory, publish_programme
from tests.participation.workshops.support import INDEX_CONTENT, make_workshop, workshop_content
from tests.security.test_admin_scripts import assert_every_inline_script_has_the_nonce
from tests.staff import log_in_staff

pytestmark = pytest.mark.django_db

LANGUAGES = ["fi", "sv", "en"]
LISTING_PATHS = {"fi": "/fi/tyopajat/", "sv": "/sv/workshoppar/", "en": "/en/workshops/"}
THINK_TANK_PATHS = {
    "fi": "/fi/ajatushautomot/tyomatkat/",
    "sv": "/sv/tankesmedjor/arbetsresor/",
    "en": "/en/think-tanks/commuting/",
}
EXPERIMENT_PATHS = {
    "fi": "/fi/kokeilut/runsor-express/",
    "sv": "/sv/forsok/runsor-express-sv/",
    "en": "/en/experiments/runsor-express-en/",
}
BOARD_PATHS = {"fi": "/fi/ideat/", "sv": "/sv/ideer/", "en": "/en/ideas/"}
WORKSHOP_PATHS = {
    "fi": "/fi/ajatushautomot/tyomatkat/{slug}/",
    "sv": "/sv/tankesmedjor/arbetsresor/{slug}-sv/",
    "en": "/en/think-tanks/commuting/{slug}-en/",
}
ORGANISED_BY = {"fi": "Järjestäjä", "sv": "Arrangör", "en": "Organised by"}
TITLES = {
    "fi": "Kiertotalouden työpaja",
    "sv": "Workshop om cirkulär ekonomi",
    "en": "Circular economy workshop",
}


@pytest.fixture
def programme(home):
    return publish_programme(home)


@pytest.fixture
def listing(home):
    return add_translated_page(home, WorkshopIndexPage, INDEX_CONTENT)


@pytest.fixture
def board(home):
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
def idea(db):
    return ProposalFactory(
        title="Aamubussi keskustasta Runsoriin", status=ProposalStatus.REFINED, decided_at=timezone.now()
    )


def link(workshop, experiments=(), ideas=()):
    """Link the Finnish workshop to experiments and ideas, publish it, and bring its translations up to date."""
    workshop.experiment_links = [WorkshopExperiment(experiment=page) for page in experiments]
    workshop.proposal_links = [WorkshopProposal(proposal=idea) for idea in ideas]
    workshop.save_revision().publish()
    content = workshop_content(workshop.slug)
    publish_translations(workshop, {code: WorkshopPage(**content[code]) for code in ("sv", "en")})
    return workshop


def starting_in(days):
    starts = timezone.now() + timedelta(days=days)
    return {"starts_at": starts, "ends_at": starts + timedelta(hours=2)}


def feed_summaries(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    return sorted(str(event["summary"]) for event in calendar.walk("VEVENT"))


def calendar_link(html):
    """Return the address of the iCalendar feed announced in the page's head."""
    head = html.split("</head>", 1)[0]
    return re.search(r'<link rel="alternate" type="text/calendar" title="[^"]*" href="([^"]+)">', head).group(1)


def card_titles(html):
    """Return the titles of the workshop cards in `html`, in alphabetical order."""
    return sorted(re.findall(r'<article class="page-card workshop-card">\s*<h3><a href="[^"]*">([^<]+)</a>', html))


# Listing, think tank page and feeds


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_listing_shows_a_workshop_placed_under_its_think_tank(client, programme, listing, language):
    think_tank = programme["think_tank"]
    make_workshop(think_tank, slug="hautomossa", think_tank=think_tank)
    make_workshop(listing, slug="listalla", think_tank=think_tank, **starting_in(12))
    html = client.get(LISTING_PATHS[language]).content.decode()
    upcoming = html.partition('id="past-heading"')[0]
    assert card_titles(upcoming) == [TITLES[language]] * 2
    assert WORKSHOP_PATHS[language].format(slug="hautomossa") in upcoming


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_listing_the_think_tank_page_and_both_feeds_agree_on_the_workshops(client, programme, listing, language):
    think_tank = programme["think_tank"]
    under_think_tank = make_workshop(think_tank, slug="hautomossa", think_tank=think_tank, **starting_in(5))
    under_listing = make_workshop(listing, slug="listalla", think_tank=think_tank, **starting_in(9))
    someone_elses = make_workshop(listing, slug="muu", **starting_in(7))
    make_workshop(think_tank, slug="mennyt", think_tank=think_tank, **starting_in(-30))
    # Titles that tell the three upcoming ones apart in every language.
    for workshop, suffix in ((under_think_tank, "A"), (under_listing, "B"), (someone_elses, "C")):
        for version in workshop.get_translations(inclusive=True).specific():
            version.title = f"{version.title} {suffix}"
            version.save_revision().publish()
    title = TITLES[language]

    listing_html = client.get(LISTING_PATHS[language]).content.decode()
    think_tank_html = client.get(THINK_TANK_PATHS[language]).content.decode()
    listing_upcoming = card_titles(listing_html.partition('id="past-heading"')[0])
    think_tank_upcoming = card_titles(think_tank_html.partition('id="past-workshops-heading"')[0])

    assert listing_upcoming == [f"{title} A", f"{title} B", f"{title} C"]
    assert think_tank_upcoming == [f"{title} A", f"{title} B"]
    assert feed_summaries(client, calendar_link(listing_html)) == sorted(listing_upcoming)
    think_tank_feed = calendar_link(think_tank_html)
    assert think_tank_feed.startswith(LISTING_PATHS[language])
    assert feed_summaries(client, think_tank_feed) == think_tank_upcoming
    # The past workshop is on the think tank page, apart, and in no feed.
    assert card_titles(think_tank_html.partition('id="past-workshops-heading"')[2]) == [title]


def test_a_think_tank_feed_is_served_only_in_the_think_tanks_own_language(client, programme, listing):
    think_tank = programme["think_tank"]
    make_workshop(think_tank, slug="hautomossa", think_tank=think_tank)
    finnish_listing = listing.url
    assert client.get(f"{finnish_listing}think-tank/{think_tank.pk}/calendar/").status_code == 200
    swedish_listing = listing.get_translation(Locale.objects.get(language_code="sv")).url
    assert client.get(f"{swedish_listing}think-tank/{think_tank.pk}/calendar/").status_code == 404
    assert client.get(f"{finnish_listing}think-tank/{listing.pk}/calendar/").status_code == 404


def test_the_listing_costs_the_same_queries_for_few_or_many_workshops(client, programme, listing):
    think_tank = programme["think_tank"]

    def queries():
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            assert client.get(LISTING_PATHS["sv"]).status_code == 200
        return len(captured)

    def add(numbers):
        for number in numbers:
            parent = think_tank if number % 3 else listing
            # Upcoming and past alike, under the think tank and under the listing.
            days = number if number % 2 else -number
            make_workshop(parent, slug=f"paja-{number}", think_tank=think_tank, **starting_in(days))

    add(range(1, 3))
    queries()  # the first request also creates the site's settings
    few = queries()
    add(range(3, 21))
    assert queries() == few


# The workshop page


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_workshop_page_names_its_think_tank_and_links_its_experiment_and_idea(
    client, programme, board, idea, language
):
    think_tank = programme["think_tank"]
    hidden_idea = ProposalFactory(title="Vielä käsittelyssä oleva idea", status=ProposalStatus.IN_REVIEW)
    workshop = make_workshop(think_tank, slug="runsor-palaute", think_tank=think_tank)
    link(workshop, experiments=[programme["experiment"]], ideas=[idea, hidden_idea])

    html = client.get(WORKSHOP_PATHS[language].format(slug="runsor-palaute")).content.decode()
    facts = html.split('class="workshop-facts workshop-belongs"', 1)[1].split("</dl>", 1)[0]
    assert f"<dt>{ORGANISED_BY[language]}</dt>" in facts
    assert f'href="{THINK_TANK_PATHS[language]}"' in facts
    assert f'href="{EXPERIMENT_PATHS[language]}"' in facts
    # The idea is shown as its author wrote it, on the idea board of the reader's language.
    assert f'href="{BOARD_PATHS[language]}{idea.reference}/" lang="fi">Aamubussi keskustasta Runsoriin</a>' in facts
    assert "Vielä käsittelyssä" not in html


def test_an_unpublished_experiment_is_not_linked_from_the_workshop(client, programme):
    think_tank, experiment = programme["think_tank"], programme["experiment"]
    workshop = make_workshop(think_tank, slug="runsor-palaute", think_tank=think_tank)
    link(workshop, experiments=[experiment])
    experiment.get_translation(Locale.objects.get(language_code="en")).unpublish()
    english = client.get(WORKSHOP_PATHS["en"].format(slug="runsor-palaute")).content.decode()
    assert EXPERIMENT_PATHS["en"] not in english and EXPERIMENT_PATHS["fi"] not in english
    assert EXPERIMENT_PATHS["sv"] in client.get(WORKSHOP_PATHS["sv"].format(slug="runsor-palaute")).content.decode()


# The admin


def admin_user(django_user_model, language):
    user = django_user_model.objects.create_superuser(f"viestinta-{language}", f"{language}@example.fi", "x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def edit_data(workshop, **changes):
    local = timezone.localtime
    data = {
        "title": workshop.title,
        "slug": workshop.slug,
        "introduction": workshop.introduction,
        "starts_at": local(workshop.starts_at).strftime("%Y-%m-%d %H:%M"),
        "ends_at": local(workshop.ends_at).strftime("%Y-%m-%d %H:%M"),
        "venue": workshop.venue,
        "address": "",
        "step_free_access": "on",
        "accessibility_details": "",
        "online_url": "",
        "capacity": workshop.capacity,
        "registration_opens_at": "",
        "registration_closes_at": "",
        "waitlist_enabled": "on",
        "think_tank": workshop.think_tank_id or "",
        "experiment_links": inline_formset([]),
        "proposal_links": inline_formset([]),
        "body": streamfield([]),
        "action-publish": "action-publish",
        **changes,
    }
    form_data = nested_form_data(data)
    form_data["languages"] = workshop.languages  # checkboxes: one value each
    return form_data


REQUIRED_MESSAGES = {
    "fi": "Valitse ajatushautomo, joka järjestää työpajan.",
    "sv": "Välj den tankesmedja som ordnar workshoppen.",
    "en": "Choose the think tank that runs the workshop.",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_editor_must_name_the_think_tank_that_runs_the_workshop(
    client, django_user_model, programme, listing, language
):
    log_in_staff(client, admin_user(django_user_model, language))
    workshop = make_workshop(listing, slug="ilman-hautomoa")
    url = reverse("wagtailadmin_pages:edit", args=[workshop.pk])

    response = client.post(url, edit_data(workshop, title="Uusi otsikko"))
    assert response.status_code == 200
    assert REQUIRED_MESSAGES[language] in response.content.decode()
    workshop.refresh_from_db()
    assert workshop.title == "Kiertotalouden työpaja" and workshop.think_tank is None

    think_tank = programme["think_tank"]
    response = client.post(url, edit_data(workshop, title="Uusi otsikko", think_tank=think_tank.pk))
    assert response.status_code == 302
    workshop.refresh_from_db()
    assert workshop.title == "Uusi otsikko" and workshop.think_tank == think_tank


def test_the_editor_offers_choosers_for_experiments_and_ideas(client, django_user_model, programme):
    log_in_staff(client, admin_user(django_user_model, "en"))
    think_tank = programme["think_tank"]
    workshop = make_workshop(think_tank, slug="runsor-palaute", think_tank=think_tank)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[workshop.pk]))
    html = response.content.decode()
    # Wagtail's multiple chooser panels, started by the nonced script of home's template override: under the
    # Content-Security-Policy a script without the nonce would not run and the "add" buttons would do nothing.
    assert_every_inline_script_has_the_nonce(response)
    for relation in ("experiment_links", "proposal_links"):
        assert f'id="id_{relation}-CHOOSER_WIDGET"' in html
    assert html.count("new MultipleChooserPanel(") == 2
    assert "Experiments it works on" in html and "Ideas it works on" in html
    assert reverse("public_idea_chooser:choose") in html
    assert "/admin/choose-page/" in html


def test_the_idea_chooser_offers_only_public_ideas_to_an_editor(client, idea, django_user_model):
    editor = django_user_model.objects.create_user("toimittaja", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    log_in_staff(client, editor)
    hidden = ProposalFactory(title="Piilossa pysyvä ehdotus", status=ProposalStatus.IN_REVIEW)
    headers = {"X-Requested-With": "XMLHttpRequest"}
    listing = client.get(reverse("public_idea_chooser:choose"), headers=headers).content.decode()
    assert idea.title in listing and idea.reference in listing
    assert hidden.title not in listing
    assert client.get(reverse("public_idea_chooser:chosen", args=[idea.pk]), headers=headers).status_code == 200
    # (A 404 on an address without a language is first sent to the same address with one.)
    chosen_hidden = client.get(reverse("public_idea_chooser:chosen", args=[hidden.pk]), headers=headers, follow=True)
    assert chosen_hidden.status_code == 404


def test_a_form_naming_an_idea_that_is_not_public_is_refused(client, django_user_model, programme):
    log_in_staff(client, admin_user(django_user_model, "en"))
    think_tank = programme["think_tank"]
    workshop = make_workshop(think_tank, slug="runsor-palaute", think_tank=think_tank)
    hidden = ProposalFactory(status=ProposalStatus.IN_REVIEW)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[workshop.pk]),
        edit_data(workshop, proposal_links=inline_formset([{"proposal": hidden.pk}])),
    )
    assert response.status_code == 200
    assert "Choose an idea that is on the public idea board." in response.content.decode()
    assert not workshop.proposal_links.exists()


def test_translations_share_the_think_tank_experiments_and_ideas(
    client, django_capture_on_commit_callbacks, django_user_model, programme, board, idea
):
    log_in_staff(client, admin_user(django_user_model, "fi"))
    think_tank, experiment = programme["think_tank"], programme["experiment"]
    workshop = make_workshop(think_tank, slug="runsor-palaute", think_tank=think_tank)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[workshop.pk]),
        edit_data(
            workshop,
            experiment_links=inline_formset([{"experiment": experiment.pk}]),
            proposal_links=inline_formset([{"proposal": idea.pk}]),
        ),
    )
    assert response.status_code == 302

    source = Translation.objects.filter(source__object_id=workshop.translation_key).first().source
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]), {"publish_translations": "on"}
        )
    assert response.status_code == 302
    versions = translations_of(workshop)
    for code in LANGUAGES:
        page = WorkshopPage.objects.get(pk=versions[code].pk)
        # The links point at the Finnish pages in every language; the page shows each in its reader's language.
        assert page.think_tank_id == think_tank.pk
        assert [link.experiment_id for link in page.experiment_links.all()] == [experiment.pk]
        assert [link.proposal_id for link in page.proposal_links.all()] == [idea.pk]
        html = client.get(page.url).content.decode()
        assert f'href="{EXPERIMENT_PATHS[code]}"' in html
        assert f'href="{BOARD_PATHS[code]}{idea.reference}/"' in html
