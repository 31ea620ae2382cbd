"""The demo taxonomy of appeal categories (docs/categories.md)."""

import re
from pathlib import Path

from murojaat.categories.models import Category
from murojaat.demo.categories import load_categories

DOCS = Path(__file__).resolve().parents[2] / "docs" / "categories.md"


def documented_leaves() -> list[tuple[str, str, str, str, str]]:
    """(group, code, English name, kind, level) rows of the table in the docs."""
    rows = []
    for line in DOCS.read_text().splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 5 and re.fullmatch(r"[a-z][a-z-]*", cells[0]) and cells[0] != "group":
            rows.append(tuple(cells))
    return rows


def test_it_loads_exactly_the_documented_taxonomy(db):
    load_categories()

    leaves = Category.objects.filter(parent__isnull=False).select_related("parent").order_by("position")
    loaded = [(c.parent.code, c.code, c.name_en, c.responsible_kind, c.responsible_level) for c in leaves]
    assert loaded == documented_leaves()
    assert len(loaded) == 41
    assert Category.objects.filter(parent__isnull=True).count() == 13


def test_groups_come_in_the_order_of_the_table(db):
    load_categories()

    groups = list(Category.objects.filter(parent__isnull=True).values_list("code", flat=True))
    assert groups == list(dict.fromkeys(row[0] for row in documented_leaves()))


def test_every_category_has_all_five_names_and_three_descriptions(db):
    load_categories()

    for category in Category.objects.all():
        names = [category.name_uz, category.name_uz_cyrl, category.name_kaa, category.name_ru, category.name_en]
        descriptions = [category.description_uz, category.description_ru, category.description_en]
        assert all(names) and all(descriptions), category.code
        assert re.search("[а-яё]", category.name_ru, re.IGNORECASE), category.code
        assert re.search("[а-яўқғҳ]", category.name_uz_cyrl.replace("my.gov.uz", ""), re.IGNORECASE), category.code


def test_uzbek_cyrillic_keeps_web_addresses_and_loanwords(db):
    load_categories()

    assert Category.objects.get(code="egov-portal").name_uz_cyrl == "my.gov.uz порталидаги муаммолар"
    assert Category.objects.get(code="corruption").name_uz_cyrl == "Коррупция"
    assert Category.objects.get(code="road-repair").name_uz_cyrl == "Йўлларни таъмирлаш"


def test_a_second_load_changes_nothing(db):
    first = load_categories()
    before = list(Category.objects.order_by("code").values_list())

    second = load_categories()

    assert first == {"created": 54, "updated": 0, "unchanged": 0}
    assert second == {"created": 0, "updated": 0, "unchanged": 54}
    assert list(Category.objects.order_by("code").values_list()) == before


def test_a_load_repairs_an_edited_category_and_keeps_extra_ones(db):
    load_categories()
    Category.objects.filter(code="gas-supply").update(name_ru="Газ", position=99)
    Category.objects.create(code="local-topic", name_uz="Mahalliy mavzu")

    counts = load_categories()

    assert counts["updated"] == 1
    gas = Category.objects.get(code="gas-supply")
    assert (gas.name_ru, gas.position) == ("Газоснабжение", 1)
    assert Category.objects.filter(code="local-topic").exists()
