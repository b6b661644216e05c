import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    """The old choice goes and the snippet link takes its name; undone, the previous migration fills the choice in."""

    dependencies = [
        ("participation", "0006_proposal_theme_to_snippet"),
    ]

    operations = [
        migrations.RemoveField(model_name="proposal", name="theme"),
        migrations.RenameField(model_name="proposal", old_name="theme_snippet", new_name="theme"),
        migrations.AlterField(
            model_name="proposal",
            name="theme",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="proposals",
                to="experiments.theme",
                verbose_name="theme",
            ),
        ),
    ]
