"""An auditor runs axe-core on every public page and form state, in Finnish, Swedish and English, and on the
moderators' and editors' views in the admin: no violation of WCAG 2.0 and 2.1, levels A and AA."""

import pytest

from tests.browser.checks import (
    axe_unavailable_reason,
    describe_violations,
    editing_tour,
    moderation_tour,
    public_tour,
    run_axe,
    skip_unless,
)

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True, scope="session")
def _axe_installed(browser):
    # Session-scoped so that it comes before the demo server: a skip should not cost the demo's loading.
    skip_unless(axe_unavailable_reason())


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_public_page_and_form_state_passes_axe(language, open_page, settings, demo_server):
    stops = public_tour(open_page, settings, demo_server, language)

    problems = [line for stop in stops for line in describe_violations(stop.name, stop.url, stop.violations)]
    assert not problems, f"axe found {len(problems)} problems in {language}:\n" + "\n".join(problems)
    # The tour went where it says: every kind of page, every state of each form.
    assert len(stops) >= 39
    assert {stop.status for stop in stops} >= {200, 404, 410, 429, 503}


def test_moderation_views_pass_axe(page, log_in, base_url):
    log_in(page, "moderator")

    results = moderation_tour(page, base_url)

    problems = [line for name, url, violations in results for line in describe_violations(name, url, violations)]
    assert not problems, "axe found problems in the moderation views:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_page_editor_translation_editor_report_and_staff_guide_pass_axe(page, log_in, base_url, language):
    log_in(page, "editor", language)

    results = editing_tour(page, base_url)

    problems = [line for name, url, violations in results for line in describe_violations(name, url, violations)]
    assert not problems, f"axe found problems in the editing views ({language}):\n" + "\n".join(problems)
    assert page.evaluate("document.documentElement.lang") == language


def test_the_check_sees_a_violation_when_there_is_one(page):
    # Zero violations means something only if axe runs and reports: a picture without a text alternative.
    page.set_content('<!DOCTYPE html><html lang="en"><title>t</title><main><img src="/x.png"></main></html>')

    assert [violation["id"] for violation in run_axe(page)] == ["image-alt"]
