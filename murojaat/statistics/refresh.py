"""Filling the count tables from the appeals: a full rebuild, or an incremental refresh.

Appeals change after they are received (answered, rated, contested, past
their deadline), and every count is filed under the day of *receipt*, so a
refresh re-aggregates whole months: every local month of receipt of an
appeal touched since the last run is deleted and counted again from the raw
table.
That keeps the refresh idempotent and makes `counts_refresh` give exactly what
`counts_rebuild` gives at the same moment (tests/statistics check it).

An appeal is "touched" when
- a timeline event was written for it (every intake and lifecycle step
  writes one; event ids only grow, so back-dated steps are found too);
- its `updated_at` is after the last run (rows written directly, such as
  `murojaat generate`'s);
- it is still open and its deadline passed since the last run (it became
  overdue without anybody touching it).

The aggregation runs in the database, a month of receipt at a time: one pass
over the month's appeals (joined with their territory, body and category)
copies what the counts need into a narrow temporary table, the "stage" (one
row per appeal: day, region, district, each dimension's value, answer days,
a 0/1 column per base count); then one GROUP BY per (area level, dimension)
reads the stage and writes its rows with INSERT ... SELECT. No appeal passes
through Python, and the appeals are read once per month, not once per GROUP BY.

After counting, the refresh works out the country-wide medians of every
split over the standard periods (`median_windows`, `models.PeriodMedian`), so
that a ranking of every body with its median reads a row per body.

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
The month-only dimensions need the whole month anyway, hence a touched day
recounts its month.
"""

import logging
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Case, CharField, Count, F, Func, IntegerField, Max, Min, Q, Sum, Value, When
from django.db.models.functions import Coalesce, Least, TruncDate
from django.utils import timezone

from murojaat.appeals.lifecycle import OPEN
from murojaat.appeals.models import Appeal, AppealEvent
from murojaat.statistics.indicators import BASE_COUNTS, LONGEST_ANSWER_DAYS, median_from_histogram
from murojaat.statistics.models import AnswerDaysCount, AppealCount, FillState, Grain, PeriodMedian

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


STAGE_TABLE = "statistics_stage"


def _stage_columns(now: datetime) -> dict:
    """What the stage keeps of each appeal: its local day of receipt, its
    region and district code (NULL where the appeal is not counted in that
    level's areas), its value of every dimension, its answer time in days
    (NULL when not answered) and one 0/1 column per base count."""
    columns: dict = {"s_day": local_day("received_at")}
    for level, (area_expression, area_filter) in AREA_LEVELS.items():
        if level != "country":
            columns[f"a_{level}"] = Case(When(area_filter, then=area_expression), default=None,
                                         output_field=CharField())
    for dimension, value_expression in DIMENSION_VALUES.items():
        if dimension != "total":
            columns[f"v_{dimension}"] = value_expression
    columns["s_days"] = Case(
        When(answered_at__isnull=False,
             then=Least(LocalDaysBetween("received_at", "answered_at"), LONGEST_ANSWER_DAYS)),
        default=None, output_field=IntegerField(),
    )
    for count in BASE_COUNTS:
        if count.key == "rating_sum":
            columns["c_rating_sum"] = Coalesce("rating", 0)
        elif count.key != "received":
            columns[f"c_{count.key}"] = Case(When(count.condition(now), then=1), default=0,
                                             output_field=IntegerField())
    return columns


def _stage(appeals, *, now: datetime) -> None:
    """Copy what the counts need of `appeals` into a narrow temporary table.

    One pass over the appeals (with their territory, body and category
    joined); every GROUP BY afterwards reads the stage, not the appeals."""
    columns = _stage_columns(now)
    staged = (
        appeals.annotate(effective_due=Coalesce("extended_until", "due_at"))
        .annotate(**columns)
        .values(*columns)
        .order_by()
    )
    sql, params = staged.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {STAGE_TABLE}")
        cursor.execute(f"CREATE TEMPORARY TABLE {STAGE_TABLE} AS {sql}", params)


def _groupings(day_rows: bool) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(area level, dimension) pairs to count from the stage: base counts and answer-time histograms.

    day_rows: the day rows of the day dimensions and of the total's
    histogram; else the month rows of the month-only dimensions and the split
    histograms (the total's month histogram is rolled up from its days)."""
    counts, histograms = [], []
    for level in AREA_LEVELS:
        for dimension in DIMENSION_VALUES:
            if keeps_days(dimension) == day_rows:
                counts.append((level, dimension))
            if (dimension == "total") == day_rows and keeps_histogram(dimension, level):
                histograms.append((level, dimension))
    return counts, histograms


def _stage_keys(level: str, dimension: str) -> tuple[str, str, list[str]]:
    """The stage's expressions for the area and the value, and the columns to group by."""
    area = "''" if level == "country" else f"a_{level}"
    value = "''" if dimension == "total" else f"v_{dimension}"
    return area, value, [k for k in (area, value) if not k.startswith("'")]


def _count_stage(*, month: date, day_rows: bool) -> None:
    """Write count rows from the stage (one month of appeals); see `_groupings`."""
    qn = connection.ops.quote_name
    keys = [c.key for c in BASE_COUNTS]
    sums = ["COUNT(*)" if key == "received" else f"SUM(c_{key})" for key in keys]
    count_columns = ", ".join(qn(c) for c in ["grain", "day", "area", "dimension", "value", *keys])
    days_columns = ", ".join(qn(c) for c in ["grain", "day", "area", "dimension", "value", "days", "answered"])
    targets = (
        (qn(AppealCount._meta.db_table), count_columns, ", ".join(sums), [], ""),
        (qn(AnswerDaysCount._meta.db_table), days_columns, "s_days, COUNT(*)", ["s_days"], "s_days IS NOT NULL"),
    )
    grain = Grain.DAY if day_rows else Grain.MONTH
    day_key = ["s_day"] if day_rows else []
    with connection.cursor() as cursor:
        for groupings, (table, columns, aggregates, extra_keys, condition) in zip(
            _groupings(day_rows), targets, strict=True
        ):
            day, day_params = ("s_day", []) if day_rows else ("%s", [month])
            for level, dimension in groupings:
                area, value, group_keys = _stage_keys(level, dimension)
                where = [f"{area} IS NOT NULL"] if level != "country" else []
                where += [condition] if condition else []
                group = [*day_key, *group_keys, *extra_keys]
                cursor.execute(
                    f"INSERT INTO {table} ({columns}) SELECT %s, {day}, {area}, %s, {value}, {aggregates} "
                    f"FROM {STAGE_TABLE} {'WHERE ' + ' AND '.join(where) if where else ''} "
                    # Without keys (the country's total of a month): one row, and none when no appeals.
                    f"{'GROUP BY ' + ', '.join(group) if group else 'HAVING COUNT(*) > 0'}",
                    (grain, *day_params, dimension),
                )


def _roll_up_month(month: date) -> None:
    """Month rows of the day dimensions (and the total's histogram): sums of their day rows."""
    qn = connection.ops.quote_name
    counts = [c.key for c in BASE_COUNTS]
    for model, keys, summed, rolled_up in (
        (AppealCount, ["area", "dimension", "value"], counts, DAY_DIMENSIONS),
        (AnswerDaysCount, ["area", "dimension", "value", "days"], ["answered"], ("total",)),
    ):
        table = qn(model._meta.db_table)
        placeholders = ", ".join(["%s"] * len(rolled_up))
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


def _recount_month(month: date, *, now: datetime) -> None:
    """Count the appeals received in one local month again, every row of the month."""
    end = next_month(month)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # The groupings of a month hash a few hundred thousand groups: in memory, not spilled to disk.
            cursor.execute("SET LOCAL work_mem = '128MB'")
    AppealCount.objects.filter(day__gte=month, day__lt=end).delete()
    AnswerDaysCount.objects.filter(day__gte=month, day__lt=end).delete()
    _stage(Appeal.objects.filter(received_at__gte=start_of_day(month), received_at__lt=start_of_day(end)), now=now)
    _count_stage(month=month, day_rows=True)
    _roll_up_month(month)
    _count_stage(month=month, day_rows=False)
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE {STAGE_TABLE}")


def month_of(day: date) -> date:
    return day.replace(day=1)


def next_month(month: date) -> date:
    return date(month.year + (month.month == 12), month.month % 12 + 1, 1)


def twelve_months_to(month: date) -> date:
    """The first of the twelve months that end with `month`."""
    return date(month.year - (month.month < 12), month.month % 12 + 1, 1)


def _refill_days(days: set[date], *, now: datetime) -> None:
    # A touched day recounts its whole month: the month-only dimensions need
    # the whole month anyway, and the stage is read once for both.
    for month in sorted({month_of(day) for day in days}):
        _recount_month(month, now=now)


def median_windows(today: date) -> list[tuple[date, date]]:
    """The periods of whole months whose split medians the refresh works out
    ahead (`models.PeriodMedian`): the last twelve months (the pages' default
    period, see `selectors.period_resolve`), this year so far, last year.
    In December the first two are the same twelve months, listed once: each
    period's medians are stored once (`statistics_median_key`)."""
    month = month_of(today)
    windows = [(twelve_months_to(month), month), (month.replace(month=1), month),
               (date(month.year - 1, 1, 1), date(month.year - 1, 12, 1))]
    return list(dict.fromkeys(windows))


def _summarise_medians(*, now: datetime) -> None:
    """Country-wide medians of every value of every dimension over each of
    `median_windows` (the splits' histograms are kept country-wide only,
    `HISTOGRAM_SPLIT_AREAS`).

    The country's total row ("total", "") is written for each window even
    without answers: the selectors read it as "this window was worked out"."""
    PeriodMedian.objects.all().delete()
    today = timezone.localtime(now, local_zone()).date()
    rows = []
    for first, last in median_windows(today):
        histograms: dict[tuple[str, str], dict[int, int]] = {("total", ""): {}}
        for dimension, value, days, answered in (
            AnswerDaysCount.objects.filter(grain=Grain.MONTH, area="", day__gte=first, day__lte=last)
            .values("dimension", "value", "days")
            .annotate(n=Sum("answered"))
            .values_list("dimension", "value", "days", "n")
            .order_by()
        ):
            histograms.setdefault((dimension, value), {})[days] = answered
        rows.extend(
            PeriodMedian(first_month=first, last_month=last, area="", dimension=dimension, value=value,
                         median_days=median_from_histogram(histogram))
            for (dimension, value), histogram in histograms.items()
        )
    PeriodMedian.objects.bulk_create(rows, batch_size=5000)


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
        _summarise_medians(now=now)
        state.filled_until, state.last_event_id, state.updated_at = now, last_event_id, timezone.now()
        state.save()
    log.info("statistics: refreshed %s days", len(days))
    return {"days": len(days), "filled_until": now}


def _days_received() -> set[date]:
    """Every local day from the first appeal's to the last's (a month needs only one of them)."""
    span = Appeal.objects.aggregate(first=Min("received_at"), last=Max("received_at"))
    if span["first"] is None:
        return set()
    zone = local_zone()
    first, last = span["first"].astimezone(zone).date(), span["last"].astimezone(zone).date()
    return {first + timedelta(days=n) for n in range((last - first).days + 1)}


def counts_rebuild(*, now: datetime | None = None) -> dict:
    """Empty the count tables and count every appeal again."""
    now = now or timezone.now()
    with transaction.atomic():
        FillState.objects.select_for_update().filter(name=FILL_STATE_NAME).first()
        last_event_id = _last_event_id()
        AppealCount.objects.all().delete()
        AnswerDaysCount.objects.all().delete()
        days = _days_received()
        _refill_days(days, now=now)
        _summarise_medians(now=now)
        FillState.objects.update_or_create(
            name=FILL_STATE_NAME,
            defaults={"filled_until": now, "last_event_id": last_event_id, "updated_at": timezone.now()},
        )
    log.info("statistics: rebuilt %s days", len(days))
    return {"days": len(days), "filled_until": now}
