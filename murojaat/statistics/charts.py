"""Charts drawn on the server as SVG, each with its data table for screen readers.

Every function returns a `Chart`: `svg` (markup, safe to insert; every text
escaped) and `table` ({"caption", "headers", "rows"}) that the template
renders as a <table>. The SVG is role="img" with a <title>; the table carries
the numbers, so the picture never holds information the table lacks.

The map: no maintained package in our registries ships Uzbekistan's region
boundaries (only world outlines), so the map is a schematic tile map, one
labelled tile per region placed roughly where it lies, shaded by the value.
A withheld or missing value (None) is drawn hatched grey and said in the table.
"""

import zlib
from dataclasses import dataclass, field
from html import escape

from django.utils.translation import gettext as _

WIDTH, BAR_HEIGHT, GAP, LABEL_WIDTH = 640, 22, 6, 220
PALETTE = (
    "#eef4fb",
    "#c6dbef",
    "#9ecae1",
    "#6baed6",
    "#3182bd",
    "#08519c",
)  # light to dark, all with a border
NO_DATA = "url(#{})"  # the chart's own hatch pattern: ids must be unique on a page of charts

# (column, row) of each region on a 6 x 4 grid, west to east, north to south.
REGION_TILES = {
    "1735": (0, 1),  # Republic of Karakalpakstan
    "1733": (1, 2),  # Khorezm
    "1712": (2, 1),  # Navoi
    "1706": (2, 2),  # Bukhara
    "1718": (3, 2),  # Samarkand
    "1708": (3, 1),  # Jizzakh
    "1710": (3, 3),  # Kashkadarya
    "1722": (4, 3),  # Surkhandarya
    "1724": (4, 1),  # Syrdarya
    "1727": (4, 0),  # Tashkent Region
    "1726": (5, 0),  # Tashkent City
    "1714": (5, 1),  # Namangan
    "1730": (5, 2),  # Fergana
    "1703": (6, 1),  # Andijan
}


@dataclass
class Chart:
    svg: str
    table: dict = field(default_factory=dict)


def _number(value) -> str:
    if value is None:
        return _("withheld")
    return f"{value:,.1f}".rstrip("0").rstrip(".") if isinstance(value, float) else f"{value:,}"


def _pattern_id(title: str) -> str:
    return f"no-data-{zlib.crc32(title.encode()):08x}"


def _no_data(title: str) -> str:
    return NO_DATA.format(_pattern_id(title))


def _svg_open(width: int, height: int, title: str) -> str:
    # Presentation attributes only (fill, stroke, font-size): the CSP forbids style="".
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-label="{escape(title)}" font-family="sans-serif" font-size="13"><title>{escape(title)}</title>'
        f'<defs><pattern id="{_pattern_id(title)}" width="6" height="6" patternUnits="userSpaceOnUse">'
        '<rect width="6" height="6" fill="#f3f3f3"/><path d="M0,6 L6,0" stroke="#999" stroke-width="1"/>'
        "</pattern></defs>"
    )


def bar_chart(*, title: str, rows: list[tuple[str, float | None]], unit: str = "") -> Chart:
    """Horizontal bars, one per (label, value), in the order given."""
    peak = max((v for _, v in rows if v), default=0) or 1
    height = max(len(rows), 1) * (BAR_HEIGHT + GAP) + GAP
    parts = [_svg_open(WIDTH, height, title)]
    for i, (label, value) in enumerate(rows):
        y = GAP + i * (BAR_HEIGHT + GAP)
        length = 0 if value is None else (WIDTH - LABEL_WIDTH - 80) * value / peak
        fill = _no_data(title) if value is None else PALETTE[4]
        parts.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + 15}" text-anchor="end">{escape(label[:34])}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{max(length, 2):.1f}" height="{BAR_HEIGHT}" fill="{fill}"/>'
            f'<text x="{LABEL_WIDTH + max(length, 2) + 6:.1f}" y="{y + 15}">{escape(_number(value))}{escape(unit)}'
            "</text>"
        )
    parts.append("</svg>")
    return Chart("".join(parts), _table(title, [_("item"), _("value")], rows, unit))


def line_chart(*, title: str, points: list[tuple[str, float | None]], unit: str = "") -> Chart:
    """A line over time (month labels); a withheld point breaks the line."""
    height, left, bottom, top = 260, 56, 36, 16
    plot_w, plot_h = WIDTH - left - 16, height - top - bottom
    peak = max((v for _, v in points if v), default=0) or 1
    step = plot_w / max(len(points) - 1, 1)
    parts = [_svg_open(WIDTH, height, title)]
    for fraction in (0, 0.5, 1):
        y = top + plot_h * (1 - fraction)
        parts.append(
            f'<line x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ccc"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{escape(_number(peak * fraction))}</text>'
        )
    segment: list[str] = []
    for i, (label, value) in enumerate(points):
        x = left + i * step
        if i % max(len(points) // 6, 1) == 0:
            anchor = "end" if i == len(points) - 1 and i else "start" if i == 0 else "middle"
            parts.append(f'<text x="{x:.1f}" y="{height - 12}" text-anchor="{anchor}">{escape(label)}</text>')
        if value is None:
            parts.append(_polyline(segment))
            segment = []
            continue
        y = top + plot_h * (1 - value / peak)
        segment.append(f"{x:.1f},{y:.1f}")
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{PALETTE[5]}"/>')
    parts.append(_polyline(segment))
    parts.append("</svg>")
    return Chart("".join(parts), _table(title, [_("month"), _("value")], points, unit))


def _polyline(points: list[str]) -> str:
    if len(points) < 2:
        return ""
    return f'<polyline points="{" ".join(points)}" fill="none" stroke="{PALETTE[5]}" stroke-width="2"/>'


def region_map(
    *, title: str, values: dict[str, float | None], names: dict[str, str], unit: str = "", legend: bool = True
) -> Chart:
    """Regions as tiles shaded by value (SOATO -> value); darker is more. `legend`: draw the
    shades' values under the tiles (a page may give the legend as HTML instead)."""
    tile, pad = 88, 4
    known = [v for v in values.values() if v is not None]
    low, high = (min(known), max(known)) if known else (0, 0)
    columns = max(c for c, _ in REGION_TILES.values()) + 1
    rows_count = max(r for _, r in REGION_TILES.values()) + 1
    width, height = columns * tile + pad, rows_count * tile + pad + 28 + (34 if legend else 0)
    parts = [_svg_open(width, height, title)]
    for soato, (col, row) in REGION_TILES.items():
        value = values.get(soato)
        x, y = col * tile + pad, row * tile + pad
        if value is None:
            fill, ink = _no_data(title), "#000"
        else:
            shade = 0 if high == low else round((value - low) / (high - low) * (len(PALETTE) - 1))
            fill, ink = PALETTE[shade], "#fff" if shade >= 4 else "#000"
        name = names.get(soato, soato)
        parts.append(
            f"<g><title>{escape(name)}: {escape(_number(value))}{escape(unit)}</title>"
            f'<rect x="{x}" y="{y}" width="{tile - pad}" height="{tile - pad}" rx="6" fill="{fill}" stroke="#555"/>'
            f'<text x="{x + (tile - pad) / 2}" y="{y + 36}" text-anchor="middle" fill="{ink}" font-size="11">'
            f"{escape(name[:14])}</text>"
            f'<text x="{x + (tile - pad) / 2}" y="{y + 56}" text-anchor="middle" fill="{ink}" font-weight="bold">'
            f"{escape(_number(value))}</text></g>"
        )
    if legend:
        parts.append(_map_legend(low, high, unit, title, y=rows_count * tile + pad + 6, x=pad))
    parts.append(
        f'<text x="{pad}" y="{height - 8}" font-size="11">'
        f"{escape(_('Schematic map: one tile per region, placed roughly where it lies.'))}</text></svg>"
    )
    rows = sorted(((names.get(s, s), values.get(s)) for s in REGION_TILES), key=lambda r: r[0])
    return Chart("".join(parts), _table(title, [_("region"), _("value")], rows, unit))


def map_legend_steps(low: float, high: float) -> list[tuple[str, float, float]]:
    """(colour, from, to) of each shade of the map, light to dark."""
    if high == low:
        return [(PALETTE[0], low, high)]
    step = (high - low) / (len(PALETTE) - 1)
    return [
        (colour, max(low, low + (i - 0.5) * step), min(high, low + (i + 0.5) * step))
        for i, colour in enumerate(PALETTE)
    ]


def _map_legend(low, high, unit: str, title: str, *, x: int, y: int) -> str:
    """Swatches with the values each shade stands for, and the hatch for withheld."""
    parts, box = [f'<g font-size="11"><text x="{x}" y="{y + 12}">{escape(_("Legend:"))}</text>'], 16
    cursor = x + 60
    for colour, start, end in map_legend_steps(low, high):
        label = (
            _number(round(start, 1))
            if start == end
            else f"{_number(round(start, 1))}–{_number(round(end, 1))}"
        )
        parts.append(
            f'<rect x="{cursor}" y="{y}" width="{box}" height="{box}" fill="{colour}" stroke="#555"/>'
            f'<text x="{cursor + box + 4}" y="{y + 12}">{escape(label + unit)}</text>'
        )
        cursor += box + 8 + 7 * len(label + unit)
    parts.append(
        f'<rect x="{cursor}" y="{y}" width="{box}" height="{box}" fill="{_no_data(title)}" stroke="#555"/>'
        f'<text x="{cursor + box + 4}" y="{y + 12}">{escape(_("withheld or none"))}</text></g>'
    )
    return "".join(parts)


def _table(caption: str, headers: list[str], rows, unit: str) -> dict:
    return {
        "caption": caption,
        "headers": headers,
        "rows": [[label, _number(value) + (unit if value is not None else "")] for label, value in rows],
    }
