"""Public statistics: /api/v1/stats/... (no sign-in). Reads count tables only.

Every figure resting on fewer than 10 appeals is null here, with its key in
"withheld" (see `disclosure`).
"""

from datetime import date
from typing import Literal

from django.http import HttpResponse
from ninja import Field, Query, Router, Schema

from murojaat.core.api_schemas import ErrorOut
from murojaat.statistics import opendata
from murojaat.statistics.disclosure import is_small, public_breakdown, public_values, suppression_note
from murojaat.statistics.indicators import INDICATORS, INDICATORS_BY_KEY, base_size
from murojaat.statistics.selectors import (
    area_resolve,
    breakdown_for,
    indicators_for,
    period_resolve,
    trend_for,
)

router = Router(tags=["statistics"])

Dimension = Literal[
    "kind", "channel", "applicant_type", "sex", "age_band", "region", "district", "organisation", "category"
]
IndicatorKey = Literal[tuple(i.key for i in INDICATORS)]  # type: ignore[valid-type]
ERRORS = {400: ErrorOut, 404: ErrorOut, 422: ErrorOut}


class Filters(Schema):
    region: str | None = Field(None, description="SOATO code of a region")
    district: str | None = Field(None, description="SOATO code of a district or city")
    start: date | None = Field(None, alias="from", description="First day (local), default: 12 months ago")
    end: date | None = Field(None, alias="to", description="Last day (local, included), default: today")


class AreaOut(Schema):
    code: str = Field(description="SOATO code; empty for the whole country")
    level: Literal["country", "region", "district"]
    name: str


class DefinitionOut(Schema):
    key: str
    label: str
    meaning: str
    unit: Literal["appeals", "percent", "days", "rating"]


class IndicatorsOut(Schema):
    area: AreaOut
    start: date = Field(alias="from")
    end: date = Field(alias="to")
    values: dict[str, float | None] = Field(description="Indicator key -> value; null when withheld or undefined")
    withheld: list[str] = Field(description="Indicators withheld because they rest on fewer than 10 appeals")
    note: str
    indicators: list[DefinitionOut]


class BreakdownRowOut(Schema):
    value: str = Field(description="The dimension's value (a code); empty when not known")
    label: str
    values: dict[str, float | None]
    withheld: list[str]


class BreakdownOut(Schema):
    area: AreaOut
    start: date = Field(alias="from")
    end: date = Field(alias="to")
    dimension: str
    rows: list[BreakdownRowOut]
    note: str


class TrendPointOut(Schema):
    month: str = Field(description="YYYY-MM")
    value: float | None


class TrendOut(Schema):
    area: AreaOut
    start: date = Field(alias="from")
    end: date = Field(alias="to")
    indicator: DefinitionOut
    points: list[TrendPointOut]
    note: str


def _scope(filters: Filters):
    area = area_resolve(region=filters.region, district=filters.district)
    return area, period_resolve(start=filters.start, end=filters.end)


def _area_out(area) -> dict:
    return {"code": area.code, "level": area.level, "name": area.name}


def _definitions() -> list[dict]:
    return [_definition(i) for i in INDICATORS]


def _definition(indicator) -> dict:
    return {"key": indicator.key, "label": str(indicator.label), "meaning": str(indicator.meaning),
            "unit": indicator.unit}


@router.get("/indicators", response={200: IndicatorsOut, **ERRORS}, by_alias=True,
            summary="Every indicator for the country, a region or a district over a period")
def indicators(request, filters: Query[Filters]):
    area, period = _scope(filters)
    result = indicators_for(area=area, period=period)
    values, withheld = public_values(result["counts"], result["values"])
    return {"area": _area_out(area), "from": period.start, "to": period.end, "values": values,
            "withheld": withheld, "note": suppression_note(), "indicators": _definitions()}


@router.get("/breakdown/{dimension}", response={200: BreakdownOut, **ERRORS}, by_alias=True,
            summary="Every indicator split by kind, channel, applicant, place, body or category")
def breakdown(request, dimension: Dimension, filters: Query[Filters]):
    area, period = _scope(filters)
    rows = public_breakdown(breakdown_for(area=area, period=period, dimension=dimension))
    return {
        "area": _area_out(area), "from": period.start, "to": period.end, "dimension": dimension,
        "rows": [{"value": r["value"], "label": r["label"], "values": r["public"], "withheld": r["withheld"]}
                 for r in rows],
        "note": suppression_note(),
    }


@router.get("/trend", response={200: TrendOut, **ERRORS}, by_alias=True, summary="One indicator month by month")
def trend(request, filters: Query[Filters], indicator: IndicatorKey = "received"):
    area, period = _scope(filters)
    definition = INDICATORS_BY_KEY[indicator]
    points = [
        {"month": p["month"].strftime("%Y-%m"),
         "value": None if is_small(base_size(p["counts"], definition.base)) else p["value"]}
        for p in trend_for(area=area, period=period, indicator=indicator)
    ]
    return {"area": _area_out(area), "from": period.start, "to": period.end, "indicator": _definition(definition),
            "points": points, "note": suppression_note()}


def _download(content, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _filename(area, period, extension: str) -> str:
    return f"murojaat-stats-{area.code or 'uz'}-{period.start}-{period.end}.{extension}"


@router.get("/export.json", response={200: dict, **ERRORS}, summary="Open data: every indicator and split, JSON")
def export_json(request, filters: Query[Filters]):
    area, period = _scope(filters)
    return opendata.as_json(opendata.export_table(area=area, period=period), area=area, period=period)


@router.get("/export.csv", response={200: None, **ERRORS}, summary="Open data: every indicator and split, CSV")
def export_csv(request, filters: Query[Filters]):
    area, period = _scope(filters)
    return _download(opendata.as_csv(opendata.export_table(area=area, period=period)), "text/csv; charset=utf-8",
                     _filename(area, period, "csv"))


@router.get("/export.xlsx", response={200: None, **ERRORS}, summary="Open data: every indicator and split, XLSX")
def export_xlsx(request, filters: Query[Filters]):
    area, period = _scope(filters)
    return _download(
        opendata.as_xlsx(opendata.export_table(area=area, period=period)),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", _filename(area, period, "xlsx"),
    )
