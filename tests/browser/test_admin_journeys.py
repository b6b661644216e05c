"""Editors and moderators at work in the Wagtail admin, in a real browser, under the site's security headers.

Each journey also watches for Content-Security-Policy violations: the admin must keep working under the policy
the site sends, and a blocked script or style is a failure even when the page looks fine.
"""

import pytest
from playwright.sync_api import expect
from wagtail.models import Page, Site

from experiments.models import Theme
from home.models import StandardPage
from participation.models import Proposal, ProposalStatus
from participation.proposals.services import proposal_submit
from tests.browser.journeys import navigates

pytestmark = pytest.mark.browser


def open_footer_menu_and_publish(page):
    """Publish from the editor's footer: the Publish button sits in the menu beside "Save draft"."""
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    navigates(page, page.locator("footer button[name='action-publish']").click)


def test_editor_edits_and_publishes_a_page_and_requests_its_translations(open_page, log_in, csp_violations, unique):
    home = Site.objects.get(is_default_site=True).root_page
    draft = StandardPage(title=f"Kokeilusivu {unique}", slug=f"kokeilusivu-{unique}", live=False)
    home.add_child(instance=draft)
    draft.save_revision()

    page = open_page("fi")
    editor = log_in(page, "editor")
    violations = csp_violations(page)

    # The editor opens the draft, gives it its real title and introduction, and publishes it.
    page.goto(f"/admin/pages/{draft.pk}/edit/")
    page.locator("#id_title").fill(f"Kaupunkipyöräkokeilu {unique}")
    page.locator("#id_introduction").fill("Kaupunkipyörät ovat nyt kokeilussa Palosaaressa.")
    open_footer_menu_and_publish(page)
    expect(page.locator(".messages .success, .messages [class*=success]").first).to_be_visible()

    published = StandardPage.objects.get(pk=draft.pk)
    assert published.live
    assert published.title == f"Kaupunkipyöräkokeilu {unique}"
    assert published.get_latest_revision().user == editor

    # Translate, from the page's action menu: Swedish and English.
    page.goto(f"/admin/pages/{draft.pk}/edit/")
    page.locator("header [data-w-dropdown-target='toggle']").last.click()
    navigates(page, page.locator(f"a[href*='/admin/localize/submit/page/{draft.pk}/']").click)
    page.locator("#id_locales input[type=checkbox]").first.wait_for()
    for checkbox in page.locator("#id_locales input[type=checkbox]").all():
        checkbox.check()
    navigates(page, page.locator("form input[type=submit], form button[type=submit]").last.click)

    # The translations exist, as drafts: nothing goes live with Finnish text under a Swedish or English address.
    translations = {
        translation.locale.language_code: translation
        for translation in Page.objects.filter(translation_key=published.translation_key).exclude(pk=published.pk)
    }
    assert set(translations) == {"sv", "en"}
    assert not any(translation.live for translation in translations.values())
    assert violations == []


def test_moderator_accepts_proposals_with_a_bulk_action(open_page, log_in, csp_violations, unique):
    proposals = [
        proposal_submit(
            title=f"Idea {number} {unique}",
            description=f"A proposal for the moderator to accept, number {number} ({unique}).",
            theme=Theme.objects.filter(locale__language_code="fi").first(),
            language=language,
        )
        for number, language in enumerate(["fi", "sv"], start=1)
    ]
    untouched = proposal_submit(
        title=f"Another idea {unique}",
        description=f"A proposal the moderator leaves for later ({unique}).",
        theme=None,
        language="en",
    )

    page = open_page("fi")
    log_in(page, "moderator")
    violations = csp_violations(page)

    # The moderator finds this test's proposals in the queue and ticks two of them.
    page.goto(f"/admin/snippets/participation/proposal/?q={unique}")
    for proposal in proposals:
        page.locator(f"input.bulk-action-checkbox[data-object-id='{proposal.pk}']").check()
    navigates(page, page.locator("a.bulk-action-btn[href$='/accept/']").click)

    # The confirmation lists both, takes a public response, and moves them.
    for proposal in proposals:
        expect(page.locator("main")).to_contain_text(proposal.title)
    page.locator("textarea[name='public_response']").fill("Kiitos! Idea jatkaa ajatushautomoon.")
    navigates(page, page.locator("main form [type=submit]").last.click)
    expect(page.locator(".messages").first).to_be_visible()

    for proposal in proposals:
        proposal.refresh_from_db()
        assert proposal.status == ProposalStatus.ACCEPTED
        assert proposal.public_response == "Kiitos! Idea jatkaa ajatushautomoon."
    untouched.refresh_from_db()
    assert untouched.status == ProposalStatus.NEW
    assert Proposal.objects.filter(title__contains=unique, status=ProposalStatus.ACCEPTED).count() == 2
    assert violations == []
