"""A resident sends an idea in a real browser: a first try with mistakes, then a proposal that arrives."""

import pytest
from playwright.sync_api import expect

from participation.models import Proposal, ProposalStatus
from tests.browser.conftest import LANGUAGES
from tests.browser.journeys import DEMO, navigates

pytestmark = pytest.mark.browser


def describing_texts(page, field):
    """Return the texts of the elements the field's aria-describedby points at: what a screen reader reads."""
    ids = (field.get_attribute("aria-describedby") or "").split()
    return [page.locator(f"#{id_}").inner_text().strip() for id_ in ids]


@pytest.mark.parametrize("language", LANGUAGES)
def test_resident_corrects_a_rejected_proposal_without_retyping_and_sends_it(page, language, unique):
    description = f"A bench by the sea shore at Palosaari where people can rest and meet ({unique})."
    page.goto(DEMO[language]["proposal"])

    # First try: a title too short, no theme, and a mistyped e-mail address.
    page.locator("#id_title").fill("Ben")
    page.locator("#id_description").fill(description)
    page.locator("#id_district").fill("Palosaari")
    page.locator("#id_name").fill(f"Resident {unique}")
    page.locator("#id_email").fill("resident-at-example.fi")
    navigates(page, page.locator("form.proposal-form button[type=submit]").click)

    # The same form comes back with everything typed still in it...
    assert page.locator("html").get_attribute("lang") == language
    expect(page.locator("#id_title")).to_have_value("Ben")
    expect(page.locator("#id_description")).to_have_value(description)
    expect(page.locator("#id_district")).to_have_value("Palosaari")
    expect(page.locator("#id_name")).to_have_value(f"Resident {unique}")
    expect(page.locator("#id_email")).to_have_value("resident-at-example.fi")
    # ...a summary of what to correct, each item leading to its field...
    summary = page.locator("#error-summary")
    expect(summary).to_be_visible()
    targets = [link.get_attribute("href") for link in summary.locator("a").all()]
    assert set(targets) == {"#id_title", "#id_theme_0", "#id_email"}
    # ...and each wrong field marked invalid and described by its own error, where a screen reader finds it.
    for field_id in ("#id_title", "#id_email"):
        field = page.locator(field_id)
        expect(field).to_have_attribute("aria-invalid", "true")
        errors = [text for text in describing_texts(page, field) if text]
        summary_text = summary.locator(f'a[href="{field_id}"]').inner_text()
        assert any(error in summary_text for error in errors), (field_id, errors, summary_text)
    # A choice of radio buttons is described as a group: the error is tied to its fieldset, read with the legend.
    theme_group = page.locator("#id_theme_0").locator("xpath=ancestor::fieldset[1]")
    theme_errors = [text for text in describing_texts(page, theme_group) if text]
    assert theme_errors and theme_errors[0] in summary.locator('a[href="#id_theme_0"]').inner_text()
    assert not Proposal.objects.filter(description=description).exists()

    # The error summary's link takes the reader to the field.
    summary.locator('a[href="#id_title"]').click()
    expect(page.locator("#id_title")).to_be_focused()

    # Second try: corrected, and sent.
    page.locator("#id_title").fill(f"A bench by the sea {unique}")
    page.locator("#id_theme_2").check()
    page.locator("#id_email").fill(f"resident-{unique}@example.fi")
    navigates(page, page.locator("form.proposal-form button[type=submit]").click)

    reference = page.locator(".proposal-reference__number")
    expect(reference).to_be_visible()
    assert page.locator("html").get_attribute("lang") == language
    proposal = Proposal.objects.get(description=description)
    assert proposal.reference == reference.inner_text().strip()
    assert proposal.title == f"A bench by the sea {unique}"
    assert proposal.language == language
    assert proposal.email == f"resident-{unique}@example.fi"
    assert proposal.status == ProposalStatus.NEW
    # The third theme of the reader's language's list, kept as its Finnish row.
    assert proposal.theme is not None and proposal.theme.locale.language_code == "fi"
