"""A resident on a phone sees on the catalog's filter button how many filters narrow the list."""

from types import SimpleNamespace

from experiments.catalog import CatalogFilters, Sort


def test_each_ticked_box_a_year_a_think_tank_and_the_words_count_as_one_filter_each():
    filters = CatalogFilters(
        query="kirjasto",
        statuses=("running", "completed"),
        themes=(SimpleNamespace(translation_key="a"),),
        goals=(SimpleNamespace(translation_key="b"), SimpleNamespace(translation_key="c")),
        year=2024,
        think_tank=SimpleNamespace(translation_key="d"),
    )

    assert filters.active_count == 8
    assert filters.is_filtered


def test_the_order_is_not_a_filter():
    filters = CatalogFilters(sort=Sort.START_DATE)

    assert filters.active_count == 0
    assert not filters.is_filtered
