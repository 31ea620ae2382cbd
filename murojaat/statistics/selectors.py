"""Reading statistics from the count tables (never from raw appeals).

A period [start, end] of local days is read as whole months from the month
rows and the remaining days at either end from the day rows, so a year costs
twelve month rows per value rather than 365 day rows. The splits with many
values (body, category, district) are kept per month only (see `refresh`):
they answer periods of whole months, where the last month may run to today.

Everything here returns exact figures; what the public may see (small cells
withheld) is decided in `murojaat.statistics.disclosure`.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from murojaat.categories.models import Category
from murojaat.core.errors import InvalidInput, NotFound
from murojaat.core.i18n import active_locale, localized
from murojaat.core.memo import process_memo
from murojaat.organisations.models import Organisation
from murojaat.statistics.indicators import (
    BASE_KEYS,
    DIMENSIONS,
    INDICATORS_BY_KEY,
    evaluate,
    median_from_histogram,
    zero_counts,
)
from murojaat.statistics.models import AnswerDaysCount, AppealCount, Grain, PeriodMedian
from murojaat.statistics.refresh import keeps_days, keeps_histogram, month_of, next_month, twelve_months_to
from murojaat.territories.models import Territory

LONGEST_PERIOD_DAYS = 366 * 20


@dataclass(frozen=True)
class Area:
    code: str  # "" for the country, else a SOATO code
    level: str  # "country", "region" or "district"
    name: str


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    def months(self) -> list[date]:
        months, month = [], month_of(self.start)
        while month <= self.end:
            months.append(month)
            month = next_month(month)
        return months


def area_resolve(*, region: str | None = None, district: str | None = None) -> Area:
    """The area a request asks about: a district, a region, or the country when neither."""
    if not region and not district:
        return Area("", "country", str(_("Uzbekistan")))
    soato = district or region
    level = Territory.Level.DISTRICT if district else Territory.Level.REGION
    territory = Territory.objects.filter(soato=soato, level=level).select_related("parent").first()
    if territory is None:
        field = "district" if district else "region"
        raise NotFound(_("Unknown region or district."), fields={field: _("Unknown SOATO code.")})
    if district and region and (territory.parent is None or territory.parent.soato != region):
        raise InvalidInput(fields={"district": _("This district is not in the chosen region.")})
    return Area(territory.soato, "district" if district else "region", localized(territory))


def period_resolve(*, start: date | None = None, end: date | None = None) -> Period:
    """The period asked for; by default the last twelve months up to today (local)."""
    end = end or timezone.localdate()
    if start is None:
        start = twelve_months_to(month_of(end))
    if start > end:
        raise InvalidInput(fields={"from": _("The start of the period must not be after its end.")})
    if (end - start).days > LONGEST_PERIOD_DAYS:
        raise InvalidInput(fields={"from": _("The period is too long.")})
    return Period(start, end)


def is_whole_months(period: Period, *, today: date | None = None) -> bool:
    """Does the period start on a 1st and end on a month's last day (or today or later)?"""
    today = today or timezone.localdate()
    last = next_month(month_of(period.end)) - timedelta(days=1)
    return period.start.day == 1 and (period.end == last or period.end >= today)


def _split_months(period: Period) -> tuple[list[date], list[tuple[date, date]]]:
    """The whole months of the period, and the (first, last) days of the cut ones."""
    today = timezone.localdate()
    whole, partial = [], []
    for month in period.months():
        last = next_month(month) - timedelta(days=1)
        if period.start <= month and (last <= period.end or period.end >= today):
            whole.append(month)
        else:
            partial.append((max(month, period.start), min(last, period.end)))
    return whole, partial


def _rows_in(period: Period, dimension: str = "total") -> Q:
    """Month rows for the whole months of the period, day rows for the rest.

    The month under way counts as whole when the period runs to today or
    later: its month row holds everything received so far."""
    whole, partial = _split_months(period)
    if partial and not keeps_days(dimension):
        raise InvalidInput(
            fields={
                "from": _(
                    "Figures by body, category and district are counted by whole months: choose a period that "
                    "starts on the first day of a month and ends on the last day of a month (or today)."
                )
            }
        )
    condition = Q(grain=Grain.MONTH, day__in=whole) if whole else Q(pk__in=[])
    for first, last in partial:
        condition |= Q(grain=Grain.DAY, day__range=(first, last))
    return condition


def counts_by_value(
    *, area: Area, period: Period, dimension: str = "total", values=None, with_median: bool = True
) -> dict[str, dict]:
    """{value: base counts plus "median_days"} for one dimension in an area and period.

    `values`: only these values of the dimension (e.g. the bodies an official
    may see). "median_days" is None when `with_median` is false, and for
    splits within a region or district, whose answer times are not kept
    (`refresh.HISTOGRAM_SPLIT_AREAS`)."""
    if dimension not in DIMENSIONS:
        raise InvalidInput(fields={"dimension": _("Unknown dimension.")})
    where = Q(area=area.code, dimension=dimension) & _rows_in(period, dimension)
    if values is not None:
        where &= Q(value__in=list(values))
    result: dict[str, dict] = {}
    for row in AppealCount.objects.filter(where).values("value").annotate(**{k: Sum(k) for k in BASE_KEYS}):
        result[row.pop("value")] = {k: row[k] or 0 for k in BASE_KEYS}
    histograms: dict[str, dict[int, int]] = defaultdict(dict)
    with_median = with_median and keeps_histogram(dimension, area.level) and bool(result)
    medians = _worked_out_medians(area, period, dimension, values) if with_median else None
    if medians is not None:
        for value, counts in result.items():
            counts["median_days"] = medians.get(value)
        return result
    if with_median:
        for value, days, answered in (
            AnswerDaysCount.objects.filter(where)
            .values("value", "days")
            .annotate(n=Sum("answered"))
            .values_list("value", "days", "n")
        ):
            histograms[value][days] = answered
    for value, counts in result.items():
        counts["median_days"] = median_from_histogram(histograms.get(value, {})) if with_median else None
    return result


def _worked_out_medians(area: Area, period: Period, dimension: str, values) -> dict[str, float | None] | None:
    """{value: median} from the medians the refresh worked out for this period
    (`refresh.median_windows`), or None when it did not (read the histograms)."""
    if dimension == "total":
        return None  # a few hundred histogram rows: read them
    whole, partial = _split_months(period)
    if partial or not whole:
        return None
    split = Q(dimension=dimension)
    if values is not None:
        split &= Q(value__in=list(values))
    medians, worked_out = {}, False
    for row_dimension, value, median in PeriodMedian.objects.filter(
        Q(dimension="total", value="") | split, first_month=whole[0], last_month=whole[-1], area=area.code
    ).values_list("dimension", "value", "median_days"):
        if row_dimension == "total":
            worked_out = True
        else:
            medians[value] = median
    return medians if worked_out else None


def indicators_for(*, area: Area, period: Period) -> dict:
    """Base counts and every indicator for an area and period."""
    counts = counts_by_value(area=area, period=period).get("", {**zero_counts(), "median_days": None})
    return {"counts": counts, "values": evaluate(counts)}


def breakdown_for(
    *, area: Area, period: Period, dimension: str, values=None, with_median: bool = True
) -> list[dict]:
    """One row per value of the dimension, largest first: value, label, counts, indicator values."""
    by_value = counts_by_value(
        area=area, period=period, dimension=dimension, values=values, with_median=with_median
    )
    labels = value_labels(dimension, by_value.keys())
    rows = [
        {"value": value, "label": labels.get(value, value), "counts": counts, "values": evaluate(counts)}
        for value, counts in by_value.items()
    ]
    rows.sort(key=lambda r: (-r["counts"]["received"], r["value"]))
    return rows


def trend_for(*, area: Area, period: Period, indicator: str) -> list[dict]:
    """The indicator month by month over the period (months cut by the period count only their days)."""
    if indicator not in INDICATORS_BY_KEY:
        raise InvalidInput(fields={"indicator": _("Unknown indicator.")})
    months = period.months()
    points = []
    # One query per table for the whole trend: rows are put in their month here.
    where = Q(area=area.code, dimension="total") & _rows_in(period)
    per_month: dict[date, dict] = {m: zero_counts() for m in months}
    for row in AppealCount.objects.filter(where).values("day").annotate(**{k: Sum(k) for k in BASE_KEYS}):
        counts = per_month[month_of(row.pop("day"))]
        for key in BASE_KEYS:
            counts[key] += row[key] or 0
    histograms: dict[date, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for day, days, answered in (
        AnswerDaysCount.objects.filter(where)
        .values("day", "days")
        .annotate(n=Sum("answered"))
        .values_list("day", "days", "n")
    ):
        histograms[month_of(day)][days] += answered
    for month in months:
        counts = {**per_month[month], "median_days": median_from_histogram(histograms.get(month, {}))}
        points.append(
            {"month": month, "counts": counts, "value": INDICATORS_BY_KEY[indicator].compute(counts)}
        )
    return points


# Names of bodies, categories and places by code, per language: a ranking of
# every body names ~500 of them, and reading them was most of its time at 25 M
# appeals (bench/stats.py). Forgotten when any of those rows is saved or deleted
# (apps.py), in other processes within a minute (core/memo.py).
LABELS = process_memo("statistics labels", ttl=60.0)
LABELLED = {"region": (Territory, "soato"), "district": (Territory, "soato"), "organisation": (Organisation, "code"),
            "category": (Category, "code")}


def _all_labels(model, key: str, locale: str) -> dict[str, str]:
    names = [f.attname for f in model._meta.concrete_fields if f.attname.startswith("name_")]
    return LABELS.get(
        (model._meta.label_lower, locale),
        lambda: {getattr(row, key): localized(row, "name", locale) for row in model.objects.only(key, *names)},
    )


def value_labels(dimension: str, values) -> dict[str, str]:
    """Readable names for a dimension's values, in the active language."""
    values = [v for v in values if v]
    labels: dict[str, str] = {"": str(_("not known"))}
    if dimension in LABELLED:
        model, key = LABELLED[dimension]
        known = _all_labels(model, key, active_locale())
        labels.update({v: known[v] for v in values if v in known})
    elif dimension in CHOICE_LABELS:
        labels.update({k: str(v) for k, v in CHOICE_LABELS[dimension].items()})
    elif dimension == "total":
        labels[""] = str(_("all appeals"))
    return labels


def _choice_labels() -> dict[str, dict]:
    from murojaat.appeals.models import ApplicantType, Channel, Kind

    return {
        "kind": dict(Kind.choices),
        "channel": dict(Channel.choices),
        "applicant_type": dict(ApplicantType.choices),
        "sex": {"male": _("men"), "female": _("women")},
        "age_band": {"<18": _("under 18"), "55+": _("55 and over")},
    }


CHOICE_LABELS = _choice_labels()
