"""The harness's own promises, which the journeys rely on: a watched page reports what a CSP blocks."""

import pytest

pytestmark = pytest.mark.browser

BLOCKED_PAGE = "<!DOCTYPE html><html lang='en'><head><title>CSP</title></head><body><script>1</script></body></html>"


def test_a_watched_page_reports_an_inline_script_that_the_policy_blocks(page, base_url, csp_violations):
    violations = csp_violations(page)
    page.route(
        f"{base_url}/csp-probe/",
        lambda route: route.fulfill(
            status=200,
            content_type="text/html",
            headers={"Content-Security-Policy": "script-src 'self'"},
            body=BLOCKED_PAGE,
        ),
    )

    page.goto("/csp-probe/")
    # The report comes back from the page asynchronously.
    for _ in range(50):
        if violations:
            break
        page.wait_for_timeout(100)

    assert any("script-src" in violation for violation in violations), violations


def test_the_front_page_breaks_no_content_security_policy(page, csp_violations):
    violations = csp_violations(page)
    page.goto("/en/")
    assert violations == []
