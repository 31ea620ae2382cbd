"""Load the regions, districts and cities of Uzbekistan from data/territories.json.

The file is built by scripts/build_territories.py. Rows are matched on SOATO:
missing ones are created, changed ones updated in place (update-or-create, in
bulk because every test database runs this), so running it again is safe.
Going back deletes nothing: appeals and bodies may point at the rows.
"""

import json
from pathlib import Path

from django.db import migrations

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "territories.json"
FIELDS = ("level", "kind", "parent_id", "name_uz", "name_uz_cyrl", "name_kaa", "name_ru", "name_en")


def load_territories(apps, schema_editor):
    Territory = apps.get_model("territories", "Territory")
    records = json.loads(DATA_FILE.read_text(encoding="utf-8"))["territories"]
    # Regions first, so that every parent has its id when its children are written.
    for level in ("region", "district"):
        stored = Territory.objects.in_bulk(field_name="soato")
        new, changed = [], []
        for record in (r for r in records if r["level"] == level):
            values = {f: record[f] for f in FIELDS if f != "parent_id"}
            values["parent_id"] = stored[record["parent"]].pk if record["parent"] else None
            territory = stored.get(record["soato"])
            if territory is None:
                new.append(Territory(soato=record["soato"], **values))
            elif any(getattr(territory, f) != v for f, v in values.items()):
                for field, value in values.items():
                    setattr(territory, field, value)
                changed.append(territory)
        Territory.objects.bulk_create(new)
        Territory.objects.bulk_update(changed, FIELDS)


class Migration(migrations.Migration):
    dependencies = [("territories", "0001_initial")]

    operations = [migrations.RunPython(load_territories, migrations.RunPython.noop)]
