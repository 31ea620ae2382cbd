"""Importing mahallas from a CSV file, all or nothing.

No public register of mahallas exists, so administrators keep them in a
spreadsheet and load it with `murojaat import_mahallas FILE`. The file is UTF-8
CSV with the header

    district_soato,code,name_uz,name_uz_cyrl,name_kaa,name_ru

Every row is checked before anything is written: one bad row (unknown
district, missing name, duplicate) stops the whole import, and the report
names each bad row by its line so the spreadsheet can be fixed in one pass.
Rows are matched on `code`, so importing the same file again changes nothing.
A row without a code gets one made from the district's SOATO and the name,
which stays the same from one import to the next.
"""

import csv
import hashlib
from dataclasses import dataclass
from typing import TextIO

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from murojaat.core.errors import InvalidInput
from murojaat.language.apostrophes import normalise_apostrophes
from murojaat.language.keys import search_key
from murojaat.language.scripts import cyrillic_lookalikes_fixed, latin_to_cyrillic
from murojaat.territories.models import Mahalla, Territory

COLUMNS = ("district_soato", "code", "name_uz", "name_uz_cyrl", "name_kaa", "name_ru")
REQUIRED_COLUMNS = ("district_soato", "name_uz")
NAME_FIELDS = ("name_uz", "name_uz_cyrl", "name_kaa", "name_ru")
CODE_MAX_LENGTH = Mahalla._meta.get_field("code").max_length
HEADER_LINE = 1


@dataclass(frozen=True)
class RowProblem:
    line: int
    reason: str

    def __str__(self) -> str:
        return _("line %(line)s: %(reason)s") % {"line": self.line, "reason": self.reason}


class MahallaFileInvalid(InvalidInput):
    """The file has bad rows; nothing was imported."""

    def __init__(self, problems: list[RowProblem]):
        self.problems = problems
        super().__init__(
            _("%(count)s line(s) of the mahalla file are not valid; nothing was imported.")
            % {"count": len({p.line for p in problems})}
        )


@dataclass(frozen=True)
class MahallaRow:
    line: int
    district_soato: str
    code: str
    names: dict[str, str]


@dataclass
class ImportCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def mahalla_code(*, district_soato: str, name_uz: str) -> str:
    """A stable code for a mahalla that has none: "1710401-navroz".

    Codes are limited to 20 characters, so a long name is cut and a short
    hash of the whole name keeps two long names apart."""
    slug = slugify(name_uz).removesuffix("-mfy") or "mahalla"
    room = CODE_MAX_LENGTH - len(district_soato) - 1
    if len(slug) > room:
        digest = hashlib.sha1(slug.encode()).hexdigest()[:4]
        slug = f"{slug[: room - 5].rstrip('-')}-{digest}"
    return f"{district_soato}-{slug}"


def _cleaned(raw: dict) -> dict[str, str]:
    values = {column: " ".join((raw.get(column) or "").split()) for column in COLUMNS}
    values["name_uz"] = normalise_apostrophes(values["name_uz"], restore_missing=False)
    for column in ("name_uz_cyrl", "name_ru"):
        values[column] = cyrillic_lookalikes_fixed(values[column])
    return values


def mahalla_rows_read(*, stream: TextIO) -> list[MahallaRow]:
    """Parse and check every row; raise MahallaFileInvalid listing every bad one."""
    reader = csv.DictReader(stream)
    try:
        header = [(name or "").strip().lstrip("\ufeff") for name in (reader.fieldnames or [])]
    except (UnicodeDecodeError, csv.Error) as exc:
        raise MahallaFileInvalid([RowProblem(HEADER_LINE, _("cannot read the file: %s") % exc)]) from exc
    reader.fieldnames = header
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    unknown = [c for c in header if c not in COLUMNS]
    if missing or unknown:
        reason = _("the header must be: %(columns)s") % {"columns": ",".join(COLUMNS)}
        raise MahallaFileInvalid([RowProblem(HEADER_LINE, reason)])

    districts = {t.soato: t for t in Territory.objects.all()}
    problems: list[RowProblem] = []
    rows: list[MahallaRow] = []
    seen_codes: dict[str, int] = {}
    seen_names: dict[tuple[str, str], int] = {}
    line = HEADER_LINE
    try:
        for raw in reader:
            line = reader.line_num
            values = _cleaned(raw)
            row_problems = _row_problems(raw, values, districts)
            code = values["code"] or (
                mahalla_code(district_soato=values["district_soato"], name_uz=values["name_uz"])
                if values["name_uz"] else ""
            )
            # Names are compared by their search key (case, apostrophes and
            # punctuation ignored): "Navro'z" and "navro‘z" are one mahalla typed twice.
            name_key = (values["district_soato"], search_key(values["name_uz"]))
            if values["name_uz"] and name_key in seen_names:
                row_problems.append(_("duplicate: “%(name)s” in district %(soato)s is also on line %(other)s")
                                    % {"name": values["name_uz"], "soato": values["district_soato"],
                                       "other": seen_names[name_key]})
            elif code and code in seen_codes:
                row_problems.append(_("duplicate: code %(code)s is also on line %(other)s")
                                    % {"code": code, "other": seen_codes[code]})
            seen_codes.setdefault(code, line)
            seen_names.setdefault(name_key, line)
            problems.extend(RowProblem(line, reason) for reason in row_problems)
            if not row_problems:
                names = {f: values[f] for f in NAME_FIELDS}
                # The Cyrillic name can be written out from the Latin one; the
                # result is stored so that a search in Cyrillic finds it.
                names["name_uz_cyrl"] = names["name_uz_cyrl"] or latin_to_cyrillic(names["name_uz"])
                rows.append(MahallaRow(line, values["district_soato"], code, names))
    except (UnicodeDecodeError, csv.Error) as exc:
        problems.append(RowProblem(line + 1, _("cannot read the file: %s") % exc))
    problems.extend(_conflicts_with_stored(rows, districts))
    if problems:
        raise MahallaFileInvalid(sorted(problems, key=lambda p: p.line))
    return rows


def _row_problems(raw: dict, values: dict[str, str], districts: dict[str, Territory]) -> list[str]:
    reasons = []
    if raw.get(None):
        reasons.append(_("more values than columns in the header"))
    soato = values["district_soato"]
    if not soato:
        reasons.append(_("the district SOATO code is missing"))
    elif soato not in districts:
        reasons.append(_("unknown district SOATO code %(soato)s") % {"soato": soato})
    elif districts[soato].level != Territory.Level.DISTRICT:
        reasons.append(_("%(soato)s is a region; give the SOATO code of a district or city") % {"soato": soato})
    if not values["name_uz"]:
        reasons.append(_("the Uzbek (Latin) name is missing"))
    if len(values["code"]) > CODE_MAX_LENGTH:
        reasons.append(_("the code is longer than %(n)s characters") % {"n": CODE_MAX_LENGTH})
    return reasons


def _conflicts_with_stored(rows: list[MahallaRow], districts: dict[str, Territory]) -> list[RowProblem]:
    """Rows whose name is already taken in their district by a mahalla with another code."""
    codes_in_file = {row.code for row in rows}
    taken = {
        (m.territory_id, m.name_uz): m.code
        for m in Mahalla.objects.filter(territory__soato__in={r.district_soato for r in rows})
        .exclude(code__in=codes_in_file)
        .only("territory_id", "name_uz", "code")
    }
    problems = []
    for row in rows:
        other = taken.get((districts[row.district_soato].pk, row.names["name_uz"]))
        if other:
            reason = _("“%(name)s” in district %(soato)s already exists with code %(code)s") % {
                "name": row.names["name_uz"], "soato": row.district_soato, "code": other}
            problems.append(RowProblem(row.line, reason))
    return problems


def mahallas_import_csv(*, stream: TextIO) -> ImportCounts:
    """Check the whole file, then create or update every mahalla in it in one transaction."""
    rows = mahalla_rows_read(stream=stream)
    districts = Territory.objects.in_bulk({row.district_soato for row in rows}, field_name="soato")
    counts = ImportCounts()
    with transaction.atomic():
        stored = Mahalla.objects.select_for_update().in_bulk([row.code for row in rows], field_name="code")
        for row in rows:
            territory = districts[row.district_soato]
            mahalla = stored.get(row.code)
            if mahalla is None:
                Mahalla.objects.create(code=row.code, territory=territory, **row.names)
                counts.created += 1
            elif mahalla.territory_id != territory.pk or any(
                getattr(mahalla, f) != v for f, v in row.names.items()
            ):
                mahalla.territory = territory
                for name_field, value in row.names.items():
                    setattr(mahalla, name_field, value)
                mahalla.save()
                counts.updated += 1
            else:
                counts.unchanged += 1
    return counts
