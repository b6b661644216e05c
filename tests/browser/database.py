"""The test database as the migrations left it, kept for the browser tests that load the demo content into it.

Transactional tests flush the database when they end, and the copy pytest-django keeps for a serialised rollback
lives on a connection object that Django keeps per context, out of reach of a later session fixture. So the copy
is taken here, once, right after the test database is created (tests/conftest.py), in a plain module variable.
"""

from django.db import connection
from django.db.backends.base.creation import TEST_DATABASE_PREFIX

_migrated = {}


def test_database_is_in_use():
    """Say whether the default connection points at a test database yet (pytest-django creates it lazily)."""
    name = str(connection.settings_dict["NAME"])
    # SQLite's test database is named in the test settings; PostgreSQL's is Django's "test_" + the database name.
    test_name = connection.settings_dict.get("TEST", {}).get("NAME")
    return name == str(test_name) if test_name else name.startswith(TEST_DATABASE_PREFIX)


def remember_migrated_state():
    """Serialise the freshly migrated test database (call before any test has written to it)."""
    if test_database_is_in_use() and "default" not in _migrated:
        _migrated["default"] = connection.creation.serialize_db_to_string()


def migrated_state():
    return _migrated["default"]
