"""The test database as the migrations left it, kept for the browser tests that load the demo content into it.

Transactional tests flush the database when they end, and the copy pytest-django keeps for a serialised rollback
lives on a connection object that Django keeps per context, out of reach of a later session fixture. So the copy
is taken here, once, right after the test database is created (tests/conftest.py), in a plain module variable.
"""

from django.db import connection

_migrated = {}


def test_database_is_in_use():
    return connection.settings_dict["NAME"] == connection.creation._get_test_db_name()


def remember_migrated_state():
    """Serialise the freshly migrated test database (call before any test has written to it)."""
    if test_database_is_in_use() and "default" not in _migrated:
        _migrated["default"] = connection.creation.serialize_db_to_string()


def migrated_state():
    return _migrated["default"]
