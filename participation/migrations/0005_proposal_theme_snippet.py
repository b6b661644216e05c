import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    """The snippet link is added beside the old choice first: the next migration copies each idea's theme over."""

    dependencies = [
        ("experiments", "0003_experiment_decision_record"),
        ("participation", "0004_workshop_belongs_and_idea_take_up"),
    ]

    operations = [
        migrations.AddField(
            model_name="proposal",
            name="theme_snippet",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="experiments.theme",
                verbose_name="theme",
            ),
        ),
    ]
