"""`murojaat import_mahallas FILE` and the demo mahallas."""

import csv
import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from murojaat.territories.demo import DEMO_MAHALLAS_CSV, load_demo_mahallas
from murojaat.territories.mahalla_import import mahalla_code
from murojaat.territories.models import Mahalla

pytestmark = pytest.mark.django_db

HEADER = "district_soato,code,name_uz,name_uz_cyrl,name_kaa,name_ru\n"


def write_csv(tmp_path, body: str, name: str = "mahallas.csv"):
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def run(path) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_mahallas", str(path), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_it_imports_mahallas_and_reports_counts(tmp_path):
    path = write_csv(tmp_path, (
        "1710401,QR-001,Navro‘z MFY,Наврўз МФЙ,,МСГ «Навруз»\n"
        "1710224,,Mustaqillik MFY,,,\n"
    ))
    out, _ = run(path)
    assert "2 created, 0 updated, 0 unchanged" in out
    navroz = Mahalla.objects.get(code="QR-001")
    assert navroz.territory.soato == "1710401"
    with translation.override("ru"):
        assert navroz.name == "МСГ «Навруз»"


def test_it_makes_a_stable_code_and_cyrillic_name_when_the_file_has_none(tmp_path):
    run(write_csv(tmp_path, "1710224,,Mustaqillik MFY,,,\n"))
    mahalla = Mahalla.objects.get(territory__soato="1710224", name_uz="Mustaqillik MFY")
    assert mahalla.code == "1710224-mustaqillik"
    assert mahalla.name_uz_cyrl == "Мустақиллик МФЙ"


def test_long_names_get_distinct_codes_within_the_length_limit():
    first = mahalla_code(district_soato="1726294", name_uz="Kichik Beshyog‘och birinchi MFY")
    second = mahalla_code(district_soato="1726294", name_uz="Kichik Beshyog‘och ikkinchi MFY")
    assert first != second
    assert len(first) <= 20 and len(second) <= 20
    assert first == mahalla_code(district_soato="1726294", name_uz="Kichik Beshyog‘och birinchi MFY")


def test_it_imports_nothing_and_names_every_bad_line(tmp_path):
    path = write_csv(tmp_path, (
        "1710401,,Bahor MFY,,,\n"           # line 2: fine
        "1710999,,Guliston MFY,,,\n"        # line 3: no such district
        "1710401,,,,,\n"                    # line 4: no name
        "1710401,,bahor mfy,,,\n"           # line 5: duplicate of line 2
        "1710,,Tinchlik MFY,,,\n"           # line 6: a region, not a district
        "1710401,X,Yoshlik MFY,,,,extra\n"  # line 7: too many values
    ))
    with pytest.raises(CommandError) as excinfo:
        run(path)
    assert excinfo.value.returncode == 1
    assert not Mahalla.objects.exists()

    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_mahallas", str(path), stdout=io.StringIO(), stderr=err)
    lines = err.getvalue().splitlines()
    assert [line.split(": ")[1] for line in lines] == ["line 3", "line 4", "line 5", "line 6", "line 7"]
    assert "unknown district SOATO code 1710999" in lines[0]
    assert "name is missing" in lines[1]
    assert "duplicate" in lines[2] and "line 2" in lines[2]


def test_it_refuses_a_file_with_the_wrong_header(tmp_path):
    path = tmp_path / "wrong.csv"
    path.write_text("soato,name\n1710401,Bahor MFY\n", encoding="utf-8")
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_mahallas", str(path), stdout=io.StringIO(), stderr=err)
    assert "line 1: the header must be" in err.getvalue()


def test_it_refuses_a_name_taken_in_the_district_under_another_code(tmp_path):
    run(write_csv(tmp_path, "1710401,QR-1,Bahor MFY,,,\n", "first.csv"))
    with pytest.raises(CommandError):
        run(write_csv(tmp_path, "1710401,QR-2,Bahor MFY,,,\n", "second.csv"))
    assert list(Mahalla.objects.values_list("code", flat=True)) == ["QR-1"]


def test_importing_the_same_file_again_changes_nothing(tmp_path):
    path = write_csv(tmp_path, "1710401,,Bahor MFY,,,\n1710229,,Tinchlik MFY,,,\n")
    run(path)
    ids = set(Mahalla.objects.values_list("pk", flat=True))
    out, _ = run(path)
    assert "0 created, 0 updated, 2 unchanged" in out
    assert set(Mahalla.objects.values_list("pk", flat=True)) == ids


def test_it_updates_names_of_mahallas_it_finds_by_code(tmp_path):
    run(write_csv(tmp_path, "1710401,QR-1,Bahor MFY,,,\n", "first.csv"))
    out, _ = run(write_csv(tmp_path, "1710401,QR-1,Bahor MFY,,,МСГ «Бахор»\n", "second.csv"))
    assert "0 created, 1 updated" in out
    assert Mahalla.objects.get(code="QR-1").name_ru == "МСГ «Бахор»"


def test_it_accepts_a_spreadsheet_export_with_byte_order_mark_and_ascii_apostrophes(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(("\ufeff" + HEADER + "1710401,,Bog'ishamol MFY,,,\n").encode("utf-8"))
    run(path)
    assert Mahalla.objects.get().name_uz == "Bog‘ishamol MFY"


def test_the_demo_mahallas_load_cleanly_and_idempotently():
    counts = load_demo_mahallas()
    with DEMO_MAHALLAS_CSV.open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert counts.created == len(rows) == Mahalla.objects.count()
    assert load_demo_mahallas().unchanged == len(rows)
    for soato in ("1710401", "1710224", "1710229", "1726294", "1735401", "1718401", "1703401"):
        assert 12 <= Mahalla.objects.filter(territory__soato=soato).count() <= 25, soato
    assert all(m.name_kaa for m in Mahalla.objects.filter(territory__soato="1735401"))


def test_the_demo_cyrillic_names_are_fully_cyrillic():
    with DEMO_MAHALLAS_CSV.open(encoding="utf-8") as stream:
        for row in csv.DictReader(stream):
            assert not any(c.isascii() and c.isalpha() or c in "ʻ‘’'" for c in row["name_uz_cyrl"]), row
