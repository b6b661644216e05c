"""Fixtures: a workshop listing in three languages, a workshop under it, and a moderator of sign-ups."""

import pytest
from django.contrib.auth.models import Group, Permission

from home.demo_support import add_translated_page
from participation.models import WorkshopIndexPage
from tests.participation.workshops.support import INDEX_CONTENT, make_workshop


@pytest.fixture
def workshop_index(home):
    return add_translated_page(home, WorkshopIndexPage, INDEX_CONTENT)


@pytest.fixture
def workshop(workshop_index):
    return make_workshop(workshop_index)


@pytest.fixture
def moderator(django_user_model):
    group, _ = Group.objects.get_or_create(name="Moderators")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_workshopsignup"),
        Permission.objects.get(codename="change_workshopsignup"),
    )
    user = django_user_model.objects.create_user("moderaattori", password="pw")
    user.groups.add(group)
    return user
