"""A reading request reads the view restrictions, the site and the locale once, and never carries them further."""

import pytest
from wagtail.models import Page, PageViewRestriction

pytestmark = pytest.mark.django_db

PATH = "/fi/ajatushautomo/"
INTRODUCTION = "Ideat syntyvät ajatushautomoissa."


def put_behind_password(path):
    page = Page.objects.get(url_path__endswith="/ajatushautomo/")
    assert page.get_url() == path
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="sala")


def test_a_page_put_behind_a_password_asks_strangers_for_it_and_is_never_kept(client, translated_page):
    put_behind_password(PATH)

    first = client.get(PATH)
    second = client.get(PATH)

    for response in (first, second):
        assert response.status_code == 200
        assert 'name="password"' in response.content.decode()
        assert INTRODUCTION not in response.content.decode()
    assert "X-Page-Cache" not in second


def test_an_editor_who_restricts_a_page_sees_the_password_form_on_the_next_request(admin_client, translated_page):
    assert INTRODUCTION in admin_client.get(PATH).content.decode()

    put_behind_password(PATH)

    answer = admin_client.get(PATH).content.decode()
    assert 'name="password"' in answer
    assert INTRODUCTION not in answer


def test_a_reader_on_another_host_name_gets_the_default_site_and_nothing_is_kept(client, site, translated_page):
    # The site is matched from the rows the site root paths read, as Wagtail matches it: an unknown host name
    # falls back to the default site, and its answer carries that host's links and is not stored.
    Site = type(site)
    Site.objects.create(hostname="muu.example", port=80, root_page=site.root_page, is_default_site=False)

    first = client.get(PATH, HTTP_HOST="vieras.example")
    second = client.get(PATH, HTTP_HOST="vieras.example")
    own = client.get(PATH, HTTP_HOST="muu.example")

    assert first.status_code == second.status_code == own.status_code == 200
    assert INTRODUCTION in second.content.decode()
    assert "X-Page-Cache" not in second
    assert 'href="http://vieras.example/sv/tankesmedja/"' in first.content.decode()
