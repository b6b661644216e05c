"""Residents read the home page and content pages in three languages; editors place pages where they belong."""

import pytest
from wagtail.models import Page

from home.demo_support import add_translated_page, paragraphs, stream, update_translated_page
from home.models import HomePage, PortalSettings, StandardPage
from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db


def body_in(language, image):
    texts = {
        "fi": ("Mitä opimme", "Kokeilu kesti kolme kuukautta.", "Uskalla kokeilla.", "Lue lisää", "Tapahtumakuva"),
        "sv": ("Vad vi lärde oss", "Försöket pågick i tre månader.", "Våga pröva.", "Läs mer", "Bild från evenemanget"),
        "en": ("What we learnt", "The experiment ran for three months.", "Dare to try.", "Read more", "Event photo"),
    }[language]
    heading, text, quote, link_text, alt = texts
    return stream(
        "test-body",
        [
            ("heading", {"text": heading, "level": "h2"}),
            ("paragraph", paragraphs(text)),
            ("image", {"image": image.pk, "alt_text": alt, "caption": ""}),
            ("quote", {"quote": quote, "attribution": ""}),
            (
                "call_to_action",
                {
                    "heading": heading,
                    "text": text,
                    "link_text": link_text,
                    "page": None,
                    "url": "https://www.vaasa.fi/",
                },
            ),
        ],
    )


@pytest.fixture
def full_page(home):
    image = ImageFactory()
    return add_translated_page(
        home,
        StandardPage,
        {
            language: {"title": title, "slug": slug, "introduction": intro, "body": body_in(language, image)}
            for language, title, slug, intro in [
                ("fi", "Kokeilun tulokset", "tulokset", "Näin kokeilu onnistui."),
                ("sv", "Försökets resultat", "resultat", "Så gick försöket."),
                ("en", "Results of the experiment", "results", "This is how the experiment went."),
            ]
        },
    )


@pytest.mark.parametrize(
    ("path", "language", "heading", "alt", "quote"),
    [
        ("/fi/tulokset/", "fi", "Mitä opimme", "Tapahtumakuva", "Uskalla kokeilla."),
        ("/sv/resultat/", "sv", "Vad vi lärde oss", "Bild från evenemanget", "Våga pröva."),
        ("/en/results/", "en", "What we learnt", "Event photo", "Dare to try."),
    ],
)
def test_a_standard_page_with_every_block_reads_in_its_language(client, full_page, path, language, heading, alt, quote):
    response = client.get(path)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert f"<h2>{heading}</h2>" in html
    assert f'alt="{alt}"' in html
    assert quote in html
    assert 'href="https://www.vaasa.fi/"' in html
    assert 'class="skip-link" href="#main"' in html
    assert '<main id="main"' in html
    for code, slug in (("fi", "tulokset"), ("sv", "resultat"), ("en", "results")):
        assert f'<link rel="alternate" hreflang="{code}" href="http://testserver/{code}/{slug}/">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/fi/tulokset/">' in html


def test_interface_text_follows_the_language_of_the_address(client, translated_page):
    assert "Siirry pääsisältöön" in client.get("/fi/ajatushautomo/").content.decode()
    assert "Hoppa till huvudinnehållet" in client.get("/sv/tankesmedja/").content.decode()
    assert "Skip to main content" in client.get("/en/think-tank/").content.decode()


def test_navigation_lists_menu_pages_of_the_same_language(client, translated_page):
    html = client.get("/sv/").content.decode()
    assert '<a href="/sv/tankesmedja/">Tankesmedja</a>' in html
    assert "/fi/ajatushautomo/" not in html.split('class="site-nav"')[1].split("</nav>")[0]


def test_the_footer_links_to_the_privacy_notice_and_accessibility_statement_in_each_language(client, site, home):
    pages = {}
    for key, titles in {
        "privacy": (
            ("Tietosuojaseloste", "tietosuoja"),
            ("Dataskyddsbeskrivning", "dataskydd"),
            ("Privacy notice", "privacy"),
        ),
        "accessibility": (
            ("Saavutettavuusseloste", "saavutettavuus"),
            ("Tillgänglighetsutlåtande", "tillganglighet"),
            ("Accessibility statement", "accessibility"),
        ),
    }.items():
        pages[key] = add_translated_page(
            home,
            StandardPage,
            {
                code: {"title": title, "slug": slug}
                for code, (title, slug) in zip(("fi", "sv", "en"), titles, strict=True)
            },
        )
    PortalSettings.objects.update_or_create(
        site=site, defaults={"privacy_page": pages["privacy"], "accessibility_page": pages["accessibility"]}
    )
    assert '<a href="/sv/dataskydd/">Dataskyddsbeskrivning</a>' in client.get("/sv/").content.decode()
    english = client.get("/en/").content.decode()
    assert '<a href="/en/privacy/">Privacy notice</a>' in english
    assert '<a href="/en/accessibility/">Accessibility statement</a>' in english


def test_featured_sections_show_each_pick_in_the_readers_language_and_only_when_published(
    client, home, translated_page, locales
):
    section = {"heading": "", "text": "", "pages": [translated_page.pk], "more_page": None}
    update_translated_page(
        home,
        {
            code: {
                "title": title,
                "slug": slug,
                "hero_text": "…",
                "featured": stream("featured", [("featured_pages", {**section, "heading": heading})]),
            }
            for code, title, slug, heading in [
                ("fi", "Tulevaisuuden Vaasa", "koti", "Ajatushautomot"),
                ("sv", "Framtidens Vasa", "hem", "Tankesmedjor"),
                ("en", "Future Vaasa", "home", "Think tanks"),
            ]
        },
    )
    swedish = client.get("/sv/").content.decode()
    assert '<h2 id="featured-1">Tankesmedjor</h2>' in swedish
    assert '<a href="/sv/tankesmedja/">Tankesmedja</a>' in swedish

    translated_page.get_translation(locales["en"]).unpublish()
    english = client.get("/en/").content.decode()
    assert 'id="featured-1"' not in english
    assert "/fi/ajatushautomo/" not in english


def feature_pages(home, pages):
    section = {"heading": "Nostot", "text": "", "pages": [page.pk for page in pages], "more_page": None}
    update_translated_page(
        home,
        {
            code: {
                "title": title,
                "slug": slug,
                "hero_text": "…",
                "featured": stream("featured", [("featured_pages", section)]),
            }
            for code, title, slug in [
                ("fi", "Tulevaisuuden Vaasa", "koti"),
                ("sv", "Framtidens Vasa", "hem"),
                ("en", "Future Vaasa", "home"),
            ]
        },
    )


def count_queries(client, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(path)  # cached fragments (navigation, footer) are filled on the first view
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_home_page_costs_the_same_number_of_queries_with_one_or_six_featured_pages(client, site, home):
    PortalSettings.for_site(site)
    pages = [
        add_translated_page(
            home, StandardPage, {code: {"title": f"{code} {n}", "slug": f"{code}-{n}"} for code in ("fi", "sv", "en")}
        )
        for n in range(6)
    ]
    feature_pages(home, pages[:1])
    one = count_queries(client, "/sv/")
    feature_pages(home, pages)
    six = count_queries(client, "/sv/")
    assert one == six
    assert six <= 12


def test_editors_place_content_pages_under_the_home_page_and_home_pages_only_at_the_root(home, translated_page):
    assert StandardPage.can_create_at(home)
    assert StandardPage.can_create_at(translated_page)
    assert HomePage.can_create_at(Page.get_first_root_node())
    assert not HomePage.can_create_at(home)
    assert not HomePage.can_create_at(translated_page)
