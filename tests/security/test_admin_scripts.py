"""An editor's admin pages run only scripts the site wrote: inline ones carry this response's nonce, others are files.

Wagtail 8 still initialises date pickers, inline panels and choosers with inline scripts (home/admin_csp.py gives
them a nonce). If a Wagtail or wagtail-localize upgrade adds another inline script, or changes one we give a nonce
to, these tests name it before an editor meets a broken editor.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale

from tests.staff import log_in_staff

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)([^>]*)>", re.IGNORECASE)


@pytest.fixture
def editor_client(client, db):
    admin = get_user_model().objects.create_superuser("editor", "editor@example.fi", "correct horse battery")
    log_in_staff(client, admin)
    return client


def nonce_of(response):
    [script_src] = [
        part.split()[1:] for part in response["Content-Security-Policy"].split(";") if part.split()[0] == "script-src"
    ]
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
    nonces = [source for source in script_src if source.startswith("'nonce-")]
    return script_src, nonces[0][len("'nonce-") : -1] if nonces else None


def assert_every_inline_script_has_the_nonce(response):
    html = response.content.decode()
    script_src, nonce = nonce_of(response)
    inline = INLINE_SCRIPT.findall(html)
    if inline:
        assert nonce, "inline scripts but no nonce in the policy"
    for attributes in inline:
        assert f'nonce="{nonce}"' in attributes, f"an inline script without the nonce: <script{attributes}>"
    return len(inline)


def test_the_experiment_editor_with_dates_choosers_and_inline_panels_runs_only_nonced_scripts(
    editor_client, experiment
):
    response = editor_client.get(f"/admin/pages/{experiment.pk}/edit/")

    assert response.status_code == 200
    # Date pickers, the think tank chooser and the inline panels are all there, each with its script.
    assert assert_every_inline_script_has_the_nonce(response) >= 3
    html = response.content.decode()
    assert "initDateChooser(" in html and "new InlinePanel(" in html and "Chooser(" in html


def test_each_response_gets_a_nonce_of_its_own(editor_client, experiment):
    first = nonce_of(editor_client.get(f"/admin/pages/{experiment.pk}/edit/"))[1]
    second = nonce_of(editor_client.get(f"/admin/pages/{experiment.pk}/edit/"))[1]

    assert first and second and first != second


def test_the_translation_editor_and_the_translate_form_run_only_nonced_scripts(editor_client, experiment):
    swedish = experiment.get_translation(Locale.objects.get(language_code="sv"))

    editor = editor_client.get(f"/admin/pages/{swedish.pk}/edit/")
    translate = editor_client.get(f"/admin/localize/submit/page/{experiment.pk}/")

    assert editor.status_code == translate.status_code == 200
    assert "wagtail_localize/js/wagtail-localize.js" in editor.content.decode()  # wagtail-localize's own editor
    assert assert_every_inline_script_has_the_nonce(editor) >= 1
    assert assert_every_inline_script_has_the_nonce(translate) >= 1


def test_a_page_listing_with_date_filters_and_the_dashboard_run_only_nonced_scripts(editor_client, experiment):
    for path in ("/admin/", f"/admin/pages/{experiment.get_parent().pk}/", "/admin/users/", "/admin/images/"):
        response = editor_client.get(path)
        assert response.status_code == 200, path
        assert_every_inline_script_has_the_nonce(response)


def test_the_live_preview_may_be_framed_by_the_admin_and_by_no_one_else(editor_client, experiment):
    preview_url = f"/admin/pages/{experiment.pk}/edit/preview/"
    editor_client.post(preview_url, {})  # the editor's form, as the preview panel sends it (errors are fine here)
    response = editor_client.get(preview_url)

    policy = dict((part.split()[0], part.split()[1:]) for part in response["Content-Security-Policy"].split(";"))
    assert policy["frame-ancestors"] == ["'self'"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"
