"""Create the Swedish and English locales and the Finnish home page that the site starts from.

The Finnish locale comes from Wagtail's own migrations (LANGUAGE_CODE = "fi"). The home page replaces the
placeholder page Wagtail creates, so the first `migrate` gives a site that answers at /fi/.
"""

from django.db import migrations

EXTRA_LANGUAGES = ["sv", "en"]


def create_locales_and_home(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")

    finnish, _ = Locale.objects.get_or_create(language_code="fi")
    for code in EXTRA_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)

    page_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    Page.objects.filter(content_type=page_type, slug="home", depth=2).delete()

    home_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    home = HomePage.objects.create(
        title="Tulevaisuuden Vaasa",
        draft_title="Tulevaisuuden Vaasa",
        slug="koti",
        content_type=home_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/koti/",
        locale=finnish,
        hero_text="Ajatushautomot ja kokeilujalostamo: kaupunkia kehitetään yhdessä ja kokeillen.",
        live=True,
    )
    root = Page.objects.get(depth=1)
    root.numchild = 1
    root.save(update_fields=["numchild"])

    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page_id=home.pk, is_default_site=True)


def remove_home(apps, schema_editor):
    apps.get_model("home.HomePage").objects.filter(depth=2).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_locales_and_home, remove_home)]
