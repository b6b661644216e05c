"""A resident opens the front page in each of the portal's languages, in a real browser."""

import pytest

from tests.browser.conftest import LANGUAGES

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", LANGUAGES)
def test_front_page_opens_in_each_language_and_says_which_language_it_is_in(page, language):
    response = page.goto(f"/{language}/")

    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("main h1").first.is_visible()
    # The switcher marks the language the reader is in as the current one.
    current = page.locator(".language-switcher [aria-current='true']")
    assert current.locator("xpath=ancestor::li").get_attribute("lang") == language
