"""Name the think tank of every workshop that sits under one, as the editors placed it.

Before workshops named their think tank, a workshop belonged to a think tank by being its child page. Each such
workshop (in every language) gets the Finnish version of its parent think tank, since the link is kept on the
Finnish page and copied to translations; a workshop whose parent has no Finnish version keeps its parent. Workshops
under the listing are left for an editor to choose: the editor asks for the think tank at their next save.
"""

from django.db import migrations

# Wagtail's materialised path: four characters per level.
STEP = 4
SOURCE_LANGUAGE = "fi"


def think_tanks_from_tree(apps, schema_editor):
    WorkshopPage = apps.get_model("participation", "WorkshopPage")
    ThinkTankPage = apps.get_model("experiments", "ThinkTankPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    think_tanks = {think_tank.path: think_tank for think_tank in ThinkTankPage.objects.select_related("locale")}
    if not think_tanks:
        return
    finnish = {
        think_tank.translation_key: think_tank
        for think_tank in think_tanks.values()
        if think_tank.locale.language_code == SOURCE_LANGUAGE
    }
    for workshop in WorkshopPage.objects.filter(think_tank__isnull=True).only("pk", "path", "latest_revision_id"):
        parent = think_tanks.get(workshop.path[:-STEP])
        if parent is None:
            continue
        think_tank = finnish.get(parent.translation_key, parent)
        WorkshopPage.objects.filter(pk=workshop.pk).update(think_tank=think_tank)
        # The editor opens the latest revision, not the row: without the link there, the next save would ask again.
        revision = Revision.objects.filter(pk=workshop.latest_revision_id).first()
        if revision is not None and not revision.content.get("think_tank"):
            revision.content["think_tank"] = think_tank.pk
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("experiments", "0003_experiment_decision_record"),
        ("participation", "0004_workshop_belongs_and_idea_take_up"),
    ]

    # Going back leaves the links: the field itself is removed by the migration before this one.
    operations = [migrations.RunPython(think_tanks_from_tree, migrations.RunPython.noop)]
