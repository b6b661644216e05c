"""A resident searches the site and finds pages in the language they are reading, whatever form of a word they type."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.text import slugify
from wagtail.models import Locale, PageViewRestriction

from home.demo_support import add_translated_page
from home.models import StandardPage
from home.search.models import PageSearchEntry

pytestmark = pytest.mark.django_db


def finnish_page(home, title, introduction, slug=None):
    page = StandardPage(title=title, slug=slug or slugify(title), introduction=introduction)
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def results(client, language, query):
    return client.get(f"/{language}/search/", {"q": query}).content.decode()


def test_a_swedish_word_finds_the_swedish_page_only_under_the_swedish_search(client, translated_page):
    swedish = results(client, "sv", "tankesmedjorna")
    assert '<a class="fw-bold" href="/sv/tankesmedja/">Tankesmedja</a>' in swedish

    finnish = results(client, "fi", "tankesmedjorna")
    assert "/sv/tankesmedja/" not in finnish
    assert "Mitään ei löytynyt" in finnish


def test_a_finnish_word_finds_the_finnish_page(client, translated_page):
    html = results(client, "fi", "ajatushautomoissa")
    assert '<a class="fw-bold" href="/fi/ajatushautomo/">Ajatushautomo</a>' in html
    assert "/en/think-tank/" not in html


def test_inflected_finnish_words_find_the_pages_that_use_the_base_form(client, home):
    finnish_page(home, "Maksuton bussi", "Kokeilu kesti koko kesän.")
    finnish_page(home, "Ajatushautomo kokoontuu", "Kerran kuussa.")

    assert "/fi/maksuton-bussi/" in results(client, "fi", "bussilla")
    assert "/fi/maksuton-bussi/" in results(client, "fi", "kokeilussa")
    assert "/fi/ajatushautomo-kokoontuu/" in results(client, "fi", "ajatushautomon")


def test_inflected_swedish_words_find_the_pages_that_use_the_base_form(client, home):
    add_translated_page(
        home,
        StandardPage,
        {
            "fi": {"title": "Kokeilu", "slug": "kokeilu", "introduction": "Ajatushautomo kokeilee."},
            "sv": {"title": "Ett försök", "slug": "ett-forsok", "introduction": "En tankesmedja prövar en workshop."},
        },
    )

    for query in ["försöket", "tankesmedjan", "workshoppen"]:
        assert "/sv/ett-forsok/" in results(client, "sv", query), query


def test_a_page_with_the_word_in_its_title_comes_before_pages_that_only_mention_it(client, home):
    finnish_page(home, "Kirjasto", "Lainaa kirjoja.", slug="kirjasto")
    finnish_page(home, "Talvi", "Kirjasto kirjasto kirjasto: kirjastossa on lämmintä ja kirjastossa on kirjoja.")

    html = results(client, "fi", "kirjastossa")
    assert html.index("/fi/kirjasto/") < html.index("/fi/talvi/")


def test_each_result_shows_its_type_and_a_short_passage_with_the_words_marked(client, home):
    long_text = " ".join(["Alussa kerrotaan muuta."] * 20) + " Bussi kulki kesällä <joka> lauantai. " + "Loppu. " * 30
    finnish_page(home, "Lauantait", long_text)

    html = results(client, "fi", "bussilla")
    assert "Perussivu" in html
    assert "<mark>Bussi</mark> kulki kesällä &lt;joka&gt; lauantai." in html
    passage = (
        html.split("<mark>Bussi</mark>")[0].rsplit("<p", 1)[1] + html.split("<mark>Bussi</mark>")[1].split("</p>")[0]
    )
    assert passage.count(" ") < 45
    assert "…" in passage


def test_page_text_with_markup_is_shown_as_text(client, home):
    finnish_page(home, "Varoitus", 'Kokeilu <script>alert("x")</script> loppui.')

    html = results(client, "fi", "kokeilu")
    assert "<script>alert" not in html
    assert "<mark>Kokeilu</mark> &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; loppui." in html


@pytest.mark.parametrize("query", ["", "a", " ? "])
def test_an_empty_or_one_letter_search_says_what_to_type_and_searches_nothing(client, home, query):
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/fi/search/", {"q": query}).content.decode()
    assert "Kirjoita vähintään 2 kirjainta." in html
    assert 'aria-describedby="search-hint"' in html
    assert not [q for q in queries.captured_queries if "home_pagesearchentry" in q["sql"]]


def test_the_hint_names_the_minimum_the_search_applies(client, home, settings, monkeypatch):
    monkeypatch.setattr("home.search.services.MIN_QUERY_LETTERS", 3)
    monkeypatch.setattr("home.search.views.MIN_QUERY_LETTERS", 3)
    html = client.get("/sv/search/", {"q": "ab"}).content.decode()
    assert "Skriv minst 3 bokstäver." in html


def test_opening_the_search_page_shows_the_form_without_results(client, home):
    response = client.get("/en/search/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<input type="search" id="search-page-q" name="q" value=""' in html
    assert "result" not in html.split('id="main"')[1]
    assert "Type at least" not in html


def test_what_was_searched_for_is_shown_escaped(client, home):
    html = client.get("/en/search/", {"q": '<script>alert("x")</script>'}).content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_the_search_page_links_to_itself_in_the_other_languages(client, home):
    html = client.get("/fi/search/", {"q": "kokeilu"}).content.decode()
    assert 'href="/sv/search/?q=kokeilu" hreflang="sv"' in html
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/search/?q=kokeilu">' in html


def test_a_translation_not_yet_published_is_not_found(client, home):
    page = finnish_page(home, "Kokeilu", "Teksti.")
    draft = page.copy_for_translation(Locale.objects.get(language_code="sv"))
    draft.title = "Försök"
    draft.save_revision()

    assert "Försök" not in results(client, "sv", "försök").split('id="main"')[1]


def test_an_unpublished_page_is_no_longer_found_and_a_republished_one_is_found_by_its_new_words(client, home):
    page = finnish_page(home, "Kesäkokeilu", "Polkupyörät lainaan.")
    assert "/fi/kesakokeilu/" in results(client, "fi", "polkupyörillä")

    page.unpublish()
    assert "/fi/kesakokeilu/" not in results(client, "fi", "polkupyörillä")

    page.refresh_from_db()
    page.introduction = "Kirjasto lainaa."
    page.save_revision().publish()
    assert "/fi/kesakokeilu/" not in results(client, "fi", "polkupyörillä")
    assert "/fi/kesakokeilu/" in results(client, "fi", "kirjastossa")


def test_a_draft_of_a_published_page_is_not_searched_until_it_is_published(client, home):
    page = finnish_page(home, "Kesäkokeilu", "Polkupyörät lainaan.")
    page.introduction = "Salainen luonnos."
    page.save_revision()

    assert "/fi/kesakokeilu/" not in results(client, "fi", "luonnos")


def test_a_private_page_is_not_found(client, home):
    page = finnish_page(home, "Sisäinen kokeilu", "Vain henkilöstölle.")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    assert "/fi/sisainen-kokeilu/" not in results(client, "fi", "henkilöstölle")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="GIN indexes are PostgreSQL's")
def test_on_postgresql_the_words_are_found_through_a_gin_index(home):
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE tablename = 'home_pagesearchentry'")
        definitions = [row[0] for row in cursor.fetchall()]
    assert any("USING gin (vector)" in definition for definition in definitions), definitions


def test_a_deleted_page_leaves_the_index(home):
    page = finnish_page(home, "Poistuva", "Teksti.")
    page.delete()
    assert not PageSearchEntry.objects.filter(page_id=page.pk).exists()


def test_rebuilding_the_index_finds_pages_published_before_the_index_existed(client, home):
    finnish_page(home, "Kaupunkipyörät", "Pyörät kesäksi.")
    PageSearchEntry.objects.all().delete()
    assert "/fi/kaupunkipyorat/" not in results(client, "fi", "kaupunkipyörillä")

    call_command("rebuild_search_index", stdout=None)
    assert "/fi/kaupunkipyorat/" in results(client, "fi", "kaupunkipyörillä")


def count_queries(client, query):
    client.get("/fi/search/", {"q": query})  # the site and its root paths are cached from here on
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/fi/search/", {"q": query}).content.decode()
    return len(queries.captured_queries), html


def test_a_page_of_results_costs_the_same_number_of_queries_however_many_pages_match(client, home):
    for number in range(2):
        finnish_page(home, f"Kahvila {number}", "Korjauskahvila.", slug=f"kahvila-{number}")
    for number in range(20):
        finnish_page(home, f"Tori {number}", "Torilla.", slug=f"tori-{number}")

    two, two_html = count_queries(client, "kahvilassa")
    twenty, twenty_html = count_queries(client, "torilla")

    assert "2 tulosta" in two_html
    assert "20 tulosta" in twenty_html
    assert two == twenty


def test_results_come_ten_to_a_page(client, home):
    for number in range(12):
        finnish_page(home, f"Tori {number}", "Torilla.", slug=f"tori-{number}")

    second = client.get("/fi/search/", {"q": "torilla", "page": 2}).content.decode()
    assert second.count('class="fw-bold"') == 2
    assert 'start="11"' in second


def test_a_heading_is_found_by_its_words_and_its_level_is_no_word_of_the_page(client, translated_page, locales):
    swedish = StandardPage.objects.get(locale=locales["sv"], translation_key=translated_page.translation_key)
    swedish.body = [("heading", {"text": "Så arbetar tankesmedjorna", "level": "h2"})]
    swedish.save_revision().publish()

    html = results(client, "sv", "tankesmedjorna")
    assert "Så arbetar <mark>tankesmedjorna</mark>" in html
    entry = PageSearchEntry.objects.get(page=swedish)
    assert "h2" not in entry.body.split() and "Mellanrubrik" not in entry.body and "Väliotsikko" not in entry.body
