"""Each idea's theme code becomes the experiments' theme of the same subject.

A migration of its own: on PostgreSQL, rows updated under a deferred foreign key cannot be followed by an
ALTER TABLE of the same table in one transaction, so the old field goes in the next migration.
"""

import uuid

from django.conf import settings
from django.db import migrations

# The demo content's namespace for translation keys (experiments/demo): a theme the demo loaded is found by it.
DEMO_NAMESPACE = uuid.UUID("3c1f6f0e-0f6e-4b8e-9d7e-6b5f0c2a9e11")

# {old code: (the demo's theme key, its name in Finnish, Swedish and English)}. "other" has no theme: it is empty.
# "wellbeing" had no theme among the experiments; it is created, in all three languages, only if an idea has it.
THEME_OF_CODE = {
    "circular_economy": ("circular-economy", {"fi": "Kiertotalous", "sv": "Cirkulär ekonomi", "en": "Circular economy"}),
    "digital": ("artificial-intelligence", {"fi": "Tekoäly", "sv": "Artificiell intelligens", "en": "Artificial intelligence"}),
    "urban_space": ("creative-urban-space", {"fi": "Luova kaupunkitila", "sv": "Kreativt stadsrum", "en": "Creative urban space"}),
    "culture": ("urban-culture", {"fi": "Kaupunkikulttuuri", "sv": "Stadskultur", "en": "Urban culture"}),
    "mobility": ("mobility", {"fi": "Liikkuminen", "sv": "Mobilitet", "en": "Mobility"}),
    "students": ("rooting-students", {"fi": "Opiskelijat juurtuvat Vaasaan", "sv": "Studerande slår rot i Vasa", "en": "Rooting students in the city"}),
    "wellbeing": ("wellbeing", {"fi": "Hyvinvointi ja palvelut", "sv": "Välfärd och tjänster", "en": "Wellbeing and services"}),
}
OTHER = "other"


def theme_key(code):
    return uuid.uuid5(DEMO_NAMESPACE, f"theme/{THEME_OF_CODE[code][0]}")


def source_locale(Locale):
    return Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first() or Locale.objects.order_by("pk").first()


def find_theme(Theme, locale, code):
    """Return the Finnish theme for `code`: the demo's by its key, otherwise one named the same, otherwise None."""
    _key, names = THEME_OF_CODE[code]
    return (
        Theme.objects.filter(locale=locale, translation_key=theme_key(code)).first()
        or Theme.objects.filter(locale=locale, name__iexact=names["fi"]).order_by("pk").first()
    )


def create_theme(Theme, Locale, locale, code):
    """Create the theme in the source language and in each other language the site has."""
    _key, names = THEME_OF_CODE[code]
    source = Theme.objects.create(translation_key=theme_key(code), locale=locale, name=names[locale.language_code])
    for other in Locale.objects.exclude(pk=locale.pk).filter(language_code__in=names):
        Theme.objects.create(translation_key=source.translation_key, locale=other, name=names[other.language_code])
    return source


def themes_of_codes(apps, codes):
    """Return {code: Finnish theme} for the codes given, creating a theme only where none is found."""
    Theme = apps.get_model("experiments", "Theme")
    Locale = apps.get_model("wagtailcore", "Locale")
    locale = source_locale(Locale)
    themes = {}
    for code in sorted(set(codes) & set(THEME_OF_CODE)):
        themes[code] = find_theme(Theme, locale, code) or create_theme(Theme, Locale, locale, code)
    return themes


def code_of_theme(theme, themes_by_key):
    """Return the old code of a theme (a row in any language), or "other" for one the old list did not have."""
    if theme is None:
        return OTHER
    return themes_by_key.get(theme.translation_key, OTHER)


def forward(apps, schema_editor):
    Proposal = apps.get_model("participation", "Proposal")
    codes = Proposal.objects.exclude(theme=OTHER).values_list("theme", flat=True).distinct()
    for code, theme in themes_of_codes(apps, codes).items():
        Proposal.objects.filter(theme=code).update(theme_snippet=theme)


def backward(apps, schema_editor):
    Proposal = apps.get_model("participation", "Proposal")
    Theme = apps.get_model("experiments", "Theme")
    Locale = apps.get_model("wagtailcore", "Locale")
    locale = source_locale(Locale)
    themes_by_key = {}
    for code in THEME_OF_CODE:
        theme = find_theme(Theme, locale, code) if locale else None
        if theme is not None:
            themes_by_key[theme.translation_key] = code
    for proposal in Proposal.objects.select_related("theme_snippet").exclude(theme_snippet=None):
        proposal.theme = code_of_theme(proposal.theme_snippet, themes_by_key)
        proposal.save(update_fields=["theme"])


class Migration(migrations.Migration):
    dependencies = [
        ("participation", "0005_proposal_theme_snippet"),
    ]

    operations = [migrations.RunPython(forward, backward)]
