"""Open data: the aggregated indicators of an area and period as CSV, JSON or XLSX.

One table: a row for all appeals, then a row per value of every dimension
(kind, channel, region, body...), a column per indicator. Only aggregates
leave: no appeal, no applicant, and figures resting on fewer than
SUPPRESSION_THRESHOLD appeals are withheld (`disclosure`).
"""

import csv
import io
from datetime import date

from django.utils.translation import gettext as _

from murojaat.statistics.disclosure import public_breakdown, suppression_note
from murojaat.statistics.indicators import DIMENSIONS, INDICATORS
from murojaat.statistics.refresh import keeps_days
from murojaat.statistics.selectors import Area, Period, breakdown_for, is_whole_months

FIXED_COLUMNS = ("area", "area_name", "from", "to", "dimension", "value", "label")


def export_table(*, area: Area, period: Period) -> dict:
    """{"columns", "rows" (lists, None for withheld), "note", "definitions"}."""
    rows = []
    # Body, category and district are counted by whole months: left out of a period of odd days.
    whole = is_whole_months(period)
    for dimension in (d for d in DIMENSIONS if whole or keeps_days(d)):
        for row in public_breakdown(breakdown_for(area=area, period=period, dimension=dimension)):
            fixed = [
                area.code,
                area.name,
                period.start.isoformat(),
                period.end.isoformat(),
                dimension,
                row["value"],
                row["label"],
            ]
            rows.append(fixed + [row["public"][i.key] for i in INDICATORS])
    return {
        "columns": [*FIXED_COLUMNS, *(i.key for i in INDICATORS)],
        "rows": rows,
        "note": suppression_note(),
        "definitions": [
            {"key": i.key, "label": str(i.label), "meaning": str(i.meaning), "unit": i.unit}
            for i in INDICATORS
        ],
    }


def as_json(table: dict, *, area: Area, period: Period) -> dict:
    return {
        "area": {"code": area.code, "level": area.level, "name": area.name},
        "from": period.start,
        "to": period.end,
        "note": table["note"],
        "indicators": table["definitions"],
        "rows": [dict(zip(table["columns"], row, strict=True)) for row in table["rows"]],
    }


def as_csv(table: dict) -> str:
    """Withheld cells are empty; the last column says why on the rows that have any."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([*table["columns"], "note"])
    for row in table["rows"]:
        writer.writerow(["" if v is None else v for v in row] + [table["note"] if None in row else ""])
    return out.getvalue()


def as_xlsx(table: dict) -> bytes:
    """A workbook with the table and a sheet explaining every column."""
    import xlsxwriter  # needed for open data downloads only

    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    bold = book.add_format({"bold": True})
    sheet = book.add_worksheet(_("Statistics")[:31])
    sheet.write_row(0, 0, table["columns"], bold)
    for r, row in enumerate(table["rows"], start=1):
        for c, value in enumerate(row):
            if value is None:
                sheet.write_blank(r, c, None)
            elif isinstance(value, date):
                sheet.write_string(r, c, value.isoformat())
            else:
                sheet.write(r, c, value)
    sheet.freeze_panes(1, 0)
    about = book.add_worksheet(_("About")[:31])
    about.write(0, 0, table["note"])
    about.write_row(2, 0, [_("column"), _("name"), _("meaning"), _("unit")], bold)
    for r, definition in enumerate(table["definitions"], start=3):
        about.write_row(
            r, 0, [definition["key"], definition["label"], definition["meaning"], definition["unit"]]
        )
    book.close()
    return out.getvalue()
