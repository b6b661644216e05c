"""A moderator's decision or an erasure shows on the public pages at once, even on pages from the page cache."""

from datetime import timedelta

import pytest
from django.utils import timezone

from participation.models import Proposal, ProposalStatus
from participation.personal_data import registry as personal_data
from participation.proposals.services import proposal_decide, proposal_edit, proposals_expire_personal_data
from tests.factories import publish_programme

pytestmark = pytest.mark.django_db

AUTHOR = "Aino Asukas"


@pytest.fixture
def experiment(home):
    return publish_programme(home)["experiment"]


@pytest.fixture
def idea(proposal_factory, experiment):
    """An idea refined into the experiment, whose author agreed to be named with it."""
    return proposal_factory(
        title="Pyöräparkki asemalle",
        status=ProposalStatus.REFINED,
        experiment=experiment,
        name=AUTHOR,
        name_consent=True,
        email="aino@example.fi",
        decided_at=timezone.now() - timedelta(days=400),
    )


def read_twice(client, url):
    """Return what an anonymous reader sees on a second visit, which the page cache answers."""
    client.get(url)
    response = client.get(url)
    assert response["X-Page-Cache"] == "hit"
    return response.content.decode()


def read(client, url):
    response = client.get(url)
    assert "X-Page-Cache" not in response
    return response.content.decode()


def test_an_erased_authors_name_leaves_the_cached_experiment_page_at_once(
    client, idea, experiment, django_capture_on_commit_callbacks
):
    assert AUTHOR in read_twice(client, experiment.url)
    # A logged-in reader gets the page's content block from the cache too.
    member = type(client)()
    member.cookies["sessionid"] = "someone-logged-in"
    assert AUTHOR in member.get(experiment.url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        personal_data.erase_personal_data("aino@example.fi")

    assert AUTHOR not in read(client, experiment.url)
    assert AUTHOR not in member.get(experiment.url).content.decode()
    assert "Pyöräparkki asemalle" in read_twice(client, experiment.url)


def test_the_nightly_retention_takes_the_name_off_the_cached_experiment_page(
    client, idea, experiment, django_capture_on_commit_callbacks
):
    assert AUTHOR in read_twice(client, experiment.url)

    with django_capture_on_commit_callbacks(execute=True):
        assert proposals_expire_personal_data(days=365) == 1

    assert AUTHOR not in read(client, experiment.url)


def test_a_moderators_edit_and_decisions_show_on_the_cached_experiment_page_at_once(
    client, idea, experiment, django_capture_on_commit_callbacks
):
    assert "Pyöräparkki asemalle" in read_twice(client, experiment.url)

    with django_capture_on_commit_callbacks(execute=True):
        proposal_edit(proposal=idea, user=None, status=ProposalStatus.REFINED, title="Katos pyörille")
    page = read(client, experiment.url)
    assert "Katos pyörille" in page and "Pyöräparkki asemalle" not in page

    read_twice(client, experiment.url)
    with django_capture_on_commit_callbacks(execute=True):
        proposal_decide(proposal=idea, status=ProposalStatus.ACCEPTED)
        proposal_decide(proposal=idea, status=ProposalStatus.DECLINED)
    page = read(client, experiment.url)
    assert "Katos pyörille" not in page and AUTHOR not in page


def test_a_deleted_public_idea_leaves_the_cached_experiment_page_at_once(
    client, idea, experiment, django_capture_on_commit_callbacks
):
    assert AUTHOR in read_twice(client, experiment.url)

    with django_capture_on_commit_callbacks(execute=True):
        Proposal.objects.get(pk=idea.pk).delete()

    assert AUTHOR not in read(client, experiment.url)


def test_deciding_an_idea_nobody_sees_leaves_the_cached_pages_alone(
    client, idea, experiment, proposal_factory, django_capture_on_commit_callbacks
):
    read_twice(client, experiment.url)
    waiting = proposal_factory(status=ProposalStatus.NEW, name="Toinen Asukas")

    with django_capture_on_commit_callbacks(execute=True):
        proposal_decide(proposal=waiting, status=ProposalStatus.SPAM)

    assert client.get(experiment.url)["X-Page-Cache"] == "hit"
