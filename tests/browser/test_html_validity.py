"""Every public page and form state, in Finnish, Swedish and English, is valid HTML by the Nu HTML Checker,
which runs offline on the machine's Java."""

import pytest

from tests.browser.checks import (
    Document,
    describe_html_messages,
    public_tour,
    skip_unless,
    validate_html,
    validator_unavailable_reason,
)

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True, scope="session")
def _validator_installed(browser):
    # Session-scoped so that it comes before the demo server: a skip should not cost the demo's loading.
    skip_unless(validator_unavailable_reason())


def test_every_public_page_and_form_state_is_valid_html(open_page, settings, demo_server):
    documents = [
        Document(f"{language}: {stop.name}", stop.url, stop.html)
        for language in ("fi", "sv", "en")
        for stop in public_tour(open_page, settings, demo_server, language)
    ]

    # A page known to be broken goes into the same run: zero errors mean something only if the checker reports.
    canary = Document("canary", "-", '<!DOCTYPE html><html lang="en"><title>t</title><p><div></p></html>')

    messages = validate_html([*documents, canary])

    assert any(document == canary and kind == "error" for document, kind, _message in messages)
    problems = describe_html_messages([message for message in messages if message[0] != canary])
    assert not problems, f"{len(problems)} HTML problems:\n" + "\n".join(problems)
    assert len(documents) >= 3 * 39
