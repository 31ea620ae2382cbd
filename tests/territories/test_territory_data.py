"""The territories the migration loads (the `db` fixture runs migrations)."""

import json
import re

import pytest
from django.utils import translation

from murojaat.territories.models import Territory

pytestmark = pytest.mark.django_db

QASHQADARYO = {
    "1710207": "G‘uzor tumani", "1710212": "Dehqonobod tumani", "1710220": "Qamashi tumani",
    "1710224": "Qarshi tumani", "1710229": "Koson tumani", "1710232": "Kitob tumani",
    "1710233": "Mirishkor tumani", "1710234": "Muborak tumani", "1710235": "Nishon tumani",
    "1710237": "Kasbi tumani", "1710242": "Chiroqchi tumani", "1710245": "Shahrisabz tumani",
    "1710250": "Yakkabog‘ tumani", "1710401": "Qarshi shahri", "1710405": "Shahrisabz shahri",
}


def test_it_loads_the_fourteen_regions_with_their_kinds():
    regions = Territory.objects.filter(level=Territory.Level.REGION)
    assert regions.count() == 14
    assert regions.filter(kind=Territory.Kind.REGION).count() == 12
    assert regions.get(kind=Territory.Kind.REPUBLIC).soato == "1735"
    assert regions.get(kind=Territory.Kind.CAPITAL).soato == "1726"
    assert not regions.exclude(parent=None).exists()


def test_it_loads_every_district_and_city_of_qashqadaryo():
    children = Territory.objects.filter(parent__soato="1710")
    assert {t.soato: t.name_uz for t in children} == QASHQADARYO
    assert {t.soato for t in children if t.kind == Territory.Kind.CITY} == {"1710401", "1710405"}
    assert all(t.level == Territory.Level.DISTRICT for t in children)


def test_it_leaves_out_the_grouping_rows_of_the_source():
    assert not Territory.objects.filter(soato__regex=r"^\d{4}(200|260|400)$").exists()
    assert not Territory.objects.filter(name_uz__endswith="tumanlari").exists()


def test_it_agrees_with_the_world_fixture(world):
    # tests/conftest.py creates these with get_or_create; the loaded rows must fit.
    assert world.district_a.parent == world.region
    assert (world.district_a.level, world.district_a.kind) == ("district", "district")
    assert world.district_b.name_ru == "Касанский район"


def test_it_writes_uzbek_names_with_the_proper_apostrophes():
    assert Territory.objects.get(soato="1730").name_uz == "Farg‘ona viloyati"
    assert Territory.objects.get(soato="1733221").name_uz == "Tuproqqal’a tumani"
    assert not Territory.objects.filter(name_uz__contains="'").exists()


def test_it_has_no_latin_look_alikes_in_cyrillic_names():
    for territory in Territory.objects.all():
        for value in (territory.name_ru, territory.name_uz_cyrl):
            assert not re.search("[A-Za-z]", value), (territory.soato, value)
    assert Territory.objects.get(soato="1703217").name_ru == "Улугнорский район"


def test_it_names_karakalpakstan_in_karakalpak():
    karakalpak = Territory.objects.filter(soato__startswith="1735")
    assert karakalpak.count() == 18
    assert all(t.name_kaa for t in karakalpak)
    assert Territory.objects.get(soato="1735401").name_kaa == "Nókis qalası"
    assert Territory.objects.get(soato="1735").name_kaa == "Qaraqalpaqstan Respublikası"
    # Elsewhere the Karakalpak column stays empty and readers fall back to Uzbek.
    assert not Territory.objects.exclude(soato__startswith="1735").exclude(name_kaa="").exists()


@pytest.mark.parametrize(
    ("language", "expected"),
    [("uz", "Qarshi tumani"), ("uz-cyrl", "Қарши тумани"), ("ru", "Каршинский район"),
     ("en", "Qarshi District"), ("kaa", "Qarshi tumani")],
)
def test_it_names_a_district_in_the_readers_language(language, expected):
    with translation.override(language):
        assert Territory.objects.get(soato="1710224").name == expected


def test_it_gives_karakalpak_readers_karakalpak_names():
    with translation.override("kaa"):
        assert Territory.objects.get(soato="1735401").name == "Nókis qalası"


def test_it_loads_again_in_place_without_duplicating_rows():
    from importlib import import_module

    from django.apps import apps

    migration = import_module("murojaat.territories.migrations.0002_load_territories")
    before = Territory.objects.count()
    qarshi = Territory.objects.get(soato="1710224")
    Territory.objects.filter(pk=qarshi.pk).update(name_en="changed by hand")
    migration.load_territories(apps, None)
    assert Territory.objects.count() == before
    assert Territory.objects.get(soato="1710224").pk == qarshi.pk
    # The file is the source of truth: a re-run restores the published name.
    assert Territory.objects.get(soato="1710224").name_en == "Qarshi District"


def test_the_data_file_is_sorted_by_soato_and_names_its_source():
    path = migration_data_file()
    document = json.loads(path.read_text(encoding="utf-8"))
    codes = [r["soato"] for r in document["territories"]]
    assert codes == sorted(codes)
    assert "MIT" in document["license"]


def migration_data_file():
    from importlib import import_module

    return import_module("murojaat.territories.migrations.0002_load_territories").DATA_FILE
