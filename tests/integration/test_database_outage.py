"""The database goes away for a moment: the health check says so, a form gets "try again", nothing is half-saved."""

import uuid

import pytest
import requests

from tests.integration.harness import admin_session, finnish_home_id, form_fields, publish, wait_until

URGENT = "urgent-finnish-first"

pytestmark = pytest.mark.integration

FINNISH_HEADING = "<h1>Yritä hetken kuluttua uudelleen</h1>"


def page_state(stack, page_id):
    ((title, revisions),) = stack.sql(
        "SELECT p.title, (SELECT count(*) FROM wagtailcore_revision r WHERE r.object_id = p.id::text) "
        "FROM wagtailcore_page p WHERE p.id = %s",
        [page_id],
    )
    return title, revisions


def test_during_an_outage_health_says_so_and_an_edit_is_refused_whole_then_works_again(stack, database_back_after_test):
    editor = admin_session(stack, "web_a")
    slug = f"tyopaja-{uuid.uuid4().hex[:8]}"
    home_id = finnish_home_id(stack)
    # A Finnish-only page goes out with the urgent-notice button, which the Swedish-ready rule lets through.
    publish(
        editor,
        stack.url("web_a", f"/admin/pages/add/home/standardpage/{home_id}/"),
        title="Työpaja",
        slug=slug,
        **{"action-publish": URGENT},
    )
    ((page_id,),) = stack.sql("SELECT id FROM wagtailcore_page WHERE slug = %s", [slug])
    edit_url = stack.url("web_a", f"/admin/pages/{page_id}/edit/")
    fields = form_fields(editor.get(edit_url, timeout=10).text, containing="title")
    before = page_state(stack, page_id)
    new_title = f"Työpaja {uuid.uuid4().hex[:6]}"
    # The editor has the form open with a new title when the database goes away, and presses Publish.
    submission = {**fields, "title": new_title, "body-count": "0", "action-publish": URGENT}

    database_back_after_test.stop()

    for server in stack.SERVERS:
        health = requests.get(stack.url(server, "/healthz/"), timeout=10)
        assert health.status_code == 503
        assert health.json() == {"status": "unavailable", "checks": {"database": "unavailable", "cache": "ok"}}
        assert "no-store" in health.headers["Cache-Control"]

    response = editor.post(edit_url, data=submission, headers={"Accept-Language": "fi"}, timeout=20)
    assert response.status_code == 503
    assert FINNISH_HEADING in response.text
    assert "joten mitään ei tallennettu" in response.text
    assert "Traceback" not in response.text and "OperationalError" not in response.text

    # A search is never served from a cache, so a reader meets the outage too, on the other server.
    reader = requests.get(stack.url("web_b", f"/fi/search/?q={uuid.uuid4().hex}"), timeout=10)
    assert reader.status_code == 503
    assert FINNISH_HEADING in reader.text and "Retry-After" in reader.headers

    database_back_after_test.start()
    for server in stack.SERVERS:
        wait_until(lambda server=server: stack.healthy(server), timeout=30, message=f"{server} did not recover")

    assert page_state(stack, page_id) == before
    assert not stack.sql("SELECT 1 FROM wagtailcore_page WHERE title = %s", [new_title])

    # Trying again, as the page says, works.
    retry = editor.post(edit_url, data=submission, timeout=20)
    assert retry.status_code == 200 and "/edit/" not in retry.url
    assert page_state(stack, page_id)[0] == new_title
    assert f"<h1>{new_title}</h1>" in requests.get(stack.url("web_b", f"/fi/{slug}/"), timeout=10).text
