"""Benchmark: the statistics refresh against the month recount it replaced, in the same run.

    .venv/bin/python bench/refresh.py                      # 1,000,000 appeals; 1,000, 10,000, 100,000 touched
    .venv/bin/python bench/refresh.py --touched 500,5000 \
        --database-url postgres://murojaat:murojaat@127.0.0.1:5439/murojaat_stats_25m

Uses its own PostgreSQL database (default murojaat_bench on 127.0.0.1:5439,
shared with bench/stats.py, created when missing), fills it with `murojaat
generate` up to N synthetic appeals and rebuilds the count tables when they
have no fill state (a first refresh after the tenth session's migration does
the same). Then, for each number T:

- refresh: T appeals received this month are marked touched (`updated_at`
  set to now, nothing else changed: the refresh still takes each one's old
  fact away and adds its new one, the whole of its work) and
  `counts_refresh` is timed;
- baseline: a recount of the whole current month (`_recount_month`, what
  every refresh did until the tenth session), timed inside a transaction
  that is rolled back.

Prints seconds for each, the ratio, and the cost per touched appeal. With
--check, ends with a rebuild and says whether it gave exactly the refreshed
tables (tests/statistics checks the same on a small data set).
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.stats import DEFAULT_URL, ensure_database  # noqa: E402


def count_tables() -> set:
    from murojaat.statistics.models import AnswerDaysCount, AppealCount

    rows = set()
    for model, tag in ((AppealCount, "count"), (AnswerDaysCount, "days")):
        fields = [f.attname for f in model._meta.concrete_fields if f.attname != "id"]
        rows |= {(tag, *row) for row in model.objects.values_list(*fields)}
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--appeals", type=int, default=1_000_000, help="appeals in the database (generated if fewer)")
    parser.add_argument("--touched", default="1000,10000,100000", help="appeals touched before each refresh")
    parser.add_argument("--check", action="store_true", help="end with a rebuild and compare it with the refresh")
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL))
    args = parser.parse_args()
    touched_counts = [int(t) for t in args.touched.split(",")]

    ensure_database(args.database_url)
    os.environ["DATABASE_URL"] = args.database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "murojaat.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone

    from murojaat.appeals.models import Appeal
    from murojaat.statistics.models import FillState
    from murojaat.statistics.refresh import (
        FILL_STATE_NAME,
        _recount_month,
        counts_rebuild,
        counts_refresh,
        month_of,
        next_month,
        start_of_day,
    )

    call_command("migrate", verbosity=0)
    have = Appeal.objects.count()
    if have < args.appeals:
        print(f"generating {args.appeals - have:,} appeals (have {have:,}) ...", flush=True)
        call_command("generate", appeals=args.appeals - have, verbosity=0)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    if not FillState.objects.filter(name=FILL_STATE_NAME).exists():
        started = time.perf_counter()
        counts_rebuild()
        print(f"count tables rebuilt (no fill state): {time.perf_counter() - started:.1f} s", flush=True)
    counts_refresh()  # whatever changed before this run

    month = month_of(timezone.localdate())
    this_month = Appeal.objects.filter(
        received_at__gte=start_of_day(month), received_at__lt=start_of_day(next_month(month))
    )
    in_month = this_month.count()
    print(f"\nStatistics refresh, {Appeal.objects.count():,} appeals, {in_month:,} received this month "
          f"({month:%Y-%m}); PostgreSQL {connection.settings_dict['NAME']}")
    print(f"{'touched':>9} {'refresh s':>10} {'month recount s':>16} {'ratio':>7} {'ms per touched':>15}")
    for touched in touched_counts:
        ids = list(this_month.order_by("?").values_list("pk", flat=True)[:touched])
        Appeal.objects.filter(pk__in=ids).update(updated_at=timezone.now())
        started = time.perf_counter()
        result = counts_refresh()
        refresh_seconds = time.perf_counter() - started

        started = time.perf_counter()
        with transaction.atomic():
            _recount_month(month, now=timezone.now())
            transaction.set_rollback(True)
        recount_seconds = time.perf_counter() - started
        print(f"{result['appeals']:>9,} {refresh_seconds:>10.2f} {recount_seconds:>16.2f} "
              f"{refresh_seconds / recount_seconds:>6.0%} {1000 * refresh_seconds / result['appeals']:>15.3f}",
              flush=True)
    print("(touched: as the refresh counted them; it also looks back over the last 1,000 events and 10 minutes)")

    if args.check:
        refreshed = count_tables()
        counts_rebuild(now=FillState.objects.get(name=FILL_STATE_NAME).filled_until)
        same = count_tables() == refreshed
        print(f"rebuild gives exactly the refreshed tables: {'yes' if same else 'NO'} ({len(refreshed):,} rows)")
        sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
