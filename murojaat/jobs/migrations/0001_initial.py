"""`ScheduledJob`, taken over from the notifications app.

Its table exists already: created by notifications.0002 and renamed to
jobs_scheduledjob by notifications.0004 (which runs before this one). So
this migration changes only Django's idea of who owns the model.
"""

import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = []

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name="ScheduledJob",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID"),
                        ),
                        ("name", models.CharField(max_length=64, unique=True, verbose_name="name")),
                        (
                            "next_run_at",
                            models.DateTimeField(default=django.utils.timezone.now, verbose_name="next run"),
                        ),
                        ("last_run_at", models.DateTimeField(blank=True, null=True, verbose_name="last run")),
                        ("last_result", models.JSONField(blank=True, default=dict, verbose_name="last result")),
                    ],
                    options={
                        "verbose_name": "scheduled job",
                        "verbose_name_plural": "scheduled jobs",
                    },
                ),
            ],
        ),
    ]
