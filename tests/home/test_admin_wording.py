"""Staff read the translation tools in words of their own language, not in the packages' slips."""

import pytest
from django.utils import translation

pytestmark = pytest.mark.django_db


def test_a_finnish_administrator_manages_languages_not_maa_asetustot(admin_client):
    html = admin_client.get("/admin/locales/").content.decode()
    assert "Kielet" in html
    assert "Maa-asetustot" not in html


def test_swedish_staff_read_when_a_string_was_translated_without_a_stray_preposition():
    # The translation editor shows these beside each string; our catalogue is read before wagtail-localize's.
    with translation.override("sv"):
        assert translation.gettext("Translated manually on {date}") == "Översatt manuellt {date}"
        assert translation.gettext("Convert page to alias") == "Gör sidan till ett alias"
