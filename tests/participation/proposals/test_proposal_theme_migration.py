"""Ideas sent before the themes were shared keep their theme when the database is migrated, and get it back undone."""

import uuid

from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import TransactionTestCase

OLD_CHOICE = [("participation", "0005_proposal_theme_snippet")]
LATEST = [("participation", "0007_proposal_theme_replaces_choices")]
DEMO_NAMESPACE = uuid.UUID("3c1f6f0e-0f6e-4b8e-9d7e-6b5f0c2a9e11")


def migrate(target):
    MigrationExecutor(connection).migrate(target)
    return MigrationExecutor(connection).loader.project_state(target).apps


class ProposalThemeMigrationTests(TransactionTestCase):
    # The migrated state's data (locales, groups) comes back for the tests after this one.
    serialized_rollback = True

    def tearDown(self):
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes("participation"))
        super().tearDown()

    def test_each_old_code_becomes_a_theme_and_back(self):
        apps = migrate(OLD_CHOICE)
        locale = apps.get_model("wagtailcore", "Locale").objects.get(language_code="fi")
        theme_model = apps.get_model("experiments", "Theme")
        mobility = theme_model.objects.create(
            name="Liikkuminen", locale=locale, translation_key=uuid.uuid5(DEMO_NAMESPACE, "theme/mobility")
        )
        proposal_model = apps.get_model("participation", "Proposal")
        for reference, code in [("MOBI0001", "mobility"), ("WELL0001", "wellbeing"), ("OTHR0001", "other")]:
            proposal_model.objects.create(reference=reference, language="sv", title="t", description="d", theme=code)

        apps = migrate(LATEST)
        proposals = apps.get_model("participation", "Proposal").objects.select_related("theme")
        themes = {proposal.reference: proposal.theme for proposal in proposals}
        assert themes["MOBI0001"].pk == mobility.pk
        assert (themes["WELL0001"].name, themes["WELL0001"].locale_id) == ("Hyvinvointi ja palvelut", locale.pk)
        assert themes["OTHR0001"] is None

        apps = migrate(OLD_CHOICE)
        codes = dict(apps.get_model("participation", "Proposal").objects.values_list("reference", "theme"))
        assert codes == {"MOBI0001": "mobility", "WELL0001": "wellbeing", "OTHR0001": "other"}
