# Written by hand: a unique UUID on a table that may already have rows needs
# three steps (Django docs, "Migrations that add unique fields").

import uuid

from django.db import migrations, models


def give_each_attachment_a_code(apps, schema_editor):
    Attachment = apps.get_model("attachments", "Attachment")
    for attachment in Attachment.objects.filter(code__isnull=True).only("pk").iterator():
        Attachment.objects.filter(pk=attachment.pk).update(code=uuid.uuid4())


class Migration(migrations.Migration):

    dependencies = [
        ("attachments", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="attachment",
            name="code",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.RunPython(give_each_attachment_a_code, migrations.RunPython.noop, elidable=True),
        migrations.AlterField(
            model_name="attachment",
            name="code",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
        migrations.AddConstraint(
            model_name="attachment",
            constraint=models.UniqueConstraint(fields=("appeal", "sha256"), name="attachment_unique_per_appeal"),
        ),
    ]
