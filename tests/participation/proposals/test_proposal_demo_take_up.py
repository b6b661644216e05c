"""The demo shows ideas on their way: the think tanks their responses name have taken them up."""

import pytest
from django.utils import translation
from wagtail.models import Locale

from experiments.models import ThinkTankPage
from participation.models import Proposal

pytestmark = pytest.mark.django_db


def test_the_demo_ideas_belong_to_the_think_tanks_their_responses_name(demo_content):
    taken_up = {
        proposal.reference: proposal
        for proposal in Proposal.objects.filter(think_tank__isnull=False).select_related("think_tank")
    }
    assert taken_up["R4NX-8PTA"].think_tank.title == "Energiapääkaupungin työmatkat"
    assert taken_up["S5VE-2HRQ"].think_tank.title == "Intergalaktinen ajatushautomo"
    assert taken_up["S5VE-2HRQ"].responsible_unit == "Kulturtjänster"
    for proposal in taken_up.values():
        # Finnish pages, as the admin gives them, taken up between arrival and the decision the response tells of.
        assert proposal.think_tank.locale.language_code == "fi"
        assert proposal.submitted_at < proposal.assigned_at <= proposal.decided_at
        assert proposal.is_public


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_demo_think_tank_page_lists_the_ideas_it_took_up(demo_content, client, language):
    intergalactic = ThinkTankPage.objects.get(title="Intergalaktinen ajatushautomo")
    page = intergalactic.get_translation(Locale.objects.get(language_code=language))
    html = client.get(page.url).content.decode()
    with translation.override(language):
        assert translation.gettext("Residents' ideas this think tank took up") in html
    for title in ["Korttelijuhlat Palosaaren puistoon", "Popup-scen på torget sommarkvällar", "Repair café"]:
        assert title in html
    assert "Welcome walks for international students" not in html
