"""A resident reads the portal on a small phone, a larger one, a desktop and a desktop zoomed to 200 %.

Every public page kind is visited once per width and language, in one browser context per width, and what the
tests need is measured on the way: whether the page scrolls sideways (WCAG 1.4.10 asks for none at 320 CSS px,
which is also what a 1280 px screen at 200 % zoom shows as 640), and at 390 px the size of what can be tapped in
the header and the catalog.
"""

from dataclasses import dataclass, field

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import BROWSER_LOCALES, LANGUAGES, TIMEOUT_MS

pytestmark = pytest.mark.browser

# 640 CSS px is what a 1280 px desktop shows at 200 % zoom.
WIDTHS = (320, 390, 640, 1280)
PHONE = 390
PHONE_HEIGHT = 844
# WCAG 2.5.5's size for a target: a finger is not a mouse pointer.
TAP_TARGET = 44

SCROLLS_SIDEWAYS = "() => document.documentElement.scrollWidth > document.documentElement.clientWidth"
# The rectangle a tap lands in: a checkbox's label counts with its box, a link stretched over its card (its ::after
# fills the card) is the card.
TAP_TARGETS = """(root) => {
    const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 1 && r.height > 1; };
    const area = (el) => {
        if (el.matches("input[type=checkbox], input[type=radio]") && el.labels.length) {
            const rects = [el, ...el.labels].map((part) => part.getBoundingClientRect());
            const left = Math.min(...rects.map((r) => r.left)), right = Math.max(...rects.map((r) => r.right));
            const top = Math.min(...rects.map((r) => r.top)), bottom = Math.max(...rects.map((r) => r.bottom));
            return {width: right - left, height: bottom - top};
        }
        const after = getComputedStyle(el, "::after");
        if (el.matches("a") && after.content !== "none" && after.position === "absolute" && el.offsetParent) {
            return el.offsetParent.getBoundingClientRect();
        }
        return el.getBoundingClientRect();
    };
    return [...document.querySelectorAll(root)]
        .flatMap((scope) => [...scope.querySelectorAll("a[href], button, input:not([type=hidden]), select, summary")])
        .filter(visible)
        .map((el) => {
            const r = area(el);
            return {name: `${el.tagName.toLowerCase()} "${(el.innerText || el.name || el.id).trim().slice(0, 40)}"`,
                    width: Math.round(r.width), height: Math.round(r.height)};
        });
}"""


@dataclass
class Visit:
    width: int
    language: str
    kind: str
    path: str
    scrolls_sideways: bool


@dataclass
class Tour:
    visits: list = field(default_factory=list)
    urls: dict = field(default_factory=dict)


def public_pages(language):
    """Return {page kind: path} of one of each public page kind in `language`."""
    from django.utils import translation
    from wagtail.models import Locale, Site

    from experiments.models import (
        ExperimentIndexPage,
        ExperimentPage,
        ImpactPage,
        ThinkTankIndexPage,
        ThinkTankPage,
    )
    from home.models import PortalSettings, StandardPage
    from participation.models import (
        Proposal,
        ProposalBoardPage,
        ProposalFormPage,
        WorkshopIndexPage,
        WorkshopPage,
    )

    def first(model):
        return model.objects.live().public().filter(locale__language_code=language).order_by("path").first()

    locale = Locale.objects.get(language_code=language)
    privacy = PortalSettings.for_site(Site.objects.get(is_default_site=True)).footer_pages(locale)["privacy"]
    standard = (
        StandardPage.objects.live()
        .public()
        .filter(locale__language_code=language)
        .exclude(pk=privacy.pk)
        .order_by("path")
        .first()
    )
    board = first(ProposalBoardPage)
    with translation.override(language):
        return {
            "home page": f"/{language}/",
            "experiment catalog": first(ExperimentIndexPage).url,
            "experiment": first(ExperimentPage).url,
            "think tank listing": first(ThinkTankIndexPage).url,
            "think tank": first(ThinkTankPage).url,
            "impact page": first(ImpactPage).url,
            "workshop listing": first(WorkshopIndexPage).url,
            "workshop": first(WorkshopPage).url,
            "idea form": first(ProposalFormPage).url,
            "idea board": board.url,
            "idea": board.proposal_url(Proposal.objects.public().order_by("pk").first()),
            "search results": f"/{language}/search/?q=Vaasa",
            "standard page": standard.url,
            "privacy notice": privacy.url,
        }


@pytest.fixture(scope="module")
def tour(browser, demo_server, django_db_blocker):
    """Visit every page kind in every language once per width; return what was seen."""
    # The live server thread reads the database while the pages load, as in a test's own body.
    with django_db_blocker.unblock():
        seen = Tour(urls={language: public_pages(language) for language in LANGUAGES})
        for width in WIDTHS:
            context = browser.new_context(base_url=demo_server.url, viewport={"width": width, "height": PHONE_HEIGHT})
            context.set_default_timeout(TIMEOUT_MS)
            page = context.new_page()
            for language in LANGUAGES:
                for kind, path in seen.urls[language].items():
                    response = page.goto(path)
                    assert response.status == 200, f"{kind} <{path}> answered {response.status}"
                    seen.visits.append(Visit(width, language, kind, path, page.evaluate(SCROLLS_SIDEWAYS)))
            context.close()
    return seen


def test_no_public_page_scrolls_sideways_on_a_phone_or_at_200_percent_zoom(tour):
    sideways = [f"{v.width} px, {v.language}: {v.kind} <{v.path}>" for v in tour.visits if v.scrolls_sideways]

    assert not sideways, "These pages are wider than the screen:\n" + "\n".join(sideways)
    assert len(tour.visits) == len(WIDTHS) * len(LANGUAGES) * 14


@pytest.fixture
def phone(browser, demo_server):
    contexts = []

    def opener(language, javascript=True):
        context = browser.new_context(
            base_url=demo_server.url,
            viewport={"width": PHONE, "height": PHONE_HEIGHT},
            locale=BROWSER_LOCALES[language],
            java_script_enabled=javascript,
        )
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield opener
    for context in contexts:
        context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_on_a_phone_without_javascript_the_menu_and_the_search_open_with_one_tap(phone, tour, language):
    page = phone(language, javascript=False)
    page.goto(tour.urls[language]["experiment"])
    menu = page.locator(".header-disclosure--menu > summary")
    search = page.locator(".header-disclosure--search > summary")
    nav_links = page.locator(".site-nav a")

    # The header is compact: the navigation waits behind its button, the languages are one tap away.
    expect(nav_links.first).to_be_hidden()
    expect(page.locator(".language-switcher a").first).to_be_visible()
    assert page.locator(".site-header").bounding_box()["height"] < PHONE_HEIGHT / 4

    menu.click()
    expect(nav_links.first).to_be_visible()
    assert nav_links.count() >= 5

    search.click()
    page.fill("#site-search-q", "Vaasa")
    page.locator(".site-search button").click()
    page.wait_for_url("**/search/?q=Vaasa")


@pytest.mark.parametrize("language", LANGUAGES)
def test_with_javascript_escape_closes_the_menu_and_the_focus_goes_back_to_its_button(phone, tour, language):
    page = phone(language)
    page.goto(tour.urls[language]["home page"])
    menu = page.locator(".header-disclosure--menu")

    menu.locator("summary").click()
    page.locator(".site-nav a").first.focus()
    page.keyboard.press("Escape")

    expect(page.locator(".site-nav a").first).to_be_hidden()
    expect(menu.locator("summary")).to_be_focused()
    # Opening the search puts the cursor in its field, ready to type.
    page.locator(".header-disclosure--search > summary").click()
    expect(page.locator("#site-search-q")).to_be_focused()
    assert menu.get_attribute("open") is None


def test_on_a_desktop_the_navigation_and_search_are_a_bar_as_before(browser, demo_server, tour):
    context = browser.new_context(base_url=demo_server.url, viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(tour.urls["fi"]["home page"])

    expect(page.locator(".site-nav a").first).to_be_visible()
    expect(page.locator("#site-search-q")).to_be_visible()
    expect(page.locator(".header-disclosure > summary").first).to_be_hidden()
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalog_shows_results_first_on_a_phone_and_says_how_many_filters_are_on(phone, tour, language):
    from django.utils import translation

    from experiments.models import ExperimentPage

    page = phone(language)
    completed = ExperimentPage.objects.live().filter(locale__language_code=language, status="completed")
    year = completed.exclude(starts_on=None).order_by("pk").first().starts_on.year
    # Two statuses and a year: three filters on, and at least one experiment to show.
    page.goto(f"{tour.urls[language]['experiment catalog']}?status=running&status=completed&year={year}")
    filters = page.locator(".catalog-filters-disclosure")

    expect(page.locator("#id_q")).to_be_hidden()
    with translation.override(language):
        count = translation.npgettext(
            "filters chosen in the catalog", "%(counter)s filter on", "%(counter)s filters on", 3
        )
    expect(filters.locator(".catalog-filters-disclosure__count")).to_have_text(count % {"counter": 3})
    results = page.locator(".catalog-results > li")
    assert results.count() > 0
    assert results.first.bounding_box()["y"] < PHONE_HEIGHT, "the first result is on the first screen"

    filters.locator("summary").click()
    expect(page.locator("#id_q")).to_be_visible()
    expect(page.locator("input[name=status][value=running]")).to_be_checked()


def test_what_a_phone_user_taps_in_the_header_and_the_catalog_is_at_least_44_px(phone, tour):
    page = phone("fi")
    page.goto(tour.urls["fi"]["experiment catalog"])
    targets = page.evaluate(TAP_TARGETS, ".site-header")
    page.locator(".header-disclosure--menu > summary").click()
    targets += page.evaluate(TAP_TARGETS, ".site-nav")
    page.locator(".header-disclosure--search > summary").click()
    targets += page.evaluate(TAP_TARGETS, ".site-search")
    page.keyboard.press("Escape")
    page.locator(".catalog-filters-disclosure > summary").click()
    targets += page.evaluate(TAP_TARGETS, ".site-main")

    small = [t for t in targets if t["width"] < TAP_TARGET or t["height"] < TAP_TARGET]
    assert not small, "Too small to tap:\n" + "\n".join(f"{t['name']}: {t['width']} x {t['height']}" for t in small)
    names = {t["name"].split(" ")[0] for t in targets}
    assert {"a", "summary", "input", "select", "button"} <= names, "every kind of control was measured"
