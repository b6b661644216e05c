"""Fixtures: a workshop listing in three languages, and a workshop under it."""

import pytest

from home.demo_support import add_translated_page
from participation.models import WorkshopIndexPage
from tests.participation.workshops.support import INDEX_CONTENT, make_workshop


@pytest.fixture
def workshop_index(home):
    return add_translated_page(home, WorkshopIndexPage, INDEX_CONTENT)


@pytest.fixture
def workshop(workshop_index):
    return make_workshop(workshop_index)
