"""Public statistics API and open data downloads."""

import csv
import io
import json
import zipfile

import pytest

pytestmark = pytest.mark.urls("tests.statistics.urls")

JANUARY = {"from": "2026-01-01", "to": "2026-01-31"}


def test_it_withholds_indicators_resting_on_fewer_than_10_appeals(client, appeals):
    body = client.get("/api/v1/stats/indicators", JANUARY).json()
    assert body["area"] == {"code": "", "level": "country", "name": body["area"]["name"]}
    assert body["values"]["received"] is None  # 8 appeals
    assert "received" in body["withheld"] and "satisfaction" in body["withheld"]
    assert body["values"]["complaints_about_answers"] == 0  # zero points at nobody
    assert {d["key"] for d in body["indicators"]} >= {"share_on_time", "median_days_to_answer"}


def test_it_publishes_figures_resting_on_10_or_more(client, world, appeals):
    from murojaat.statistics.refresh import counts_rebuild
    from tests.appeals.factories import local
    from tests.statistics.dataset import NOW, file

    for day in range(1, 3):
        file(world, local(2026, 1, day, 9), channel="post")
    counts_rebuild(now=NOW)
    body = client.get("/api/v1/stats/indicators", JANUARY).json()
    assert body["values"]["received"] == 10
    assert body["values"]["answered"] is None  # 4


def test_breakdown_for_a_district(client, world, appeals):
    response = client.get("/api/v1/stats/breakdown/organisation",
                          {**JANUARY, "region": world.region.soato, "district": world.district_a.soato})
    assert response.status_code == 200
    rows = {r["value"]: r for r in response.json()["rows"]}
    assert set(rows) == {world.body_a.code, world.body_b.code}
    assert rows[world.body_b.code]["label"] == "Koson tumani hokimligi"
    assert rows[world.body_a.code]["values"]["received"] is None


def test_unknown_dimension_area_or_indicator_is_refused(client, world, appeals):
    assert client.get("/api/v1/stats/breakdown/pinfl").status_code == 422
    assert client.get("/api/v1/stats/indicators", {"region": "9999"}).status_code == 404
    assert client.get("/api/v1/stats/indicators", {"region": "1703", "district": world.district_a.soato}
                      ).status_code == 422
    assert client.get("/api/v1/stats/trend", {"indicator": "nope"}).status_code == 422
    assert client.get("/api/v1/stats/indicators", {"from": "2026-02-01", "to": "2026-01-01"}).status_code == 422


def test_trend_by_month(client, appeals):
    body = client.get("/api/v1/stats/trend", {"from": "2025-12-01", "to": "2026-02-28",
                                              "indicator": "complaints_about_answers"}).json()
    assert [p["month"] for p in body["points"]] == ["2025-12", "2026-01", "2026-02"]
    assert [p["value"] for p in body["points"]] == [0, 0, None]


def test_export_json_csv_and_xlsx_carry_no_personal_data_and_no_small_cells(client, appeals):
    as_json = client.get("/api/v1/stats/export.json", JANUARY, headers={"accept-language": "en"}).json()
    total = next(r for r in as_json["rows"] if r["dimension"] == "total")
    assert total["received"] is None and total["merged"] is None and total["complaints_about_answers"] == 0
    assert "fewer than 10" in as_json["note"]

    response = client.get("/api/v1/stats/export.csv", JANUARY)
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {r["dimension"] for r in rows} >= {"total", "sex", "age_band", "organisation", "category"}
    assert all(r["received"] == "" and r["note"] for r in rows)
    for personal in ("Karimova", "dilnoza", "+99890", "Mustaqillik", appeals.a1.tracking_code):
        assert personal not in text

    xlsx = client.get("/api/v1/stats/export.xlsx", JANUARY)
    with zipfile.ZipFile(io.BytesIO(xlsx.content)) as book:
        strings = book.read("xl/sharedStrings.xml").decode()
    assert "organisation" in strings and "Karimova" not in strings
    assert json.loads(json.dumps(as_json["indicators"]))[0]["key"] == "received"
