"""Think tanks and experiments published in Finnish, Swedish and English, as editors and translators make them."""

import pytest

from tests.factories import (
    publish_catalog,
    publish_experiment,
    publish_impact_page,
    publish_think_tank,
    publish_vocabulary,
)


@pytest.fixture
def vocabulary(home):
    return publish_vocabulary()


@pytest.fixture
def catalog(home):
    return publish_catalog(home)


@pytest.fixture
def think_tank(home, vocabulary):
    return publish_think_tank(home, vocabulary)


@pytest.fixture
def experiment(catalog, think_tank, vocabulary):
    return publish_experiment(catalog, think_tank, vocabulary)


@pytest.fixture
def impact_page(home):
    return publish_impact_page(home)
