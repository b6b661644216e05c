"""The demo's workshops sit under the think tanks that run them, and the commuter bus feedback workshop leads to its
experiment and to the idea it came from, in Finnish, Swedish and English."""

import pytest
from wagtail.models import Locale

from experiments.models import ThinkTankPage
from participation.models import Proposal, WorkshopPage

pytestmark = pytest.mark.django_db

RUNSOR_FEEDBACK = {
    "fi": "/fi/ajatushautomot/energiapaakaupungin-tyomatkat/runsor-express-palaute/",
    "sv": "/sv/tankesmedjor/arbetsresor-i-energihuvudstaden/runsor-express-respons/",
    "en": "/en/think-tanks/commuting-in-the-energy-capital/runsor-express-feedback/",
}
COMMUTING = {
    "fi": "/fi/ajatushautomot/energiapaakaupungin-tyomatkat/",
    "sv": "/sv/tankesmedjor/arbetsresor-i-energihuvudstaden/",
    "en": "/en/think-tanks/commuting-in-the-energy-capital/",
}
BOARD = {"fi": "/fi/ideataulu/", "sv": "/sv/idetavlan/", "en": "/en/idea-board/"}


def test_every_demo_workshop_names_the_think_tank_it_sits_under(demo_content):
    workshops = WorkshopPage.objects.live().select_related("think_tank")
    assert workshops.count() == 18  # six workshops in three languages
    for workshop in workshops:
        parent = workshop.get_parent().specific
        assert isinstance(parent, ThinkTankPage)
        assert workshop.think_tank.translation_key == parent.translation_key
        assert workshop.think_tank.locale.language_code == "fi"


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_commuter_bus_feedback_workshop_leads_to_its_experiment_and_idea(demo_content, client, language):
    idea = Proposal.objects.get(reference="R4NX-8PTA")
    assert idea.is_public
    html = client.get(RUNSOR_FEEDBACK[language]).content.decode()
    belongs = html.split('class="workshop-facts workshop-belongs"', 1)[1].split("</dl>", 1)[0]
    assert f'href="{COMMUTING[language]}"' in belongs
    experiment = idea.experiment.get_translation(Locale.objects.get(language_code=language))
    assert f'href="{experiment.url}"' in belongs
    assert f'href="{BOARD[language]}{idea.reference}/" lang="fi">{idea.title}</a>' in belongs
    # And the think tank's page lists the workshop among its coming ones.
    assert RUNSOR_FEEDBACK[language] in client.get(COMMUTING[language]).content.decode()
