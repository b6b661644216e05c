"""An editor publishes a change through one app server; anonymous visitors see it on both at once."""

import re
import uuid

import pytest
import requests

from tests.integration.harness import admin_session, finnish_home_id, publish

pytestmark = pytest.mark.integration

# The page is Finnish only: the editor publishes it with the urgent-notice button, which the Swedish-ready rule lets
# through (home/translation_publishing); what is tested here is how a publish reaches both servers.
URGENTLY = {"action-publish": "urgent-finnish-first"}


def heading(server_url):
    """What an anonymous visitor (no cookies) reads as the page's main heading."""
    response = requests.get(server_url, timeout=10)
    assert response.status_code == 200
    return re.search(r"<h1>(.*?)</h1>", response.text).group(1)


def test_a_change_published_through_one_server_is_what_visitors_of_both_read_next(stack):
    editor = admin_session(stack, "web_a")
    slug = f"kokeilu-{uuid.uuid4().hex[:8]}"
    publish(
        editor,
        stack.url("web_a", f"/admin/pages/add/home/standardpage/{finnish_home_id(stack)}/"),
        title="Kaupunkipyöräkokeilu",
        slug=slug,
        introduction="Ensimmäinen versio.",
        **URGENTLY,
    )
    page_url = f"/fi/{slug}/"
    # Visitors read the first version on both servers, more than once: whatever either server caches, it has it now.
    for _ in range(3):
        assert heading(stack.url("web_a", page_url)) == heading(stack.url("web_b", page_url)) == "Kaupunkipyöräkokeilu"

    ((page_id,),) = stack.sql("SELECT id FROM wagtailcore_page WHERE slug = %s", [slug])
    publish(
        editor,
        stack.url("web_a", f"/admin/pages/{page_id}/edit/"),
        title="Kaupunkipyöräkokeilu jatkuu",
        slug=slug,
        introduction="Toinen versio.",
        **URGENTLY,
    )

    # The other server first, at once: no waiting for an expiry.
    assert heading(stack.url("web_b", page_url)) == "Kaupunkipyöräkokeilu jatkuu"
    assert heading(stack.url("web_a", page_url)) == "Kaupunkipyöräkokeilu jatkuu"
    assert "Toinen versio." in requests.get(stack.url("web_b", page_url), timeout=10).text


def test_an_editor_logged_in_through_one_server_is_logged_in_on_the_other(stack):
    editor = admin_session(stack, "web_a")

    response = editor.get(stack.url("web_b", "/admin/"), timeout=10)

    assert response.status_code == 200
    assert "/admin/login/" not in response.url
