"""Staff read the guide for editors and moderators in the admin, in their own admin language, and it stays true.

Each guide names menus and links into the admin; a renamed menu or a moved page must fail here, not mislead a
communications officer later.
"""

import json
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import RequestFactory, override_settings
from django.urls import Resolver404, resolve
from django.utils.translation import override
from wagtail.admin.menu import admin_menu
from wagtail.users.models import UserProfile

from participation.groups import MODERATORS_GROUP
from participation.staff_guide.rendering import CONTENT, guide_language, render_guide, render_markdown
from tests.staff import log_in_staff

pytestmark = pytest.mark.django_db

LANGUAGES = ("fi", "sv", "en")
MENU_PATH = re.compile(r"\*\*(.+?)\*\*", re.S)
LINK = re.compile(r"\]\(([^)\s]+)\)")
HEADINGS = {
    "fi": "Kirjautuminen ja toinen tunnistautumistapa",
    "sv": "Inloggning och tvåstegsverifiering",
    "en": "Logging in and the second factor",
}
TITLES = {
    "fi": "Opas päivittäjille ja moderaattoreille",
    "sv": "Handbok för redaktörer och moderatorer",
    "en": "Guide for editors and moderators",
}


def guide_text(language):
    return (CONTENT / f"{language}.md").read_text(encoding="utf-8")


def menu_tree(request):
    """Return {label: {label of a submenu item: {}}} of the admin menu as `request.user` sees it."""

    def walk(menu):
        tree = {}
        for item in menu.menu_items_for_request(request):
            tree[str(item.label)] = walk(item.menu) if hasattr(item, "menu") else {}
        return tree

    return walk(admin_menu)


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("paakayttaja", "paakayttaja@example.fi", "pw")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_menu_name_in_the_guide_is_in_that_languages_admin_menu(superuser, language):
    request = RequestFactory().get("/admin/")
    request.user = superuser
    with override(language):
        tree = menu_tree(request)
    mentioned = [" ".join(path.split()) for path in MENU_PATH.findall(guide_text(language))]
    assert len(mentioned) >= 5
    for path in mentioned:
        level = tree
        for name in path.split(" › "):
            assert name in level, f"{language}: “{path}” is not in the admin menu ({name} not among {list(level)})"
            level = level[name]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_link_in_the_guide_leads_to_an_admin_page_or_a_section_of_the_guide(language):
    guide = render_guide(language)
    anchors = {anchor for anchor, _name in guide.contents}
    links = LINK.findall(guide_text(language))
    admin_links = [link for link in links if link.startswith("/admin/")]
    assert len(admin_links) >= 6
    for link in links:
        if link.startswith("#"):
            assert link[1:] in anchors or f'id="{link[1:]}"' in guide.html, f"{language}: no section {link}"
            continue
        assert link.startswith("/admin/"), f"{language}: {link} is not a relative admin address"
        try:
            resolve(link)
        except Resolver404:
            pytest.fail(f"{language}: {link} is not an admin page")


def test_the_guides_cover_the_same_sections_in_every_language():
    sections = {language: len(render_guide(language).contents) for language in LANGUAGES}
    assert len(set(sections.values())) == 1 and sections["fi"] >= 8


def test_raw_html_and_unsafe_links_in_a_guide_are_shown_as_text_or_dropped():
    html, _contents = render_markdown(
        '<script>alert("x")</script>\n\nText <img src=x onerror=alert(1)> and [a link](javascript:alert(1)), '
        "[another](//evil.example/), [a good one](/admin/pages/) and [mail](mailto:kokeilut@example.fi)."
    )
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&lt;img" in html
    assert "javascript:" not in html and "evil.example" not in html
    assert '<a href="/admin/pages/">a good one</a>' in html
    assert '<a href="mailto:kokeilut@example.fi">mail</a>' in html


def test_a_language_without_a_guide_gets_the_finnish_one():
    assert guide_language("de") == "fi"
    assert guide_language("sv-fi") == "sv"


def sidebar_menu(html):
    """Return the admin sidebar's menu as the JSON text the page carries it in, with its characters decoded."""
    props = re.search(r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html, re.S)
    return json.dumps(json.loads(props[1]), ensure_ascii=False)


def staff_member(django_user_model, username, language, *, group_name):
    user = django_user_model.objects.create_user(username, f"{username}@example.fi", "pw")
    group, _created = Group.objects.get_or_create(name=group_name)
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@override_settings(WORKSHOP_SIGNUP_RETENTION_DAYS=45)
def test_a_swedish_speaking_moderator_opens_the_guide_from_the_help_menu_and_reads_it_in_swedish(
    client, django_user_model
):
    moderator = staff_member(django_user_model, "moderator", "sv", group_name=MODERATORS_GROUP)
    log_in_staff(client, moderator)

    sidebar = sidebar_menu(client.get("/admin/").content.decode())
    assert '"name": "staff-guide"' in sidebar and '"url": "/admin/guide/"' in sidebar and TITLES["sv"] in sidebar

    response = client.get("/admin/guide/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1" in html and TITLES["sv"] in html
    assert '<div class="staff-guide" lang="sv">' in html
    assert f'<a href="#inloggning-och-tvastegsverifiering">{HEADINGS["sv"]}</a>' in html
    # The period comes from the setting the anonymising command reads, not from the text.
    assert "anonymiseras 45 dagar efter workshoppen" in html
    assert HEADINGS["fi"] not in html


def test_a_finnish_speaking_editor_reads_the_guide_in_finnish(client, django_user_model):
    editor = staff_member(django_user_model, "paivittaja", "fi", group_name="Editors")
    log_in_staff(client, editor)
    html = client.get("/admin/guide/").content.decode()
    assert HEADINGS["fi"] in html and TITLES["fi"] in html
    assert HEADINGS["sv"] not in html


def test_the_guide_is_for_staff_only(client):
    response = client.get("/admin/guide/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
