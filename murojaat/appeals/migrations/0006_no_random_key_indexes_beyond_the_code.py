"""Two indexes fewer on the appeal, the table every citizen's request writes.

- `appeal_by_fingerprint`: the text's hash is compared only among one
  applicant's appeals, which are reached by account, PINFL or TIN.
- PostgreSQL only: the `varchar_pattern_ops` twin Django creates beside the
  unique tracking code, for LIKE queries. Codes are looked up whole.

Both had random keys, so each new appeal wrote an entry on a random page of
each: after every checkpoint, most of those writes log the whole page.
"""

from django.db import migrations


def _like_index_name(schema_editor):
    # The name Django gave it (schema_editor._create_like_index_sql).
    return schema_editor._create_index_name("appeals_appeal", ["tracking_code"], suffix="_like")


def drop_like_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {schema_editor.quote_name(_like_index_name(schema_editor))}")


def create_like_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        name = schema_editor.quote_name(_like_index_name(schema_editor))
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON appeals_appeal (tracking_code varchar_pattern_ops)"
        )


class Migration(migrations.Migration):
    dependencies = [("appeals", "0005_index_applicants_and_actors_exactly")]

    operations = [
        migrations.RemoveIndex(model_name="appeal", name="appeal_by_fingerprint"),
        migrations.RunPython(drop_like_index, create_like_index),
    ]
