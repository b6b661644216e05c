"""Anyone reads the accepted ideas, the city's response and the experiment each became; names only with consent."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

from participation.models import ProposalStatus

from .conftest import BOARD_URLS, theme_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def ideas(proposal_factory, board_page, translated_page, themes):
    return {
        "accepted": proposal_factory(
            title="Korttelijuhlat Palosaareen",
            theme=themes["culture"],
            status=ProposalStatus.ACCEPTED,
            public_response="Kaupunkikulttuurin ajatushautomo ottaa idean kokeilulistalle.",
            name="Aino Asukas",
            name_consent=True,
        ),
        "refined": proposal_factory(
            title="Work bus to Runsor",
            language="en",
            theme=themes["mobility"],
            status=ProposalStatus.REFINED,
            experiment=translated_page,
            name="Secret Name",
            name_consent=False,
        ),
        "new": proposal_factory(title="Vielä käsittelyssä", status=ProposalStatus.NEW),
        "declined": proposal_factory(title="Hylätty idea", status=ProposalStatus.DECLINED),
        "spam": proposal_factory(title="Cheap watches", status=ProposalStatus.SPAM),
        "needs_info": proposal_factory(title="Tarvitaan lisätietoa", status=ProposalStatus.NEEDS_INFO),
    }


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_board_lists_accepted_ideas_only_in_a_translated_interface(client, ideas, language):
    response = client.get(BOARD_URLS[language])
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert "Korttelijuhlat Palosaareen" in html and "Work bus to Runsor" in html
    for hidden in ["Vielä käsittelyssä", "Hylätty idea", "Cheap watches", "Tarvitaan lisätietoa"]:
        assert hidden not in html
    with translation.override(language):
        assert str(ProposalStatus.ACCEPTED.label) in html
        assert str(ProposalStatus.REFINED.label) in html
        assert translation.gettext("The city's response") in html
    assert "Kaupunkikulttuurin ajatushautomo ottaa idean kokeilulistalle." in html


def test_text_residents_wrote_carries_its_own_language(client, ideas):
    html = client.get(BOARD_URLS["sv"]).content.decode()
    assert '<h2 class="h4 proposal-card__title" lang="fi">' in html
    assert '<h2 class="h4 proposal-card__title" lang="en">' in html


def test_an_author_is_named_only_with_consent(client, ideas):
    html = client.get(BOARD_URLS["fi"]).content.decode()
    assert "Aino Asukas" in html
    assert "Secret Name" not in html
    assert "Secret Name" not in client.get(f"{BOARD_URLS['fi']}{ideas['refined'].reference}/").content.decode()


@pytest.mark.parametrize(
    ("language", "name"), [("fi", "Kaupunkikulttuuri"), ("sv", "Stadskultur"), ("en", "Urban culture")]
)
def test_the_board_filters_by_theme_without_javascript(client, ideas, themes, language, name):
    culture = theme_in(themes["culture"], language)
    html = client.get(BOARD_URLS[language] + f"?theme={culture.pk}").content.decode()
    assert "Korttelijuhlat Palosaareen" in html and "Work bus to Runsor" not in html
    assert f'<option value="{culture.pk}" selected>{name}</option>' in html
    # The idea shows its theme in the reader's language, though it keeps the Finnish one.
    assert f"<dd>{name}</dd>" in html
    # An unknown theme shows everything rather than an error.
    assert "Work bus to Runsor" in client.get(BOARD_URLS[language] + "?theme=<x>").content.decode()
    assert "Work bus to Runsor" in client.get(BOARD_URLS[language] + "?theme=987654").content.decode()


def test_a_theme_without_ideas_says_so(client, ideas, themes):
    html = client.get(BOARD_URLS["en"] + f"?theme={theme_in(themes['wellbeing'], 'en').pk}").content.decode()
    assert "No idea on this theme has been accepted yet." in html


def test_an_idea_links_to_the_experiment_it_became_in_the_readers_language(client, ideas):
    html = client.get(f"{BOARD_URLS['sv']}{ideas['refined'].reference}/").content.decode()
    # The idea was linked to the Finnish page; a Swedish reader is taken to the Swedish one.
    assert '<a href="/sv/tankesmedja/">Tankesmedja</a>' in html
    board = client.get(BOARD_URLS["en"]).content.decode()
    assert '<a href="/en/think-tank/">Think tank</a>' in board


def test_only_public_ideas_have_a_page(client, ideas):
    assert client.get(f"{BOARD_URLS['fi']}{ideas['accepted'].reference}/").status_code == 200
    assert client.get(f"{BOARD_URLS['fi']}{ideas['accepted'].reference.lower()}/").status_code == 200
    for hidden in ["new", "declined", "spam", "needs_info"]:
        assert client.get(f"{BOARD_URLS['fi']}{ideas[hidden].reference}/").status_code == 404
    assert client.get(f"{BOARD_URLS['fi']}NOPE-NOPE/").status_code == 404


def test_the_board_pages_through_many_ideas(client, board_page, proposal_factory):
    proposal_factory.create_batch(15, status=ProposalStatus.ACCEPTED)
    first = client.get(BOARD_URLS["fi"]).content.decode()
    second = client.get(BOARD_URLS["fi"] + "?page=2").content.decode()
    assert first.count('class="proposal-card"') == 12
    assert second.count('class="proposal-card"') == 3
    assert 'rel="next"' in first


def test_an_experiment_page_lists_the_ideas_it_came_from(ideas, board_pages, translated_page, locales):
    """What the experiments app's template gets from `{% experiment_source_proposals page %}`."""
    template = Template("{% load proposal_tags %}{% experiment_source_proposals page %}")
    request = RequestFactory().get("/sv/tankesmedja/", HTTP_HOST="testserver")
    swedish_experiment = translated_page.get_translation(locales["sv"])
    with translation.override("sv"):
        html = template.render(Context({"page": swedish_experiment, "request": request}))
        heading = translation.npgettext(
            "heading above the ideas an experiment came from",
            "The resident's idea behind this experiment",
            "The residents' ideas behind this experiment",
            1,
        )
    assert heading in html
    assert f'<a href="/sv/ideer/{ideas["refined"].reference}/" lang="en">Work bus to Runsor</a>' in html
    assert "Secret Name" not in html


def test_a_page_no_idea_led_to_lists_nothing(ideas, home):
    template = Template("{% load proposal_tags %}{% experiment_source_proposals page %}")
    request = RequestFactory().get("/fi/")
    assert template.render(Context({"page": home, "request": request})).strip() == ""


def test_the_board_costs_the_same_queries_for_few_or_many_ideas(
    client, board_page, translated_page, proposal_factory, themes, django_assert_max_num_queries
):
    """Each idea's theme is read in the reader's language in the listing's own query, filtered or not."""
    english_culture = theme_in(themes["culture"], "en")

    def queries_for_board(query=""):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as captured:
            assert client.get(BOARD_URLS["en"] + query).status_code == 200
        return len(captured)

    def add_ideas(count):
        for number in range(count):
            theme = (themes["culture"], themes["mobility"], None)[number % 3]
            proposal_factory(status=ProposalStatus.REFINED, experiment=translated_page, theme=theme)

    add_ideas(10)
    # Warm the navigation and footer caches (the first request also creates the site's settings, which
    # starts a new content version).
    client.get(BOARD_URLS["en"])
    client.get(BOARD_URLS["en"])
    few = (queries_for_board(), queries_for_board(f"?theme={english_culture.pk}"))
    add_ideas(190)
    many = (queries_for_board(), queries_for_board(f"?theme={english_culture.pk}"))
    assert few == many
    html = client.get(BOARD_URLS["en"]).content.decode()
    assert "<dd>Urban culture</dd>" in html and "<dd>Mobility</dd>" in html and "<dd>Something else</dd>" in html
    with django_assert_max_num_queries(25):
        client.get(BOARD_URLS["en"])
