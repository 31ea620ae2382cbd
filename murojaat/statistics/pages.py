"""What the statistics pages show, assembled from the selectors (count tables only).

The public page passes every figure through `disclosure` (small cells
withheld); the officials' dashboard reads exact figures for the bodies the
official may see. Views stay thin: they parse the form and render these.
"""

from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlencode

from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from murojaat.accounts.selectors import visible_organisation_ids
from murojaat.appeals.selectors import appeals_for_official, due_filter
from murojaat.core.i18n import localized
from murojaat.organisations.models import Organisation
from murojaat.statistics import charts
from murojaat.statistics.disclosure import is_small, public_breakdown, public_values, suppression_note
from murojaat.statistics.indicators import INDICATORS_BY_KEY, base_size, evaluate, zero_counts
from murojaat.statistics.selectors import (
    Area,
    Period,
    area_resolve,
    breakdown_for,
    counts_by_value,
    indicators_for,
    trend_for,
)

KEY_FIGURES = (
    "received",
    "considered",
    "share_on_time",
    "median_days_to_answer",
    "overdue_open",
    "satisfaction",
    "mean_rating",
    "complaints_about_answers",
    "left_without_consideration",
    "repeated",
)
TREND_INDICATORS = ("received", "share_on_time")
# Long lists (bodies, categories, districts) show their largest rows; the downloads have all.
TOP_ROWS = 15
OVERDUE_LIST_LIMIT = 50
RANKING_LIMIT = 50

BREAKDOWN_TITLES = {
    "kind": gettext_lazy("By kind of appeal"),
    "channel": gettext_lazy("By channel: how the appeal was sent"),
    "applicant_type": gettext_lazy("By applicant: individuals and legal entities"),
    "sex": gettext_lazy("By applicant's sex"),
    "age_band": gettext_lazy("By applicant's age"),
    "region": gettext_lazy("By region"),
    "district": gettext_lazy("By district or city"),
    "organisation": gettext_lazy("By the body that answers"),
    "category": gettext_lazy("By topic"),
}
AGE_ORDER = ("<18", "18-24", "25-34", "35-44", "45-54", "55+", "")


def formatted(value, unit: str) -> str | None:
    """A value as the page prints it; None when withheld or undefined."""
    if value is None:
        return None
    if unit == "percent":
        return f"{value:.1f}".rstrip("0").rstrip(".") + "\u00a0%"
    if isinstance(value, float):
        return f"{value:,.1f}".rstrip("0").rstrip(".").replace(",", "\u00a0")
    return f"{value:,}".replace(",", "\u00a0")


def _unit_suffix(unit: str) -> str:
    return "%" if unit == "percent" else ""


def month_label(month) -> str:
    return date_format(month, "M Y")


def period_label(period: Period) -> str:
    first, last = date_format(period.start, "YEAR_MONTH_FORMAT"), date_format(period.end, "YEAR_MONTH_FORMAT")
    return first if first == last else f"{first} – {last}"


def _figure(key: str, value) -> dict:
    indicator = INDICATORS_BY_KEY[key]
    return {
        "key": key,
        "label": indicator.label,
        "meaning": indicator.meaning,
        "value": formatted(value, indicator.unit),
    }


@dataclass
class Section:
    """A chart with its table: `chart` (charts.Chart) and a richer `table` for the page."""

    key: str
    title: str
    chart: charts.Chart
    table: dict
    more: int = 0  # rows left out of the chart and table (they are in the downloads)


def _breakdown_section(area: Area, period: Period, dimension: str) -> Section:
    rows = public_breakdown(breakdown_for(area=area, period=period, dimension=dimension, with_median=False))
    if dimension == "age_band":
        rows.sort(key=lambda r: AGE_ORDER.index(r["value"]) if r["value"] in AGE_ORDER else 99)
    shown = rows[:TOP_ROWS]
    title = str(BREAKDOWN_TITLES[dimension])
    chart = charts.bar_chart(
        title=_("%(split)s: appeals received") % {"split": title},
        rows=[(r["label"], r["public"]["received"]) for r in shown],
    )
    table = {
        "caption": title,
        "headers": [
            _("Item"),
            _("Appeals received"),
            _("Share answered within the deadline"),
            _("Satisfied with the answer"),
        ],
        "rows": [
            [
                r["label"],
                *(
                    formatted(r["public"][k], INDICATORS_BY_KEY[k].unit)
                    for k in ("received", "share_on_time", "satisfaction")
                ),
            ]
            for r in shown
        ],
    }
    return Section(dimension, title, chart, table, more=max(len(rows) - TOP_ROWS, 0))


def _trend_section(area: Area, period: Period, key: str) -> Section:
    indicator = INDICATORS_BY_KEY[key]
    points = [
        (month_label(p["month"]), None if is_small(base_size(p["counts"], indicator.base)) else p["value"])
        for p in trend_for(area=area, period=period, indicator=key)
    ]
    title = _("%(indicator)s, month by month") % {"indicator": indicator.label}
    chart = charts.line_chart(title=title, points=points, unit=_unit_suffix(indicator.unit))
    table = {
        "caption": title,
        "headers": [_("Month"), str(indicator.label)],
        "rows": [[label, formatted(value, indicator.unit)] for label, value in points],
    }
    return Section(key, title, chart, table)


def _map_section(period: Period, key: str) -> Section:
    indicator = INDICATORS_BY_KEY[key]
    rows = public_breakdown(
        breakdown_for(
            area=area_resolve(), period=period, dimension="region", with_median=key == "median_days_to_answer"
        )
    )
    values = {r["value"]: r["public"][key] for r in rows if r["value"]}
    names = {r["value"]: r["label"] for r in rows if r["value"]}
    if len(names) < len(charts.REGION_TILES):
        from murojaat.territories.models import Territory

        names.update({t.soato: localized(t) for t in Territory.objects.filter(soato__in=charts.REGION_TILES)})
    title = _("Map of regions: %(indicator)s") % {"indicator": indicator.label}
    chart = charts.region_map(
        title=title, values=values, names=names, unit=_unit_suffix(indicator.unit), legend=False
    )
    table = {
        "caption": title,
        "headers": [_("Region"), str(indicator.label)],
        "rows": sorted(
            ([names.get(s, s), formatted(values.get(s), indicator.unit)] for s in charts.REGION_TILES),
            key=lambda r: r[0],
        ),
    }
    known = [v for v in values.values() if v is not None]
    legend = (
        [
            {
                "colour_index": i,
                "from": formatted(round(low, 1), indicator.unit),
                "to": formatted(round(high, 1), indicator.unit),
            }
            for i, (_colour, low, high) in enumerate(charts.map_legend_steps(min(known), max(known)))
        ]
        if known
        else []
    )
    table["legend"] = legend
    return Section("map", title, chart, table)


def downloads(area: Area, period: Period) -> list[dict]:
    query = {"from": period.start.isoformat(), "to": period.end.isoformat()}
    if area.level == "district":
        query["district"] = area.code
    elif area.level == "region":
        query["region"] = area.code
    return [
        {"label": label, "format": fmt, "url": f"/api/v1/stats/export.{fmt}?{urlencode(query)}"}
        for fmt, label in (
            ("csv", _("CSV (spreadsheet, plain text)")),
            ("xlsx", _("Excel workbook (XLSX)")),
            ("json", _("JSON (for developers)")),
        )
    ]


def public_page(*, area: Area, period: Period, map_indicator: str) -> dict:
    result = indicators_for(area=area, period=period)
    shown, withheld = public_values(result["counts"], result["values"])
    place = {"country": "region", "region": "district"}.get(area.level)
    dimensions = [
        "kind",
        "channel",
        "applicant_type",
        "sex",
        "age_band",
        *([place] if place else []),
        "organisation",
        "category",
    ]
    breakdowns = [_breakdown_section(area, period, d) for d in dimensions]
    any_withheld = bool(withheld) or any(None in row[1:] for b in breakdowns for row in b.table["rows"])
    return {
        "area": area,
        "period": period,
        "period_label": period_label(period),
        "figures": [_figure(key, shown[key]) for key in KEY_FIGURES],
        "trends": [_trend_section(area, period, key) for key in TREND_INDICATORS],
        "map": _map_section(period, map_indicator),
        "breakdowns": breakdowns,
        "note": suppression_note(),
        "any_withheld": any_withheld,
        "downloads": downloads(area, period),
        "definitions": [INDICATORS_BY_KEY[key] for key in KEY_FIGURES],
    }


# The officials' dashboard ------------------------------------------------


def _office_link(code: str) -> str | None:
    try:
        return reverse("office:appeal", kwargs={"code": code})
    except NoReverseMatch:  # the office app not mounted (yet)
        return None


def _punctuality(counts: dict) -> dict:
    values = evaluate(counts)
    return {
        "received": formatted(values["received"], "appeals"),
        "share_on_time": formatted(values["share_on_time"], "percent"),
        "overdue_open": formatted(values["overdue_open"], "appeals"),
        "overdue": formatted(values["overdue"], "appeals"),
        "median_days": formatted(values["median_days_to_answer"], "days"),
        "pending": formatted(values["pending"], "appeals"),
    }


def dashboard_page(*, user, period: Period, now=None) -> dict:
    """The official's bodies, their subordinates' ranking, the overdue list, what is growing.

    Exact figures (officials see what their bodies did), only of the bodies
    `visible_organisation_ids` gives: nothing of a body the user may not see."""
    now = now or timezone.now()
    visible = visible_organisation_ids(user)
    organisations = {o.pk: o for o in Organisation.objects.filter(pk__in=visible).select_related("territory")}
    own_ids = set(
        user.memberships.filter(is_active=True, organisation_id__in=visible).values_list(
            "organisation_id", flat=True
        )
    )
    country = area_resolve()
    codes = {o.code: o for o in organisations.values()}
    own_counts = counts_by_value(
        area=country,
        period=period,
        dimension="organisation",
        values=[organisations[i].code for i in own_ids if i in organisations],
    )
    own = []
    for pk in sorted(own_ids, key=lambda i: localized(organisations[i]) if i in organisations else ""):
        if pk not in organisations:
            continue
        org = organisations[pk]
        counts = own_counts.get(org.code, {**zero_counts(), "median_days": None})
        own.append({"organisation": org, "name": localized(org), **_punctuality(counts)})

    others = [code for code, org in codes.items() if org.pk not in own_ids]
    ranking = []
    if others:
        by_code = counts_by_value(
            area=country, period=period, dimension="organisation", values=others, with_median=False
        )
        for code, counts in by_code.items():
            values = evaluate(counts)
            ranking.append({"name": localized(codes[code]), "values": values, **_punctuality(counts)})
    by_punctuality = sorted(
        (r for r in ranking if r["values"]["share_on_time"] is not None),
        key=lambda r: (r["values"]["share_on_time"], -r["values"]["received"], r["name"]),
    )[:RANKING_LIMIT]
    by_overdue = sorted(
        (r for r in ranking if r["values"]["overdue_open"]),
        key=lambda r: (-r["values"]["overdue_open"], r["name"]),
    )[:RANKING_LIMIT]

    # The one read of appeals: open ones past their deadline, oldest first, bounded (index appeal_open_by_due).
    overdue = list(
        appeals_for_official(user)
        .filter(due_filter("overdue", now))
        .select_related("organisation", "category")
        .order_by("due_at")[:OVERDUE_LIST_LIMIT]
    )
    overdue_rows = [
        {
            "appeal": a,
            "url": _office_link(a.tracking_code),
            "organisation": localized(a.organisation),
            "category": localized(a.category) if a.category else "",
            "days_late": max((now - a.effective_due_at).days, 0),
        }
        for a in overdue
    ]
    place = _growth_place(organisations[next(iter(own_ids))] if own_ids & set(organisations) else None)
    return {
        "period": period,
        "period_label": period_label(period),
        "own": own,
        "by_punctuality": by_punctuality,
        "by_overdue": by_overdue,
        "has_subordinates": bool(others),
        "overdue": overdue_rows,
        "overdue_limit": OVERDUE_LIST_LIMIT,
        "growth": _growth(place),
        "place_name": localized(place) if place else _("Uzbekistan"),
    }


def _growth_place(organisation):
    """The region a body works in (its growth flags), None for a national body."""
    territory = organisation.territory if organisation else None
    if territory is None:
        return None
    return territory if territory.parent_id is None else territory.parent


def _growth(place) -> dict:
    from murojaat.trends.counts import growth_flags, report_week

    week = report_week()
    flags = growth_flags(region=place, week=week)[:10]
    return {
        "week_start": week,
        "week_end": week + timedelta(days=6),
        "rows": [
            {
                "category": localized(c.category),
                "territory": localized(c.territory),
                "count": c.count,
                "previous_mean": formatted(c.previous_mean, "appeals"),
                "change": formatted(round((c.change_ratio - 1) * 100, 1), "percent")
                if c.change_ratio
                else None,
            }
            for c in flags
        ],
    }
