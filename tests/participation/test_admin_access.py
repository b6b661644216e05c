"""A page editor who is no moderator never sees a resident's personal data or an unpublished idea in the admin.

The walk below takes every admin URL of the participation models from the URL resolver (the viewsets' listings,
inspect, edit, history and usage views, their choosers), every bulk action registered for them, the exports and the
personal-data view, and checks what an editor gets back from each.
"""

from urllib.parse import quote

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import URLResolver, get_resolver, reverse
from wagtail.admin.views.bulk_action.registry import bulk_action_registry

from participation.groups import MODERATORS_GROUP
from participation.models import Proposal, ProposalStatus, WorkshopSignup
from participation.workshops.services import signup_create
from tests.factories import ProposalFactory
from tests.participation.workshops.conftest import workshop_index  # noqa: F401, F811
from tests.participation.workshops.support import make_workshop, signup_kwargs
from tests.staff import log_in_staff

pytestmark = pytest.mark.django_db

SECRETS = {
    "sign-up name": "Signe Salaperäinen",
    "sign-up e-mail": "signe.salaperainen@example.fi",
    "sign-up organisation": "Salaseura ry",
    "proposal title": "Piiloidea Kissanmaan rantaan",
    "proposal text": "Tätä kuvausta ei saa näyttää kenellekään muulle kuin moderaattoreille",
    "proposal author": "Pekka Piilonen",
    "proposal e-mail": "pekka.piilonen@example.fi",
}
MODELS = [Proposal, WorkshopSignup]


@pytest.fixture
def editor():
    """A communications editor: Wagtail's Editors group, no moderator."""
    user = get_user_model().objects.create_user("editor", email="editor@example.fi", password="pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def moderator():
    user = get_user_model().objects.create_user("moderator", email="moderator@example.fi", password="pw")
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return user


@pytest.fixture
def records(workshop_index):  # noqa: F811
    workshop = make_workshop(workshop_index, slug="salainen", requires_approval=True)
    signup = signup_create(
        workshop=workshop,
        **signup_kwargs(
            name=SECRETS["sign-up name"], email=SECRETS["sign-up e-mail"], organisation=SECRETS["sign-up organisation"]
        ),
    ).signup
    proposal = ProposalFactory(
        title=SECRETS["proposal title"],
        description=SECRETS["proposal text"],
        name=SECRETS["proposal author"],
        email=SECRETS["proposal e-mail"],
        status=ProposalStatus.IN_REVIEW,
    )
    return {Proposal: proposal, WorkshopSignup: signup}


def url_patterns(patterns, prefix="", namespaces=()):
    """Yield (namespace, route) for every URL the resolver knows."""
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            namespace = (pattern.namespace,) if pattern.namespace else ()
            yield from url_patterns(pattern.url_patterns, prefix + str(pattern.pattern), namespaces + namespace)
        else:
            yield ":".join(namespaces), prefix + str(pattern.pattern)


def admin_urls(records):
    """Every admin URL that shows or acts on the participation models' records, filled in for `records`."""
    namespaces = {}
    for model in MODELS:
        viewset = model.snippet_viewset
        namespaces[viewset.get_admin_url_namespace()] = model
        namespaces[viewset.get_chooser_admin_url_namespace()] = model
    urls = set()
    for namespace, route in url_patterns(get_resolver().url_patterns):
        model = namespaces.get(namespace)
        if model is None:
            continue
        pk = quote(str(records[model].pk))
        urls.add("/" + route.replace("<int:pk>", pk).replace("<str:pk>", pk))
    for model in MODELS:
        viewset = model.snippet_viewset
        listing = reverse(viewset.get_url_name("list"))
        results = reverse(viewset.get_url_name("list_results"))
        for query in ("export=csv", "export=xlsx", "q=Pi", "q=example.fi"):
            urls.update({f"{listing}?{query}", f"{results}?{query}"})
        chooser = reverse(f"{viewset.get_chooser_admin_url_namespace()}:choose_results")
        urls.add(f"{chooser}?q=Pi")
        urls.add(reverse(f"{viewset.get_chooser_admin_url_namespace()}:chosen_multiple") + f"?id={records[model].pk}")
        opts = model._meta
        for action in bulk_action_registry.get_bulk_actions_for_model(opts.app_label, opts.model_name):
            base = reverse("wagtail_bulk_action", args=[opts.app_label, opts.model_name, action.action_type])
            urls.update({f"{base}?id={records[model].pk}", f"{base}?id=all"})
    urls.add(reverse("participation_personal_data") + f"?email={SECRETS['sign-up e-mail']}")
    urls.add(reverse("wagtailadmin_home"))
    urls.add(reverse("wagtailadmin_reports:site_history"))
    urls.add(reverse("wagtailadmin_pages:search") + "?q=Piilo")
    return sorted(urls)


def leaked(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    html = body.decode(errors="replace")
    return [label for label, secret in SECRETS.items() if secret in html]


def test_the_walk_covers_every_kind_of_admin_url(records):
    urls = admin_urls(records)

    for expected in (
        "/admin/snippets/choose/participation/workshopsignup/",
        "/admin/snippets/choose/participation/proposal/",
        f"/admin/bulk/participation/workshopsignup/approve_signups/?id={records[WorkshopSignup].pk}",
        f"/admin/bulk/participation/proposal/accept/?id={records[Proposal].pk}",
        f"/admin/bulk/participation/proposal/delete/?id={records[Proposal].pk}",
        f"/admin/workshop-signups/inspect/{records[WorkshopSignup].pk}/",
        f"/admin/snippets/participation/proposal/history/{records[Proposal].pk}/",
        "/admin/workshop-signups/?export=csv",
    ):
        assert expected in urls
    assert len(urls) > 60


def test_a_moderator_walking_the_same_urls_does_see_the_records(client, moderator, records):
    # The walk would notice a leak: the same requests show a moderator what an editor must not see.
    log_in_staff(client, moderator)
    seen = set()
    for url in admin_urls(records):
        seen.update(leaked(client.get(url, follow=True)))

    assert seen == set(SECRETS)


def test_an_editor_sees_no_personal_data_and_no_unpublished_idea_at_any_admin_url(client, editor, records):
    log_in_staff(client, editor)
    leaks = {}
    for url in admin_urls(records):
        response = client.get(url, follow=True)
        assert response.status_code in (200, 403, 404, 405), url
        if found := leaked(response):
            leaks[url] = found

    assert leaks == {}


def test_an_editor_asking_for_a_persons_data_is_refused(client, editor, records):
    log_in_staff(client, editor)

    for action in ("show", "export", "erase"):
        response = client.post(
            reverse("participation_personal_data"),
            {"email": SECRETS["sign-up e-mail"], "action": action, "confirmed": "yes"},
            follow=True,
        )
        assert not leaked(response)
    assert WorkshopSignup.objects.get(pk=records[WorkshopSignup].pk).name == SECRETS["sign-up name"]


def test_an_editor_choosing_or_acting_in_bulk_is_refused_before_anything_is_listed(client, editor, records):
    log_in_staff(client, editor)
    signup, proposal = records[WorkshopSignup], records[Proposal]

    for url in (
        "/admin/snippets/choose/participation/workshopsignup/",
        "/admin/snippets/choose/participation/proposal/",
    ):
        # The chooser opens in a modal, by XMLHttpRequest; a plain visit is sent back to the dashboard.
        assert client.get(url, headers={"x-requested-with": "XMLHttpRequest"}).status_code == 403, url
        assert client.get(url).headers["Location"] == "/admin/", url

    for url in (
        f"/admin/bulk/participation/workshopsignup/approve_signups/?id={signup.pk}",
        f"/admin/bulk/participation/proposal/accept/?id={proposal.pk}",
        f"/admin/bulk/participation/proposal/delete/?id={proposal.pk}",
    ):
        response = client.get(url)
        assert response.status_code == 403, url
        # The refusal is explained in the site's three languages, not Django's bare "403 Forbidden".
        assert "Ei käyttöoikeutta" in response.text and "Ingen behörighet" in response.text

    response = client.post(f"/admin/bulk/participation/proposal/mark_spam/?id={proposal.pk}")

    assert response.status_code == 403
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.IN_REVIEW


def test_an_editor_posting_to_every_bulk_action_changes_nothing_and_sees_nothing(client, editor, records):
    log_in_staff(client, editor)
    before = {model: model.objects.get(pk=record.pk) for model, record in records.items()}
    for model, record in records.items():
        opts = model._meta
        for action in bulk_action_registry.get_bulk_actions_for_model(opts.app_label, opts.model_name):
            url = reverse("wagtail_bulk_action", args=[opts.app_label, opts.model_name, action.action_type])
            response = client.post(f"{url}?id={record.pk}", {"public_response": "x"}, follow=True)
            assert response.status_code == 403
            assert not leaked(response)
    for model, record in before.items():
        after = model.objects.get(pk=record.pk)
        assert (after.status if model is Proposal else after.state) == (
            record.status if model is Proposal else record.state
        )


def test_a_sign_up_is_named_without_the_persons_name(records):
    signup = records[WorkshopSignup]

    assert SECRETS["sign-up name"] not in str(signup)
    assert str(signup.pk) in str(signup)
