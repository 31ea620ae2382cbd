"""Filling the count tables from the appeals: a full rebuild, or an incremental refresh.

Appeals change after they are received (answered, rated, contested, past
their deadline), and every count is filed under the day of *receipt*, so a
refresh re-aggregates whole days: every local day of receipt of an appeal
touched since the last run is deleted and counted again from the raw table.
That keeps the refresh idempotent and makes `counts_refresh` give exactly what
`counts_rebuild` gives at the same moment (tests/statistics check it).

An appeal is "touched" when
- a timeline event was written for it (every intake and lifecycle step
  writes one; event ids only grow, so back-dated steps are found too);
- its `updated_at` is after the last run (rows written directly, such as
  `murojaat generate`'s);
- it is still open and its deadline passed since the last run (it became
  overdue without anybody touching it).

The aggregation runs in the database: one GROUP BY per (area level,
dimension) for each month of receipt, written with INSERT ... SELECT, so no
appeal passes through Python.

Grain (what is kept per day and what per month only): a dimension with
hundreds of values (body, category, district) counted per day and per
district is nearly one row per appeal -- 26 million rows for a million
appeals -- and no page asks for a body's figures from the 5th to the 17th.
So:
- `DAY_DIMENSIONS` (the total and the splits with a handful of values) get
  day rows, rolled up into month rows: a period of any days reads them exactly;
- every other dimension gets month rows only, counted straight from the
  month's appeals: periods of whole months (see `selectors._rows_in`);
- answer-time histograms (for medians) multiply rows by the number of
  distinct answer times, so they are kept for the total in every area (per
  day), and for the splits only country-wide and per month
  (`HISTOGRAM_SPLIT_AREAS`).
A touched day therefore recounts its month for the month-only dimensions.
"""

import logging
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from itertools import groupby
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Case, Count, F, Func, IntegerField, Q, Sum, Value, When
from django.db.models.functions import Coalesce, Least, TruncDate
from django.utils import timezone

from murojaat.appeals.lifecycle import OPEN
from murojaat.appeals.models import Appeal, AppealEvent
from murojaat.statistics.indicators import BASE_COUNTS, LONGEST_ANSWER_DAYS
from murojaat.statistics.models import AnswerDaysCount, AppealCount, FillState, Grain

log = logging.getLogger(__name__)

FILL_STATE_NAME = "appeal_counts"
# A transaction that took an event id (or set updated_at) before our read may
# commit just after it: each run looks this far back again. Re-counting a day
# twice is harmless; missing one is not.
EVENT_ID_MARGIN = 1000
TIME_MARGIN = timedelta(minutes=10)


def local_zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def local_day(field: str) -> TruncDate:
    # Explicit zone: an activated user time zone must not move appeals between days.
    return TruncDate(field, tzinfo=local_zone())


def start_of_day(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time(), tzinfo=local_zone())


class LocalDaysBetween(Func):
    """Whole local calendar days from one moment to a later one (0: the same day)."""

    output_field = IntegerField()

    def __init__(self, start: str, end: str):
        super().__init__(local_day(start), local_day(end))

    def as_sql(self, compiler, connection, **extra):
        start, start_params = compiler.compile(self.source_expressions[0])
        end, end_params = compiler.compile(self.source_expressions[1])
        return f"({end} - {start})", (*end_params, *start_params)

    def as_sqlite(self, compiler, connection, **extra):
        start, start_params = compiler.compile(self.source_expressions[0])
        end, end_params = compiler.compile(self.source_expressions[1])
        return f"CAST(julianday({end}) - julianday({start}) AS INTEGER)", (*end_params, *start_params)


# Where an appeal is counted: the whole country, its region, its district.
_REGION_CODE = Case(
    When(territory__level="region", then=F("territory__soato")),
    default=Coalesce(F("territory__parent__soato"), Value("")),
)
_DISTRICT_CODE = Case(When(territory__level="district", then=F("territory__soato")), default=Value(""))
AREA_LEVELS = {
    "country": (Value(""), Q()),
    "region": (_REGION_CODE, Q(territory__isnull=False)),
    "district": (F("territory__soato"), Q(territory__level="district")),
}
DIMENSION_VALUES = {
    "total": Value(""),
    "kind": F("kind"),
    "channel": F("channel"),
    "applicant_type": F("applicant_type"),
    "sex": F("applicant_sex"),
    "age_band": F("applicant_age_band"),
    "region": Coalesce(_REGION_CODE, Value("")),
    "district": Coalesce(_DISTRICT_CODE, Value("")),
    "organisation": F("organisation__code"),
    "category": Coalesce(F("category__code"), Value("")),
}


# Kept per day as well as per month (few values each); the others per month only.
DAY_DIMENSIONS = ("total", "kind", "channel", "applicant_type", "sex", "age_band", "region")
MONTH_DIMENSIONS = tuple(d for d in DIMENSION_VALUES if d not in DAY_DIMENSIONS)
# Answer-time histograms of the splits (everything but "total") only in these areas, per month.
HISTOGRAM_SPLIT_AREAS = ("country",)


def keeps_days(dimension: str) -> bool:
    return dimension in DAY_DIMENSIONS


def keeps_histogram(dimension: str, area_level: str) -> bool:
    return dimension == "total" or area_level in HISTOGRAM_SPLIT_AREAS


def _base_aggregates(now: datetime) -> dict:
    aggregates = {}
    for count in BASE_COUNTS:
        if count.key == "received":
            aggregates[count.key] = Count("pk")
        elif count.key == "rating_sum":
            aggregates[count.key] = Coalesce(Sum("rating"), 0)
        else:
            condition = count.condition(now)
            aggregates[count.key] = Sum(Case(When(condition, then=1), default=0, output_field=IntegerField()))
    return aggregates


def _insert_select(table: str, columns: list[str], constants: dict, queryset) -> None:
    """INSERT INTO table SELECT ... FROM (queryset): the rows never leave the database."""
    sql, params = queryset.query.sql_with_params()
    qn = connection.ops.quote_name
    outer = []
    outer_params: list = []
    for column in columns:
        if column in constants:
            outer.append("%s")
            outer_params.append(constants[column])
        else:
            outer.append(f"sub.{qn('s_' + column)}")
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {qn(table)} ({', '.join(qn(c) for c in columns)}) "
            f"SELECT {', '.join(outer)} FROM ({sql}) sub",
            (*outer_params, *params),
        )


def _count_appeals(appeals, *, now: datetime, month: date | None = None) -> None:
    """Write rows of both tables for `appeals`.

    month None: day rows of the day dimensions (appeals received on the days
    being refilled). A month: month rows of the month-only dimensions and the
    split histograms (`appeals` are that whole month's)."""
    appeals = appeals.annotate(effective_due=Coalesce("extended_until", "due_at"))
    if month is None:
        appeals = appeals.annotate(s_day=local_day("received_at"))
        day_key, grain = ["s_day"], Grain.DAY
    else:
        day_key, grain = [], Grain.MONTH
    count_table = AppealCount._meta.db_table
    days_table = AnswerDaysCount._meta.db_table
    base = {f"s_{key}": expression for key, expression in _base_aggregates(now).items()}
    count_columns = ["grain", "day", "area", "dimension", "value", *(c.key for c in BASE_COUNTS)]
    days_columns = ["grain", "day", "area", "dimension", "value", "days", "answered"]
    for level, (area_expression, area_filter) in AREA_LEVELS.items():
        scoped = appeals.filter(area_filter).annotate(s_area=area_expression)
        for dimension, value_expression in DIMENSION_VALUES.items():
            constants = {"grain": grain, "dimension": dimension}
            if month is not None:
                constants["day"] = month
            if keeps_days(dimension) == (month is None):
                grouped = scoped.annotate(s_value=value_expression).values(*day_key, "s_area", "s_value")
                _insert_select(count_table, count_columns, constants, grouped.annotate(**base).order_by())
            # Histograms: the total per day (rolled up into months), the splits per month where kept.
            if (dimension == "total") != (month is None) or not keeps_histogram(dimension, level):
                continue
            answer_days = (
                scoped.filter(answered_at__isnull=False)
                .annotate(
                    s_value=value_expression,
                    s_days=Least(LocalDaysBetween("received_at", "answered_at"), LONGEST_ANSWER_DAYS),
                )
                .values(*day_key, "s_area", "s_value", "s_days")
                .annotate(s_answered=Count("pk"))
                .order_by()
            )
            _insert_select(days_table, days_columns, constants, answer_days)


def _recount_months(months: Iterable[date], *, now: datetime) -> None:
    """Month rows: sums of the day rows for the day dimensions (and the total's
    histogram), counted from the month's appeals for the rest."""
    qn = connection.ops.quote_name
    counts = [c.key for c in BASE_COUNTS]
    months = sorted(set(months))
    for model, keys, summed, rolled_up in (
        (AppealCount, ["area", "dimension", "value"], counts, DAY_DIMENSIONS),
        (AnswerDaysCount, ["area", "dimension", "value", "days"], ["answered"], ("total",)),
    ):
        table = qn(model._meta.db_table)
        placeholders = ", ".join(["%s"] * len(rolled_up))
        for month in months:
            model.objects.filter(grain=Grain.MONTH, day=month).delete()
            columns = ["grain", "day", *keys, *summed]
            with connection.cursor() as cursor:
                cursor.execute(
                    f"INSERT INTO {table} ({', '.join(qn(c) for c in columns)}) "
                    f"SELECT %s, %s, {', '.join(qn(k) for k in keys)}, "
                    f"{', '.join(f'SUM({qn(c)})' for c in summed)} FROM {table} "
                    f"WHERE {qn('grain')} = %s AND {qn('day')} >= %s AND {qn('day')} < %s "
                    f"AND {qn('dimension')} IN ({placeholders}) "
                    f"GROUP BY {', '.join(qn(k) for k in keys)}",
                    (Grain.MONTH, month, Grain.DAY, month, next_month(month), *rolled_up),
                )
    for month in months:
        received = Appeal.objects.filter(
            received_at__gte=start_of_day(month), received_at__lt=start_of_day(next_month(month))
        )
        _count_appeals(received, now=now, month=month)


def month_of(day: date) -> date:
    return day.replace(day=1)


def next_month(month: date) -> date:
    return date(month.year + (month.month == 12), month.month % 12 + 1, 1)


def _day_runs(days: Iterable[date]) -> list[tuple[date, date]]:
    """Consecutive days as (first, last) runs, so appeals are read by received_at ranges (indexed)."""
    ordered = sorted(set(days))
    runs = []
    for _, run in groupby(enumerate(ordered), key=lambda pair: pair[1].toordinal() - pair[0]):
        run = [day for _, day in run]
        runs.append((run[0], run[-1]))
    return runs


def _refill_days(days: set[date], *, now: datetime) -> None:
    for first, last in _day_runs(days):
        # Month by month, so that no single GROUP BY holds more than a month of appeals.
        month = month_of(first)
        while month <= last:
            start, end = max(first, month), min(last, next_month(month) - timedelta(days=1))
            AppealCount.objects.filter(grain=Grain.DAY, day__range=(start, end)).delete()
            AnswerDaysCount.objects.filter(grain=Grain.DAY, day__range=(start, end)).delete()
            received = Appeal.objects.filter(
                received_at__gte=start_of_day(start), received_at__lt=start_of_day(end + timedelta(days=1))
            )
            _count_appeals(received, now=now)
            month = next_month(month)
    _recount_months((month_of(day) for day in days), now=now)


def _touched_days(state: FillState, *, now: datetime) -> set[date]:
    since = state.filled_until - TIME_MARGIN
    changed = Appeal.objects.filter(
        Q(updated_at__gt=since)
        | Q(
            pk__in=AppealEvent.objects.filter(pk__gt=state.last_event_id - EVENT_ID_MARGIN).values(
                "appeal_id"
            )
        )
    )
    contested = Appeal.objects.filter(pk__in=changed.filter(contests__isnull=False).values("contests_id"))
    became_overdue = (
        Appeal.objects.filter(status__in=list(OPEN))
        .annotate(effective_due=Coalesce("extended_until", "due_at"))
        .filter(effective_due__gte=since, effective_due__lte=now)
    )
    days: set[date] = set()
    for appeals in (changed, contested, became_overdue):
        days.update(appeals.annotate(d=local_day("received_at")).values_list("d", flat=True).distinct())
    return days


def _last_event_id() -> int:
    return AppealEvent.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


def counts_refresh(*, now: datetime | None = None) -> dict:
    """Bring the count tables up to date with what changed since the last run."""
    now = now or timezone.now()
    with transaction.atomic():
        state = FillState.objects.select_for_update().filter(name=FILL_STATE_NAME).first()
        if state is None:
            return counts_rebuild(now=now)
        last_event_id = _last_event_id()
        days = _touched_days(state, now=now)
        _refill_days(days, now=now)
        state.filled_until, state.last_event_id, state.updated_at = now, last_event_id, timezone.now()
        state.save()
    log.info("statistics: refreshed %s days", len(days))
    return {"days": len(days), "filled_until": now}


def counts_rebuild(*, now: datetime | None = None) -> dict:
    """Empty the count tables and count every appeal again."""
    now = now or timezone.now()
    with transaction.atomic():
        FillState.objects.select_for_update().filter(name=FILL_STATE_NAME).first()
        last_event_id = _last_event_id()
        AppealCount.objects.all().delete()
        AnswerDaysCount.objects.all().delete()
        days = set(Appeal.objects.annotate(d=local_day("received_at")).values_list("d", flat=True).distinct())
        _refill_days(days, now=now)
        FillState.objects.update_or_create(
            name=FILL_STATE_NAME,
            defaults={"filled_until": now, "last_event_id": last_event_id, "updated_at": timezone.now()},
        )
    log.info("statistics: rebuilt %s days", len(days))
    return {"days": len(days), "filled_until": now}
