"""Every interface string reads right in Finnish and Swedish, and the compiled catalogues match the sources."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

CATALOGUES = sorted(Path(settings.BASE_DIR, "locale").glob("*/LC_MESSAGES/django.po"))


def test_finnish_and_swedish_catalogues_exist():
    languages = {path.parts[-3] for path in CATALOGUES}
    assert {"fi", "sv"} <= languages


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda path: path.parts[-3])
def test_every_string_is_translated_and_none_is_fuzzy(po_path):
    catalogue = polib.pofile(str(po_path))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == []
    assert fuzzy == []


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda path: path.parts[-3])
def test_the_compiled_catalogue_is_up_to_date(po_path):
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.exists(), "run: make compile-messages"
    source = {
        (entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural.get(0)
        for entry in polib.pofile(str(po_path))
        if entry.translated()
    }
    compiled = {
        (entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural.get(0) for entry in polib.mofile(str(mo_path))
    }
    compiled.pop((None, ""), None)
    assert compiled == source, "The .mo file is stale: run `manage.py compile_catalogues --force`."
