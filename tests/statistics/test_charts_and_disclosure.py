from xml.etree import ElementTree

from murojaat.statistics.charts import REGION_TILES, bar_chart, line_chart, region_map
from murojaat.statistics.disclosure import public_breakdown
from murojaat.statistics.indicators import evaluate, zero_counts


def parses(svg: str) -> ElementTree.Element:
    return ElementTree.fromstring(svg)


def test_bar_chart_escapes_labels_and_keeps_every_number_in_its_table():
    chart = bar_chart(title="Received <by body>", rows=[("A & B", 120), ("Kichik", None)])
    root = parses(chart.svg)
    assert root.get("role") == "img"
    assert chart.table["rows"] == [["A & B", "120"], ["Kichik", "withheld"]]
    assert chart.table["caption"] == "Received <by body>"


def test_line_chart_breaks_at_a_withheld_month():
    chart = line_chart(
        title="Trend", points=[("2026-01", 12), ("2026-02", None), ("2026-03", 30), ("2026-04", 31)], unit="%"
    )
    parses(chart.svg)
    assert chart.svg.count("<polyline") == 1  # Jan alone draws no line; Mar-Apr do
    assert chart.table["rows"][0] == ["2026-01", "12%"]


def test_region_map_has_a_tile_per_region_and_a_table():
    values = {soato: float(i) for i, soato in enumerate(REGION_TILES)}
    values["1726"] = None
    chart = region_map(title="Overdue", values=values, names={"1726": "Toshkent shahri"})
    parses(chart.svg)
    assert chart.svg.count('rx="6"') == 14  # one tile per region (the legend has its own swatches)
    assert ["Toshkent shahri", "withheld"] in chart.table["rows"]


def row(value: str, received: int) -> dict:
    counts = {**zero_counts(), "received": received, "median_days": None}
    return {"value": value, "label": value, "counts": counts, "values": evaluate(counts)}


def test_a_lone_small_cell_takes_the_next_smallest_with_it():
    rows = {r["value"]: r for r in public_breakdown([row("a", 40), row("b", 12), row("c", 3), row("d", 0)])}
    assert rows["c"]["public"]["received"] is None  # 3: below 10
    assert rows["b"]["public"]["received"] is None  # else 55 - 40 - 0 would give c back
    assert rows["a"]["public"]["received"] == 40 and rows["d"]["public"]["received"] == 0
