"""Benchmark: statistics pages read from count tables, beside a plain GROUP BY over raw appeals.

    .venv/bin/python bench/stats.py                 # 1,000,000 appeals (issue 6 asks for 25 million)
    .venv/bin/python bench/stats.py --appeals 25000000 --repeat 50
    .venv/bin/python bench/stats.py --appeals 10000000 --raw-repeat 3 \
        --database-url postgres://murojaat:murojaat@127.0.0.1:5439/murojaat_stats_25m   # run of issue 6, part 6

Uses its own PostgreSQL database (default murojaat_bench on 127.0.0.1:5439,
created when missing), fills it with `murojaat generate` up to N synthetic
appeals, rebuilds the count tables, then times every dashboard query p50/p95
from the count tables and the same indicator by a GROUP BY over the raw
table, in the same run. Prints a table.
"""

import argparse
import os
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DEFAULT_URL = "postgres://murojaat:murojaat@127.0.0.1:5439/murojaat_bench"


def ensure_database(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def timed(fn, repeat: int, warm: bool = True) -> tuple[float, float]:
    if repeat == 0:
        return float("nan"), float("nan")  # --raw-repeat 0: not timed in this run
    if warm:
        fn()  # warm the caches once, as a page in production would find them
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    p95 = samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]
    return statistics.median(samples), p95


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--appeals", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=30, help="runs per count-table query")
    parser.add_argument("--raw-repeat", type=int, default=5,
                        help="runs per raw GROUP BY query (0: skip them, e.g. to re-time the count tables alone)")
    parser.add_argument("--no-raw-warm", dest="raw_warm", action="store_false",
                        help="time the raw GROUP BY cold, without a first untimed run (halves a 25 M run; "
                             "each raw query reads the whole period from disk anyway)")
    parser.add_argument("--no-recount", action="store_true",
                        help="time the queries on the count tables as an earlier run left them (to re-time after "
                             "a change to the queries; the appeals must be unchanged since)")
    parser.add_argument("--recount-months", type=int, default=0,
                        help="recount only the last K months (the product's month recount) instead of a full "
                             "rebuild; enough for the queries, which read the last 12 months")
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL))
    args = parser.parse_args()

    ensure_database(args.database_url)
    os.environ["DATABASE_URL"] = args.database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "murojaat.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    from murojaat.appeals.models import Appeal

    have = Appeal.objects.count()
    if have < args.appeals:
        print(f"generating {args.appeals - have:,} appeals (have {have:,}) ...", flush=True)
        started = time.perf_counter()
        call_command("generate", appeals=args.appeals - have, verbosity=0)
        print(f"  generate: {time.perf_counter() - started:.1f} s", flush=True)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    total = Appeal.objects.count()

    from murojaat.statistics.refresh import counts_rebuild, counts_refresh

    started = time.perf_counter()
    if args.no_recount:
        rebuild_seconds = refresh_seconds = float("nan")
        print("count tables kept as they are (--no-recount)")
    elif args.recount_months:
        from django.db import transaction
        from django.utils import timezone

        from murojaat.statistics.models import FillState
        from murojaat.statistics.refresh import (
            FILL_STATE_NAME,
            _recount_month,
            _summarise_medians,
            month_of,
            twelve_months_to,
        )

        now = timezone.now()
        month, months = twelve_months_to(month_of(timezone.localdate())), []
        for _ in range(args.recount_months - 12):
            month = date(month.year - (month.month == 1), (month.month - 2) % 12 + 1, 1)
        while month <= timezone.localdate():
            months.append(month)
            month = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
        with transaction.atomic():
            for month in months:
                _recount_month(month, now=now)
                print(f"  recounted {month:%Y-%m}: {time.perf_counter() - started:.0f} s", flush=True)
            _summarise_medians(now=now)
            # Older months keep counts without facts: a later refresh must rebuild, not add differences.
            FillState.objects.filter(name=FILL_STATE_NAME).delete()
        rebuild_seconds = time.perf_counter() - started
        print(f"recount of {len(months)} months: {rebuild_seconds:.0f} s (a full rebuild recounts every month)")
        refresh_seconds = float("nan")
    else:
        counts_rebuild()
        rebuild_seconds = time.perf_counter() - started
        started = time.perf_counter()
        counts_refresh()
        refresh_seconds = time.perf_counter() - started
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
        cursor.execute(
            "SELECT relname, n_live_tup, pg_total_relation_size(relid) FROM pg_stat_user_tables "
            "WHERE relname IN ('appeals_appeal', 'statistics_appealcount', 'statistics_answerdayscount', "
            "'statistics_periodmedian', 'statistics_appealfact')"
        )
        sizes = cursor.fetchall()
        cursor.execute("SELECT pg_database_size(current_database())")
        database_size = cursor.fetchone()[0]

    rows = run_queries(args)
    print()
    print(f"Appeals in the table: N = {total:,} (issue 6 asks for 25,000,000)")
    print(f"count tables rebuild: {rebuild_seconds:.1f} s; refresh with nothing new: {refresh_seconds:.2f} s")
    for name, live, size in sizes:
        print(f"  {name}: {live:,} rows, {size / 2**20:,.0f} MiB")
    print(f"  database size: {database_size / 2**30:,.1f} GiB")
    print()
    header = f"{'query':44} {'counts p50':>10} {'p95':>8} {'rows read':>9}  {'raw p50':>9} {'p95':>9} {'x':>6}"
    print(header)
    print("-" * len(header))
    for name, (c50, c95), read, (r50, r95) in rows:
        print(f"{name:44} {c50:9.1f}ms {c95:7.1f}ms {read:9,}  {r50:8.0f}ms {r95:8.0f}ms {r50 / c50:6.0f}")
    print()
    scale = 25_000_000 / total
    print(f"Extrapolation to 25 M appeals (x{scale:.0f}): the raw GROUP BY reads every appeal of the period,")
    print("so it grows about linearly (raw p50 x scale, above). The count tables read one row per")
    print("(month or edge day, value); their row count grows with the number of distinct values seen,")
    print("not with appeals, so once every body/category/district has appeals most months it stops growing.")
    worst = max(c95 for _, (_, c95), _, _ in rows)
    print(f"Worst count-table p95 here: {worst:.1f} ms; raw p50 at 25 M would be roughly "
          f"{max(r50 for *_, (r50, _) in rows) * scale / 1000:.0f} s for the slowest query.")


def run_queries(args):
    from django.db.models import Count, Q

    from murojaat.appeals.models import Appeal
    from murojaat.statistics import selectors as s
    from murojaat.statistics.models import AppealCount
    from murojaat.statistics.refresh import AREA_LEVELS, DIMENSION_VALUES, _base_aggregates, start_of_day
    from murojaat.territories.models import Territory

    today = date.today()
    year = s.period_resolve(end=today)
    odd = s.Period(today - timedelta(days=200), today - timedelta(days=17))
    region = "1718"  # Samarkand
    district = Territory.objects.filter(parent__soato=region, level="district").order_by("soato").first().soato
    country, samarkand, one_district = (
        s.area_resolve(), s.area_resolve(region=region), s.area_resolve(district=district)
    )

    def raw(period, area_level: str, area_code: str, dimension: str):
        """The same base counts by a plain GROUP BY over the appeals of the period."""
        from django.db.models.functions import Coalesce
        from django.utils import timezone

        area_expression, area_filter = AREA_LEVELS[area_level]
        qs = Appeal.objects.filter(
            received_at__gte=start_of_day(period.start), received_at__lt=start_of_day(period.end + timedelta(1))
        ).filter(area_filter).annotate(effective_due=Coalesce("extended_until", "due_at"), s_area=area_expression)
        if area_code:
            qs = qs.filter(s_area=area_code)
        if dimension == "month":
            from django.db.models.functions import TruncMonth

            from murojaat.statistics.refresh import local_zone

            value = TruncMonth("received_at", tzinfo=local_zone())
        else:
            value = DIMENSION_VALUES[dimension]
        qs = qs.annotate(s_value=value).values("s_value")
        return lambda: list(qs.annotate(**_base_aggregates(timezone.now())).order_by())

    def rows_read(area, period, dimension, values=None):
        where = Q(area=area.code, dimension=dimension) & s._rows_in(period, dimension)
        if values is not None:
            where &= Q(value__in=values)
        return AppealCount.objects.filter(where).count()

    cases = [
        ("country, all indicators, 12 months", country, year, "total", "country", ""),
        ("region, all indicators, 12 months", samarkand, year, "total", "region", region),
        ("district, all indicators, 12 months", one_district, year, "total", "district", district),
        ("country, odd period (day + month rows)", country, odd, "total", "country", ""),
        ("country by region (map), 12 months", country, year, "region", "country", ""),
        ("country by body (ranking), 12 months", country, year, "organisation", "country", ""),
        ("country by category, 12 months", country, year, "category", "country", ""),
        ("region by district, 12 months", samarkand, year, "district", "region", region),
        ("region by age band, 12 months", samarkand, year, "age_band", "region", region),
        ("country by channel, 12 months", country, year, "channel", "country", ""),
    ]
    results = []
    for name, area, period, dimension, level, code in cases:
        if dimension == "total":
            fast = lambda area=area, period=period: s.indicators_for(area=area, period=period)  # noqa: E731
        else:
            fast = lambda area=area, period=period, d=dimension: s.breakdown_for(  # noqa: E731
                area=area, period=period, dimension=d)
        print(f"  timing: {name}", flush=True)
        results.append((name, timed(fast, args.repeat), rows_read(area, period, dimension),
                        timed(raw(period, level, code, dimension), args.raw_repeat, warm=args.raw_warm)))
    # What the pages call: splits without medians; the dashboard's own body and its subordinates.
    from murojaat.appeals.selectors import due_filter
    from murojaat.organisations.models import Organisation

    year = s.Period(year.start, today)  # whole months, the last one under way
    bodies = list(Organisation.objects.filter(territory__parent__soato=region).values_list("code", flat=True))
    one_body = [bodies[0]]
    dashboard_cases = [
        ("dashboard: one body, 12 months, with median", one_body, True),
        ("dashboard: rank a region's bodies, 12 months", bodies, False),
        ("public page: country by body, no median", None, False),
    ]
    for name, values, with_median in dashboard_cases:
        fast = lambda values=values, m=with_median: s.breakdown_for(  # noqa: E731
            area=country, period=year, dimension="organisation", values=values, with_median=m)
        print(f"  timing: {name}", flush=True)
        results.append((name, timed(fast, args.repeat), rows_read(country, year, "organisation", values),
                        timed(raw(year, "country", "", "organisation"), args.raw_repeat, warm=args.raw_warm)))
    overdue = lambda: list(  # noqa: E731
        Appeal.objects.filter(organisation__code__in=bodies).filter(due_filter("overdue"))
        .select_related("organisation", "category").order_by("due_at")[:50]
    )
    print("  timing: dashboard overdue list", flush=True)
    raw_overdue = lambda: Appeal.objects.filter(due_filter("overdue")).values("organisation").annotate(  # noqa: E731
        n=Count("pk")).count()
    results.append(("dashboard: overdue list (raw, LIMIT 50)", timed(overdue, args.repeat), 50,
                    timed(raw_overdue, args.raw_repeat, warm=args.raw_warm)))
    trend = lambda: s.trend_for(area=country, period=year, indicator="share_on_time")  # noqa: E731
    raw_trend = raw(year, "country", "", "month")
    results.append(("country trend by month, 12 months", timed(trend, args.repeat),
                    rows_read(country, year, "total"), timed(raw_trend, args.raw_repeat, warm=args.raw_warm)))
    return results


if __name__ == "__main__":
    main()
