"""The periodic jobs take `<entity>_<verb>` names; their rows keep their schedule.

A row whose job was renamed gets the new name, so the job keeps its next
run (the statistics refresh does not run again at once after the upgrade).
"send_due_notifications" is no longer a periodic job: the worker sends due
notifications every round as an outbox drain, so its row goes.
"""

from django.db import migrations

RENAMED = {
    "scan_deadlines": "deadlines_scan",
    "refresh_statistics": "counts_refresh",
    "refresh_trends": "weekly_counts_refresh",
    "purge_idempotency_keys": "idempotency_keys_purge",
    "purge_drafts": "drafts_purge",
}
RETIRED = "send_due_notifications"


def rename(apps, schema_editor, names=RENAMED):
    ScheduledJob = apps.get_model("jobs", "ScheduledJob")
    for old, new in names.items():
        if ScheduledJob.objects.filter(name=new).exists():
            ScheduledJob.objects.filter(name=old).delete()  # a new-named row was made already
        else:
            ScheduledJob.objects.filter(name=old).update(name=new)


def forwards(apps, schema_editor):
    rename(apps, schema_editor)
    apps.get_model("jobs", "ScheduledJob").objects.filter(name=RETIRED).delete()


def backwards(apps, schema_editor):
    rename(apps, schema_editor, {new: old for old, new in RENAMED.items()})


class Migration(migrations.Migration):

    dependencies = [
        ("jobs", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards),
    ]
