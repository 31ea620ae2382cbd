"""Filling the count tables from the appeals: a full rebuild, or an incremental refresh.

Appeals change after they are received (answered, rated, contested, past
their deadline), and every count is filed under the day of *receipt*. The
refresh therefore keeps, for every appeal, what it added to the counts when
it was last counted (`models.AppealFact`: the appeal's day and month, areas,
value of every dimension, answer time and 0/1 per base count). For each
appeal touched since the last run it takes the old fact away and adds the new
one: one signed GROUP BY per (area level, dimension) adds the differences to
the count rows (INSERT ... ON CONFLICT DO UPDATE), rows left counting no
appeal are deleted, and the facts are replaced. Its cost follows what changed,
not the size of the month: recounting the month instead took 50 s of
PostgreSQL every ten minutes at 850,000 appeals a month (bench/intake.py,
ninth session). `counts_refresh` gives exactly what `counts_rebuild` gives at
the same moment (tests/statistics check it).

An appeal is "touched" when
- a timeline event was written for it (every intake and lifecycle step
  writes one; event ids only grow, so back-dated steps are found too);
- its `updated_at` is after the last run (rows written directly, such as
  `murojaat generate`'s);
- it is still open and its deadline passed since the last run (it became
  overdue without anybody touching it; the only count that moves with time);
- a touched complaint contests its answer.

The rebuild counts a month of receipt at a time: one pass over the month's
appeals (joined with their territory, body and category) copies their facts
into a temporary table, the "stage"; one GROUP BY per (area level,
dimension) reads the stage and writes its rows with INSERT ... SELECT, and the
stage becomes the month's facts. No appeal passes through Python, and the
appeals are read once per month, not once per GROUP BY. The refresh stages
the touched appeals twice, old facts with sign -1 and new with +1.

After counting, the refresh works out the country-wide medians of every
split over the standard periods (`median_windows`, `models.PeriodMedian`), so
that a ranking of every body with its median reads a row per body.

Grain (what is kept per day and what per month only): a dimension with
hundreds of values (body, category, district) counted per day and per
district is nearly one row per appeal -- 26 million rows for a million
appeals -- and no page asks for a body's figures from the 5th to the 17th.
So:
- `DAY_DIMENSIONS` (the total and the splits with a handful of values) get
  day rows and month rows: a period of any days reads them exactly;
- every other dimension gets month rows only: periods of whole months (see
  `selectors._rows_in`);
- answer-time histograms (for medians) multiply rows by the number of
  distinct answer times, so they are kept for the total in every area (per
  day), and for the splits only country-wide and per month
  (`HISTOGRAM_SPLIT_AREAS`).
"""

import logging
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import connection, transaction
from django.db.models import (
    Case,
    CharField,
    Count,
    DateField,
    F,
    Func,
    IntegerField,
    Max,
    Min,
    Q,
    Sum,
    Value,
    When,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce, Least, TruncDate, TruncMonth
from django.utils import timezone

from murojaat.appeals.lifecycle import OPEN
from murojaat.appeals.models import Appeal, AppealEvent
from murojaat.statistics.indicators import BASE_COUNTS, LONGEST_ANSWER_DAYS, median_from_histogram
from murojaat.statistics.models import (
    AnswerDaysCount,
    AppealCount,
    AppealFact,
    FillState,
    Grain,
    PeriodMedian,
)

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


class LocalMonth(TruncMonth):
    """The first day of the local month of a moment, as a date (PostgreSQL's date_trunc gives a timestamp)."""

    output_field = DateField()

    def __init__(self, field: str):
        super().__init__(field, output_field=DateField(), tzinfo=local_zone())

    def as_postgresql(self, compiler, connection, **extra):
        sql, params = self.as_sql(compiler, connection)
        return f"({sql})::date", params


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
    """An appeal's fact (`models.AppealFact`, whose columns these are): its id,
    its local day and month of receipt, its region and district code (NULL
    where the appeal is not counted in that level's areas), its value of every
    dimension, its answer time in days (NULL when not answered) and one 0/1
    column per base count."""
    columns: dict = {"appeal_id": F("pk"), "s_day": local_day("received_at"), "s_month": LocalMonth("received_at")}
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


FACT_COLUMNS = tuple(f.column for f in AppealFact._meta.concrete_fields)


def _stage(appeals, *, now: datetime, signed: bool = False) -> None:
    """Copy the facts of `appeals` into a narrow temporary table.

    One pass over the appeals (with their territory, body and category
    joined); every GROUP BY afterwards reads the stage, not the appeals.
    signed: with a `sign` column of 1 (the refresh adds old facts with -1)."""
    columns = ({"sign": Value(1, output_field=IntegerField())} if signed else {}) | _stage_columns(now)
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


def _groupings(grain: str, *, rolled_up: bool) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(area level, dimension) pairs to count at `grain`: base counts and answer-time histograms.

    rolled_up: leave out the month rows that `_roll_up_month` sums from day
    rows (of the day dimensions, and the total's histogram)."""
    counts, histograms = [], []
    for level in AREA_LEVELS:
        for dimension in DIMENSION_VALUES:
            if grain == Grain.DAY:
                if keeps_days(dimension):
                    counts.append((level, dimension))
                if dimension == "total":
                    histograms.append((level, dimension))
            else:
                if not (rolled_up and keeps_days(dimension)):
                    counts.append((level, dimension))
                if keeps_histogram(dimension, level) and not (rolled_up and dimension == "total"):
                    histograms.append((level, dimension))
    return counts, histograms


def _stage_keys(level: str, dimension: str) -> tuple[str, str, list[str]]:
    """The stage's expressions for the area and the value, and the columns to group by."""
    area = "''" if level == "country" else f"a_{level}"
    value = "''" if dimension == "total" else f"v_{dimension}"
    return area, value, [k for k in (area, value) if not k.startswith("'")]


def _count_stage(grain: str, *, rolled_up: bool = True, signed: bool = False) -> None:
    """Write the count rows of the staged appeals at `grain` (see `_groupings`).

    signed: add each row's sum of signs to the row already there (the
    refresh's differences), instead of inserting new rows."""
    qn = connection.ops.quote_name
    keys = [c.key for c in BASE_COUNTS]
    if signed:
        sums = ["SUM(sign)" if key == "received" else f"SUM(sign * c_{key})" for key in keys]
    else:
        sums = ["COUNT(*)" if key == "received" else f"SUM(c_{key})" for key in keys]
    row_key = ["grain", "area", "dimension", "day", "value"]
    targets = (
        (AppealCount, keys, sums, [], ""),
        (AnswerDaysCount, ["days", "answered"], ["s_days", sums[0]], ["s_days"], "s_days IS NOT NULL"),
    )
    day = "s_day" if grain == Grain.DAY else "s_month"
    with connection.cursor() as cursor:
        for groupings, (model, counted, aggregates, extra_keys, condition) in zip(
            _groupings(grain, rolled_up=rolled_up), targets, strict=True
        ):
            table = qn(model._meta.db_table)
            columns = ", ".join(qn(c) for c in ["grain", "day", "area", "dimension", "value", *counted])
            upsert = ""
            if signed:
                added = {c: a for c, a in zip(counted, aggregates, strict=True) if c != "days"}
                conflict = row_key + (["days"] if extra_keys else [])
                upsert = (
                    # A group whose old and new facts cancel out changes nothing: no row for it.
                    f"HAVING {' OR '.join(f'{a} <> 0' for a in added.values())} "
                    f"ON CONFLICT ({', '.join(qn(c) for c in conflict)}) "
                    f"DO UPDATE SET {', '.join(f'{qn(c)} = {table}.{qn(c)} + excluded.{qn(c)}' for c in added)}"
                )
            for level, dimension in groupings:
                area, value, group_keys = _stage_keys(level, dimension)
                where = [f"{area} IS NOT NULL"] if level != "country" else []
                where += [condition] if condition else []
                group = [day, *group_keys, *extra_keys]
                cursor.execute(
                    f"INSERT INTO {table} ({columns}) SELECT %s, {day}, {area}, %s, {value}, "
                    f"{', '.join(aggregates)} FROM {STAGE_TABLE} "
                    # Always a WHERE: SQLite reads "ON CONFLICT" after a bare FROM as a join.
                    f"WHERE {' AND '.join(where) or '1 = 1'} GROUP BY {', '.join(group)} {upsert}",
                    (grain, dimension),
                )


def _drop_emptied_rows() -> None:
    """Delete the count rows a refresh took the last appeal from (a rebuild writes none)."""
    AppealCount.objects.filter(received=0).delete()
    AnswerDaysCount.objects.filter(answered=0).delete()


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
    """Count the appeals received in one local month again, every row of the month, and keep their facts."""
    end = next_month(month)
    _tune_for_counting()
    AppealCount.objects.filter(day__gte=month, day__lt=end).delete()
    AnswerDaysCount.objects.filter(day__gte=month, day__lt=end).delete()
    _stage(Appeal.objects.filter(received_at__gte=start_of_day(month), received_at__lt=start_of_day(end)), now=now)
    _count_stage(Grain.DAY)
    _roll_up_month(month)
    _count_stage(Grain.MONTH)
    AppealFact.objects.filter(s_month=month).delete()
    _write_facts(signed=False)
    _drop_temporary(STAGE_TABLE)


def _tune_for_counting() -> None:
    """Settings for this transaction's counting (PostgreSQL)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # The groupings of a month hash a few hundred thousand groups: in memory, not spilled to disk.
            cursor.execute("SET LOCAL work_mem = '128MB'")
            # JIT compiling the stage's query took 1.1 s of a 3.4 s refresh of
            # 80,000 appeals, and gained nothing in a rebuild (71 s either way).
            cursor.execute("SET LOCAL jit = off")


def _write_facts(*, signed: bool) -> None:
    """The staged appeals' facts become their counted state (with `signed`, the new ones only)."""
    qn = connection.ops.quote_name
    columns = ", ".join(FACT_COLUMNS)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {qn(AppealFact._meta.db_table)} ({columns}) SELECT {columns} FROM {STAGE_TABLE}"
            + (" WHERE sign = 1" if signed else "")
        )


def _drop_temporary(table: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {table}")


def month_of(day: date) -> date:
    return day.replace(day=1)


def next_month(month: date) -> date:
    return date(month.year + (month.month == 12), month.month % 12 + 1, 1)


def twelve_months_to(month: date) -> date:
    """The first of the twelve months that end with `month`."""
    return date(month.year - (month.month < 12), month.month % 12 + 1, 1)


def _refill_days(days: set[date], *, now: datetime) -> None:
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


TOUCHED_TABLE = "statistics_touched"


def _touched_appeals(state: FillState, *, now: datetime):
    """The ids of the appeals touched since the last run (see the module's
    docstring), as a UNION whose parts each read an index: the events by id,
    the appeals by `updated_at` and open appeals by deadline (an extension
    only moves a deadline later, so a deadline passed since the last run has
    its original one passed too)."""
    since = state.filled_until - TIME_MARGIN
    with_events = AppealEvent.objects.filter(pk__gt=state.last_event_id - EVENT_ID_MARGIN).values("appeal_id")
    updated = Appeal.objects.filter(updated_at__gt=since).values("pk")
    became_overdue = (
        Appeal.objects.filter(status__in=list(OPEN), due_at__lte=now)
        .annotate(effective_due=Coalesce("extended_until", "due_at"))
        .filter(effective_due__gte=since, effective_due__lte=now)
        .values("pk")
    )
    return with_events.order_by().union(updated.order_by(), became_overdue.order_by())


def _stage_changes(state: FillState, *, now: datetime) -> int:
    """Stage the touched appeals' new facts (sign 1) and old ones (sign -1); return how many were touched."""
    qn = connection.ops.quote_name
    sql, params = _touched_appeals(state, now=now).query.sql_with_params()
    appeals = qn(Appeal._meta.db_table)
    _drop_temporary(TOUCHED_TABLE)
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE TEMPORARY TABLE {TOUCHED_TABLE} (id bigint)")
        cursor.execute(f"INSERT INTO {TOUCHED_TABLE} (id) {sql}", params)
        # A complaint that contests an answer changes the contested appeal's "answers contested".
        cursor.execute(
            f"INSERT INTO {TOUCHED_TABLE} (id) SELECT contests_id FROM {appeals} "
            f"WHERE id IN (SELECT id FROM {TOUCHED_TABLE}) AND contests_id IS NOT NULL"
        )
        if connection.vendor == "postgresql":
            # A temporary table has no statistics until analysed: the planner
            # would guess its size when choosing how to join the appeals.
            cursor.execute(f"ANALYZE {TOUCHED_TABLE}")
        cursor.execute(f"SELECT COUNT(DISTINCT id) FROM {TOUCHED_TABLE}")
        touched = cursor.fetchone()[0]
    _stage(Appeal.objects.filter(pk__in=RawSQL(f"SELECT id FROM {TOUCHED_TABLE}", ())), now=now, signed=True)
    columns = ", ".join(FACT_COLUMNS)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {STAGE_TABLE} (sign, {columns}) SELECT -1, {columns} "
            f"FROM {qn(AppealFact._meta.db_table)} WHERE appeal_id IN (SELECT id FROM {TOUCHED_TABLE})"
        )
    return touched


def _apply_changes() -> None:
    """Add the staged differences to the count rows and replace the touched appeals' facts."""
    _count_stage(Grain.DAY, rolled_up=False, signed=True)
    _count_stage(Grain.MONTH, rolled_up=False, signed=True)
    _drop_emptied_rows()
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {connection.ops.quote_name(AppealFact._meta.db_table)} "
            f"WHERE appeal_id IN (SELECT id FROM {TOUCHED_TABLE})"
        )
    _write_facts(signed=True)


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
        _tune_for_counting()
        touched = _stage_changes(state, now=now)
        if touched:
            _apply_changes()
        _drop_temporary(STAGE_TABLE)
        _drop_temporary(TOUCHED_TABLE)
        _summarise_medians(now=now)
        state.filled_until, state.last_event_id, state.updated_at = now, last_event_id, timezone.now()
        state.save()
    log.info("statistics: refreshed %s appeals", touched)
    return {"appeals": touched, "filled_until": now}


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
        AppealFact.objects.all().delete()
        days = _days_received()
        _refill_days(days, now=now)
        _summarise_medians(now=now)
        counted = AppealFact.objects.count()
        FillState.objects.update_or_create(
            name=FILL_STATE_NAME,
            defaults={"filled_until": now, "last_event_id": last_event_id, "updated_at": timezone.now()},
        )
    log.info("statistics: rebuilt from %s appeals", counted)
    return {"appeals": counted, "filled_until": now}
