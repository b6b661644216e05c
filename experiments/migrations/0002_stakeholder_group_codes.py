"""Think tanks and workshop sign-ups name stakeholder groups with one set of codes: the sign-ups' singular ones.

Think tanks stored plural codes ("residents"); this rewrites them, on the pages and in their revisions (so a
draft or an older revision restored later does not bring the old codes back).
"""

from django.db import migrations

PLURAL_TO_SINGULAR = {
    "residents": "resident",
    "students": "student",
    "associations": "association",
    "companies": "company",
    "universities": "university",
    "city_staff": "city_staff",
    "councillors": "councillor",
}


def _recode(groups, mapping):
    return [mapping.get(group, group) for group in groups or []]


def _rewrite(apps, mapping):
    ThinkTankPage = apps.get_model("experiments", "ThinkTankPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for page in ThinkTankPage.objects.all():
        recoded = _recode(page.participant_groups, mapping)
        if recoded != page.participant_groups:
            ThinkTankPage.objects.filter(pk=page.pk).update(participant_groups=recoded)
    content_type = ContentType.objects.filter(app_label="experiments", model="thinktankpage").first()
    if content_type is None:
        return
    for revision in Revision.objects.filter(content_type=content_type):
        content = revision.content or {}
        if "participant_groups" in content:
            recoded = _recode(content["participant_groups"], mapping)
            if recoded != content["participant_groups"]:
                content["participant_groups"] = recoded
                Revision.objects.filter(pk=revision.pk).update(content=content)


def forwards(apps, schema_editor):
    _rewrite(apps, PLURAL_TO_SINGULAR)


def backwards(apps, schema_editor):
    _rewrite(apps, {singular: plural for plural, singular in PLURAL_TO_SINGULAR.items()})


class Migration(migrations.Migration):
    dependencies = [
        ("experiments", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
