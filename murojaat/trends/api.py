"""GET /api/v1/trends: public weekly numbers per category and territory.

Aggregates only, no personal data; a number below SUPPRESS_BELOW is shown as
null, because "2 complaints about the school in a small village" can point
to the people who wrote them.
"""

from datetime import date

from ninja import Field, Query, Router, Schema

from murojaat.core.api_schemas import ErrorOut
from murojaat.core.i18n import localized
from murojaat.trends.counts import DEFAULT_WEEKS, report_week, weekly_changes

router = Router(tags=["trends"])

SUPPRESS_BELOW = 10


class TrendParams(Schema):
    region: str = Field("", max_length=10, description="SOATO code of a region; empty for the whole country.")
    week: date | None = Field(None, description="Any day of the week to report; default the last complete week.")
    weeks: int = Field(DEFAULT_WEEKS, ge=2, le=26, description="How many earlier weeks make the baseline.")


class TrendRow(Schema):
    category: str
    category_name: str
    territory: str = Field(description="SOATO code")
    territory_name: str
    level: str
    count: int | None = Field(description="Appeals this week; null when fewer than 10")
    previous_mean: float | None = Field(description="Weekly mean before; null when fewer than 10 in all")
    change_percent: float | None
    growing_unusually: bool


class TrendsOut(Schema):
    week_start: date
    rows: list[TrendRow]


def _shown(value: int) -> int | None:
    return value if value >= SUPPRESS_BELOW else None


@router.get("", response={200: TrendsOut, 422: ErrorOut}, summary="What is growing: weekly counts and unusual growth")
def trends(request, params: Query[TrendParams]):
    changes = weekly_changes(region=params.region or None, weeks=params.weeks, week=params.week)
    rows = []
    for c in changes:
        count, baseline = _shown(c.count), _shown(c.previous_total)
        if count is None and baseline is None:
            continue
        ratio = c.change_ratio if count is not None and baseline is not None else None
        rows.append({
            "category": c.category.code, "category_name": localized(c.category),
            "territory": c.territory.soato, "territory_name": localized(c.territory), "level": c.territory.level,
            "count": count, "previous_mean": c.previous_mean if baseline is not None else None,
            "change_percent": round((ratio - 1) * 100, 1) if ratio is not None else None,
            "growing_unusually": c.flagged,
        })
    return {"week_start": report_week(params.week), "rows": rows}
