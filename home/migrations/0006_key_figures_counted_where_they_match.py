"""Typed key figures become chosen, counted ones where their words say what a registered figure counts.

A figure whose words match none stays typed, so nothing an editor wrote is lost; the editor can replace it. The
live page and its latest revision are both converted, so publishing a draft does not bring a typed figure back.
"""

import json

from django.db import migrations

# (figure key, words of which every group must occur in the label), first match wins. The participants of the
# refinery are looked for before "experiment", which the English and Finnish words for the refinery contain.
MATCHES = [
    (
        "workshop_participants",
        [
            ("osallistuj", "deltagare", "participant", "people", "henkilö"),
            ("jalostamo", "försöksverkstad", "refinery", "työpaj", "workshop"),
        ],
    ),
    ("experiment_participants", [("osallistuj", "deltagare", "participant"), ("kokeilu", "försök", "experiment")]),
    ("think_tanks", [("ajatushautomo", "tankesmedj", "think tank")]),
    ("experiments", [("kokeilu", "försök", "experiment")]),
    ("ideas_received", [("idea", "idé")]),
    ("languages", [("kieli", "kieltä", "språk", "language")]),
]


def matching_figure(label):
    words = label.casefold()
    for key, groups in MATCHES:
        if all(any(word in words for word in group) for group in groups):
            return key
    return None


def counted_blocks(blocks):
    """Return the blocks with each typed figure that matches replaced by a chosen one of the same id."""
    result = []
    for block in blocks:
        key = matching_figure(block["value"].get("label", "")) if block["type"] == "figure" else None
        if key:
            block = {"type": "counted", "value": {"figure": key}, "id": block.get("id")}
        result.append(block)
    return result


def typed_blocks(blocks, language_code):
    """Return the blocks with each chosen figure written out as a typed one, with the number it counts today."""
    from django.utils import translation
    from wagtail.models import Locale

    from home.figures import counted_figure

    result = []
    for block in blocks:
        if block["type"] == "counted":
            with translation.override(language_code):
                locale = Locale.objects.filter(language_code=language_code).first()
                shown = counted_figure(block["value"]["figure"], locale) if locale else None
            if shown is None:
                continue
            block = {"type": "figure", "value": {"value": str(shown.value), "label": shown.label}, "id": block.get("id")}
        result.append(block)
    return result


def _raw(value):
    if isinstance(value, str):
        return json.loads(value) if value else []
    return list(value or [])


def convert(apps, change):
    HomePage = apps.get_model("home", "HomePage")
    Revision = apps.get_model("wagtailcore", "Revision")
    for page in HomePage.objects.select_related("locale"):
        language = page.locale.language_code
        blocks = change(_raw(page.key_figures.get_prep_value()), language)
        # A list, not its JSON text: the column holds a JSON array, as Wagtail writes it.
        HomePage.objects.filter(pk=page.pk).update(key_figures=blocks)
        if page.latest_revision_id:
            revision = Revision.objects.filter(pk=page.latest_revision_id).first()
            if revision and "key_figures" in revision.content:
                revision.content["key_figures"] = json.dumps(change(_raw(revision.content["key_figures"]), language))
                revision.save(update_fields=["content"])


def forwards(apps, schema_editor):
    convert(apps, lambda blocks, language: counted_blocks(blocks))


def backwards(apps, schema_editor):
    convert(apps, typed_blocks)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_counted_key_figures"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
