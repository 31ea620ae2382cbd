"""Build murojaat/territories/data/territories.json from the SOATO fixture of uzsoato-registry.

Source: the fixture `soato/fixtures/soato.json` inside the wheel of the PyPI
package uzsoato-registry 0.1.3 (MIT License, Copyright (c) 2021 Pavel Tanchev,
https://github.com/dcopm999/uzsoato_registry). Get it and run the build with:

    pip download --no-deps uzsoato-registry==0.1.3 -d /tmp/uzsoato
    unzip -o /tmp/uzsoato/uzsoato_registry-0.1.3-*.whl 'soato/fixtures/soato.json' -d /tmp/uzsoato
    .venv/bin/python scripts/build_territories.py /tmp/uzsoato/soato/fixtures/soato.json

The output is committed; the migration territories/0002 loads it. Only
regions and districts/cities of regional (republican) subordination are kept:
"soato.district" rows whose code ends in 200/260/400 or whose name ends in
"tumanlari"/"shaharlari" group the real ones and are dropped, and
"soato.city" rows (towns, villages, rural assemblies) are not used.

The fixture dates from April 2021. Changes since then that we know of and that
are NOT in the file (check them against the current SOATO classifier of the
Statistics Agency, stat.uz, before relying on them):
  - Ko‘kdala district (Qashqadaryo region), formed in 2022;
  - Davlatobod and Yangi Namangan districts of Namangan city, formed in 2022
    (districts inside a city, which this two-level list does not model anyway).
New SOATO codes are not invented here: add them by hand once confirmed.

Besides fixing encodings (ASCII apostrophes in Uzbek Latin, Latin look-alike
letters in Russian), the build adds what the fixture lacks: English names,
Karakalpak names (Karakalpak Cyrillic written below, converted to Karakalpak
Latin with kaalin and checked by eye), "shahri"/"город" on city names so that
Qarshi city and Qarshi district can be told apart, and a few spelling
corrections listed in UZ_CORRECTIONS and RU_CORRECTIONS.
"""

import argparse
import json
import re
import sys
from pathlib import Path

import kaalin

from murojaat.language.apostrophes import normalise_apostrophes
from murojaat.language.scripts import cyrillic_lookalikes_fixed

OUTPUT = Path(__file__).resolve().parent.parent / "murojaat" / "territories" / "data" / "territories.json"

# Region kind by SOATO: the republic and the capital; the rest are viloyats.
REGION_KINDS = {"1735": "republic", "1726": "capital"}

REGION_NAMES_EN = {
    "1703": "Andijan Region",
    "1706": "Bukhara Region",
    "1708": "Jizzakh Region",
    "1710": "Kashkadarya Region",
    "1712": "Navoi Region",
    "1714": "Namangan Region",
    "1718": "Samarkand Region",
    "1722": "Surkhandarya Region",
    "1724": "Syrdarya Region",
    "1726": "Tashkent City",
    "1727": "Tashkent Region",
    "1730": "Fergana Region",
    "1733": "Khorezm Region",
    "1735": "Republic of Karakalpakstan",
}

# Names with an established English form; everything else is the Uzbek Latin
# name without its apostrophes ("Qarshi District").
EXONYMS_EN = {
    "Andijon": "Andijan",
    "Buxoro": "Bukhara",
    "Jizzax": "Jizzakh",
    "Navoiy": "Navoi",
    "Samarqand": "Samarkand",
    "Termiz": "Termez",
    "Toshkent": "Tashkent",
    "Farg‘ona": "Fergana",
    "Qo‘qon": "Kokand",
    "Marg‘ilon": "Margilan",
    "Urganch": "Urgench",
    "Xiva": "Khiva",
    "Guliston": "Gulistan",
    "Olmaliq": "Almalyk",
    "Kogon": "Kagan",
}

# Misspellings in the fixture: h written as x, a missing tutuq. (uz Latin, uz Cyrillic)
UZ_CORRECTIONS = {
    "1703230": ("Shahrixon tumani", "Шаҳрихон тумани"),
    "1703227": ("Marhamat tumani", "Марҳамат тумани"),
    "1733220": ("Hazorasp tumani", "Ҳазорасп тумани"),
    "1726277": ("Shayxontohur tumani", "Шайхонтоҳур тумани"),
    "1735250": ("Ellikqal’a tumani", "Элликқалъа тумани"),
}

# Russian names the fixture gives in an Uzbek spelling.
RU_CORRECTIONS = {
    "1708212": "Шараф-Рашидовский район",
    "1708237": "Янгиабадский район",
    "1722203": "Бандиханский район",
    "1726290": "Яшнабадский район",
    "1726292": "Янгихаятский район",
    "1727401": "Нурафшан",
}

# Karakalpak names in Karakalpak Cyrillic; kaalin gives the Latin form.
KAA_CYRILLIC = {
    "1735": "Қарақалпақстан Республикасы",
    "1735204": "Әмиўдәрья районы",
    "1735207": "Беруний районы",
    "1735209": "Бозатаў районы",
    "1735211": "Қараөзек районы",
    "1735212": "Кегейли районы",
    "1735215": "Қоңырат районы",
    "1735218": "Қанлыкөл районы",
    "1735222": "Мойнақ районы",
    "1735225": "Нөкис районы",
    "1735228": "Тахиаташ районы",
    "1735230": "Тахтакөпир районы",
    "1735233": "Төрткүл районы",
    "1735236": "Хожели районы",
    "1735240": "Шымбай районы",
    "1735243": "Шоманай районы",
    "1735250": "Елликқала районы",
    "1735401": "Нөкис қаласы",
}

GROUPING_CODE = re.compile(r"^\d{4}(200|260|400)$")
GROUPING_NAME = re.compile(r"(tumanlari|shaharlari+|shaharlar)$")


def is_grouping(row: dict) -> bool:
    return bool(GROUPING_CODE.match(row["soato"]) or GROUPING_NAME.search(row["name"].strip()))


def english_name(name_uz: str, kind: str) -> str:
    base = name_uz.removesuffix(" tumani").removesuffix(" shahri")
    base = EXONYMS_EN.get(base, base)
    base = re.sub("[\u2018\u2019]", "", base)
    return f"{base} {'City' if kind == 'city' else 'District'}"


def uzbek_latin(name: str) -> str:
    """o‘, g‘ and the tutuq in the proper letters (the fixture types them ')."""
    return normalise_apostrophes(name, restore_missing=False)


def karakalpak_name(soato: str) -> str:
    cyrillic = KAA_CYRILLIC.get(soato)
    return kaalin.cyrillic2latin(cyrillic) if cyrillic else ""


def region_record(row: dict) -> dict:
    soato = row["soato"]
    return {
        "soato": soato,
        "level": "region",
        "kind": REGION_KINDS.get(soato, "region"),
        "parent": None,
        "name_uz": uzbek_latin(row["name"].strip()),
        "name_uz_cyrl": cyrillic_lookalikes_fixed(row["name_cyr"].strip()),
        "name_kaa": karakalpak_name(soato),
        "name_ru": cyrillic_lookalikes_fixed(row["name_rus"].strip()),
        "name_en": REGION_NAMES_EN[soato],
    }


def district_record(row: dict, parent: str) -> dict:
    soato = row["soato"]
    # The fifth digit of a seven-digit code: 2 for districts, 4 for cities.
    kind = "city" if soato[4] == "4" else "district"
    name_uz = uzbek_latin(" ".join(row["name"].split()))
    name_uz_cyrl = cyrillic_lookalikes_fixed(" ".join(row["name_cyr"].split()))
    name_ru = cyrillic_lookalikes_fixed(" ".join(row["name_rus"].split()))
    name_uz, name_uz_cyrl = UZ_CORRECTIONS.get(soato, (name_uz, name_uz_cyrl))
    name_ru = RU_CORRECTIONS.get(soato, name_ru)
    if kind == "city":
        name_uz, name_uz_cyrl, name_ru = f"{name_uz} shahri", f"{name_uz_cyrl} шаҳри", f"город {name_ru}"
    return {
        "soato": soato,
        "level": "district",
        "kind": kind,
        "parent": parent,
        "name_uz": name_uz,
        "name_uz_cyrl": name_uz_cyrl,
        "name_kaa": karakalpak_name(soato),
        "name_ru": name_ru,
        "name_en": english_name(name_uz, kind),
    }


def build(fixture: list[dict]) -> list[dict]:
    regions = {r["pk"]: r["fields"] for r in fixture if r["model"] == "soato.region"}
    records = [region_record(fields) for fields in regions.values()]
    for row in fixture:
        if row["model"] != "soato.district" or is_grouping(row["fields"]):
            continue
        records.append(district_record(row["fields"], regions[row["fields"]["region"]]["soato"]))
    return sorted(records, key=lambda r: r["soato"])


def check(records: list[dict]) -> list[str]:
    """Problems a reader would notice; the build refuses to write if any."""
    problems = []
    for r in records:
        for field in ("name_uz_cyrl", "name_ru"):
            if re.search("[A-Za-z]", r[field]):
                problems.append(f"{r['soato']}: Latin letter in {field}: {r[field]!r}")
        if "'" in r["name_uz"]:
            problems.append(f"{r['soato']}: ASCII apostrophe in name_uz: {r['name_uz']!r}")
        if r["soato"].startswith("1735") and not r["name_kaa"]:
            problems.append(f"{r['soato']}: no Karakalpak name")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("fixture", type=Path, help="path to soato/fixtures/soato.json from uzsoato-registry 0.1.3")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()

    records = build(json.loads(args.fixture.read_text(encoding="utf-8")))
    problems = check(records)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    document = {
        "source": "uzsoato-registry 0.1.3 (PyPI), soato/fixtures/soato.json, April 2021; "
        "built by scripts/build_territories.py",
        "license": "MIT License, Copyright (c) 2021, Pavel Tanchev",
        "territories": records,
    }
    args.output.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    regions = sum(1 for r in records if r["level"] == "region")
    print(f"wrote {args.output}: {regions} regions, {len(records) - regions} districts and cities")
    return 0


if __name__ == "__main__":
    sys.exit(main())
