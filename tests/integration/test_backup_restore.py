"""An operator backs up the database, loses it, restores it, and finds every page and every participation row."""

import subprocess

import pytest

from tests.integration.harness import BASE_DIR

pytestmark = pytest.mark.integration


def snapshot(postgres, database):
    """Every page, every revision, and every row of every participation table, as plain values."""
    tables = [
        name
        for (name,) in postgres.query(
            database,
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = 'public' AND table_name LIKE 'participation\\_%%' ORDER BY table_name",
        )
    ]
    content = {
        "pages": postgres.query(
            database,
            "SELECT p.id, p.path, p.url_path, p.title, p.live, l.language_code, p.translation_key::text "
            "FROM wagtailcore_page p JOIN wagtailcore_locale l ON l.id = p.locale_id ORDER BY p.id",
        ),
        "revisions": postgres.query(
            database, "SELECT id, object_id, content::text FROM wagtailcore_revision ORDER BY id"
        ),
        "migrations": postgres.query(database, "SELECT app, name FROM django_migrations ORDER BY id"),
    }
    for table in tables:
        content[table] = postgres.query(database, f'SELECT * FROM "{table}" ORDER BY 1')  # noqa: S608 - catalogue names
    return content


def run(script, *args, database_url, cwd):
    return subprocess.run(  # noqa: S603
        [str(BASE_DIR / "deploy" / script), *args],
        env={
            "PATH": "/usr/bin:/bin:/usr/local/bin",
            "PORTAL_DATABASE_URL": database_url,
            "PORTAL_BACKUP_KEEP_DAYS": "30",
        },
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    )


def test_a_backup_restored_after_the_database_is_lost_has_every_page_and_row(postgres, migrated_template, tmp_path):
    database = f"{postgres.base_name}_it_backup"
    postgres.create(database, template=migrated_template)
    try:
        before = snapshot(postgres, database)
        assert len(before["pages"]) >= 10, "the demo content should be there to back up"

        dump = run("backup.sh", str(tmp_path / "backups"), database_url=postgres.url(database), cwd=tmp_path)
        dump_file = dump.stdout.strip()
        assert dump_file.endswith(".dump") and (tmp_path / "backups").exists()
        assert not list((tmp_path / "backups").glob("*.partial"))

        # The database is lost, then created empty again, as after a disk failure.
        postgres.drop(database)
        postgres.create(database)
        assert not postgres.query(
            database, "SELECT 1 FROM information_schema.tables WHERE table_name = 'wagtailcore_page'"
        )

        run("restore.sh", dump_file, database_url=postgres.url(database), cwd=tmp_path)

        assert snapshot(postgres, database) == before
    finally:
        postgres.drop(database)


def test_a_restore_replaces_what_was_written_after_the_backup(postgres, migrated_template, tmp_path):
    database = f"{postgres.base_name}_it_backup"
    postgres.create(database, template=migrated_template)
    try:
        before = snapshot(postgres, database)
        dump_file = run("backup.sh", str(tmp_path), database_url=postgres.url(database), cwd=tmp_path).stdout.strip()
        postgres.query(database, "UPDATE wagtailcore_page SET title = 'Overwritten by mistake' RETURNING id")

        run("restore.sh", dump_file, database_url=postgres.url(database), cwd=tmp_path)

        assert snapshot(postgres, database) == before
    finally:
        postgres.drop(database)
