"""`ScheduledJob` moves to the jobs engine (murojaat/jobs/), rows and all.

The table is renamed, not copied: its rows (the periodic jobs' claims) stay
as they are. Here the notifications app lets go of the model; jobs.0001 takes
it over without touching the database, so it must run after this.
"""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("notifications", "0003_index_only_the_queue"),
    ]
    run_before = [
        ("jobs", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.AlterModelTable(name="scheduledjob", table="jobs_scheduledjob")],
            state_operations=[migrations.DeleteModel(name="ScheduledJob")],
        ),
    ]
