"""Where things are in the demo content, in each language, and small steps the journeys share."""

import re

# The demo's addresses: the same pages in Finnish, Swedish and English.
DEMO = {
    "fi": {
        "catalog": "/fi/kokeilut/",
        "proposal": "/fi/ehdota-ideaa/",
        "workshop": "/fi/ajatushautomot/intergalaktinen-ajatushautomo/kiertotalouden-ideapaja/",
        "search": "/fi/search/",
    },
    "sv": {
        "catalog": "/sv/forsok/",
        "proposal": "/sv/foresla-en-ide/",
        "workshop": "/sv/tankesmedjor/intergalaktiska-tankesmedjan/ideworkshop-cirkular-ekonomi/",
        "search": "/sv/search/",
    },
    "en": {
        "catalog": "/en/experiments/",
        "proposal": "/en/suggest-an-idea/",
        "workshop": "/en/think-tanks/intergalactic-think-tank/circular-economy-idea-workshop/",
        "search": "/en/search/",
    },
}
OTHER_LANGUAGE = {"fi": "sv", "sv": "en", "en": "fi"}


def path_of(page):
    return re.sub(r"^https?://[^/]+", "", page.url)


def first_number(text):
    match = re.search(r"\d+", text)
    assert match, f"no number in {text!r}"
    return int(match.group())


def seats_left(page):
    return first_number(page.locator(".seat-status").inner_text())


def alternate_href(page, language):
    """Return the path of this page in `language`, as the page itself announces it (hreflang alternates)."""
    href = page.locator(f'link[rel="alternate"][hreflang="{language}"]').get_attribute("href")
    return re.sub(r"^https?://[^/]+", "", href)


def navigates(page, action):
    """Do `action` (a click, Enter on a form) and wait for the page it leads to: the asserts then see that page."""
    with page.expect_navigation():
        action()
