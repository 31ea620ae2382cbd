"""Benchmark: finding near-duplicate appeals among a million stored ones.

Not a test. It fills a scratch database (never the one you work in) with
1,000,000 synthetic rows in `search.TextSignature`, plants near-duplicates of
the query texts among them, and times `search.similar.near_duplicates` (the
LSH query on indexed bands, then exact Jaccard on the few candidates) beside
a naive baseline in the same run: reading 10,000 stored texts and comparing
each with the query, extrapolated linearly to the same million.

    .venv/bin/python bench/similar.py                       # SQLite file in /tmp
    .venv/bin/python bench/similar.py --database-url postgres://murojaat:murojaat@127.0.0.1:5439/murojaat_bench

Synthetic rows: band values are random, except that a share of rows carry
bands from a small pool, as greetings and closings that many letters share
would ("Hurmatli hokim...", "Iltimos, yordam bering"), so the candidate step
has collisions to weed out. The foreign keys of the two search tables are
dropped in the scratch database: the rows stand for appeals that are not there.
"""

import argparse
import os
import random
import statistics
import struct
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BANDS = 16
TERRITORIES = 200  # about the number of districts and cities
SHARED_POOL = 300  # band values common to boilerplate-heavy letters
SHARED_SHARE = 0.05
QUERIES = 200
BASELINE_ROWS = 10_000
VOCABULARY = 3000


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default="sqlite:////tmp/murojaat-bench-similar.sqlite3")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=QUERIES)
    parser.add_argument("--seed", type=int, default=445)
    return parser.parse_args()


def setup_django(url: str) -> None:
    if url.startswith("postgres"):
        _create_postgres_database(url)
    elif url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "murojaat.settings")
    import django

    django.setup()


def _create_postgres_database(url: str) -> None:
    """A fresh scratch database beside the one in the URL's server."""
    import psycopg

    name = url.rsplit("/", 1)[1]
    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


def words(rng: random.Random, n: int) -> list[str]:
    return [f"w{rng.randrange(VOCABULARY)}" for _ in range(n)]


def edited(rng: random.Random, text: list[str], changes: int) -> list[str]:
    out = list(text)
    for _ in range(changes):
        out[rng.randrange(len(out))] = f"w{rng.randrange(VOCABULARY)}"
    return out


def main() -> None:
    args = parse_args()
    setup_django(args.database_url)
    from django.core.management import call_command
    from django.db import connection, transaction

    from murojaat.search.models import TextSignature
    from murojaat.search.similar import jaccard, minhashes, near_duplicates, shingles, signature_fields

    rng = random.Random(args.seed)
    vendor = connection.vendor
    print(f"database: {vendor} ({args.database_url.split('@')[-1]}), rows: {args.rows:,}")
    call_command("migrate", verbosity=0)
    _drop_foreign_keys(connection)

    sig_columns = ["appeal_id", "territory_id", "received_at", "minhashes"] + [f"band{i}" for i in range(BANDS)]
    index_names = [index.name for index in TextSignature._meta.indexes]
    shared = [rng.randrange(-(2**31), 2**31) for _ in range(SHARED_POOL)]
    old = datetime(2025, 1, 1, tzinfo=UTC)

    def background_row(pk: int) -> tuple:
        raw = os.urandom(256 + 4 * BANDS)
        bands = list(struct.unpack(f"<{BANDS}i", raw[256:]))
        if rng.random() < SHARED_SHARE:
            for i in rng.sample(range(BANDS), 3):
                bands[i] = rng.choice(shared)
        return (pk, rng.randrange(1, TERRITORIES + 1), old + timedelta(minutes=pk % 500_000), raw[:256], *bands)

    # Planted: for each query text, a near-duplicate stored earlier in the same district.
    queries = []
    planted_rows, planted_texts = [], []
    for q in range(args.queries):
        text = words(rng, rng.randrange(40, 160))
        territory = rng.randrange(1, TERRITORIES + 1)
        pk = args.rows + 1 + q
        stored = " ".join(edited(rng, text, max(1, len(text) // 30)))
        fields = signature_fields(appeal=_Stub(pk, territory, old), key_text=stored)
        planted_rows.append(tuple(fields[c] for c in sig_columns))
        planted_texts.append((pk, "", stored))
        queries.append((" ".join(text), territory, pk))
    baseline_texts = [(args.rows + args.queries + 1 + i, "", " ".join(words(rng, rng.randrange(40, 160))))
                      for i in range(BASELINE_ROWS)]

    started = time.perf_counter()
    with connection.cursor() as cursor:
        for name in index_names:
            cursor.execute(f"DROP INDEX IF EXISTS {name}")
    with transaction.atomic():
        _load(connection, "search_textsignature", sig_columns,
              (background_row(pk) for pk in range(1, args.rows + 1)))
        _load(connection, "search_textsignature", sig_columns, planted_rows)
        _load(connection, "search_appealsearchindex", ["appeal_id", "summary_key", "key_text"],
              planted_texts + baseline_texts)
    loaded = time.perf_counter()
    with connection.cursor() as cursor:
        # Raw SQL: SQLite's schema editor would check the dropped foreign keys on exit.
        for index in TextSignature._meta.indexes:
            columns = ", ".join(TextSignature._meta.get_field(f).column for f in index.fields)
            cursor.execute(f"CREATE INDEX {index.name} ON search_textsignature ({columns})")
        cursor.execute("ANALYZE")
    indexed = time.perf_counter()
    print(f"loaded {args.rows + len(planted_rows):,} signatures in {loaded - started:.1f} s, "
          f"built {len(index_names)} indexes in {indexed - loaded:.1f} s")

    now = datetime.now(UTC)
    signature_ms, lookup_ms, found = [], [], 0
    for _ in range(3):  # warm the caches the way a running server has them warm
        near_duplicates(key_text=queries[0][0], territory_id=queries[0][1], before=now)
    for text, territory, planted in queries:
        t0 = time.perf_counter()
        minhashes(text)
        t1 = time.perf_counter()
        result = near_duplicates(key_text=text, territory_id=territory, before=now)
        t2 = time.perf_counter()
        signature_ms.append((t1 - t0) * 1000)
        lookup_ms.append((t2 - t1) * 1000)
        found += any(pk == planted for pk, _ in result)

    # Baseline: no index, compare the query with every stored text.
    from murojaat.search.models import AppealSearchIndex

    low, high = baseline_texts[0][0], baseline_texts[-1][0]
    baseline_ms = []
    for text, _, _ in queries[:10]:
        t0 = time.perf_counter()
        own = shingles(text)
        rows = AppealSearchIndex.objects.filter(pk__gte=low, pk__lte=high).values_list("pk", "key_text")
        best = max((jaccard(own, shingles(other)), pk) for pk, other in rows.iterator(chunk_size=2000))
        baseline_ms.append((time.perf_counter() - t0) * 1000)
    assert best[0] < 1.0

    def pct(values, p):
        return statistics.quantiles(values, n=100)[p - 1] if len(values) > 1 else values[0]

    scale = (args.rows + len(planted_rows)) / BASELINE_ROWS
    print(f"queries: {len(queries)}; planted near-duplicate found for {found}/{len(queries)}")
    print(f"signature of the new text (MinHash, 64 values): p50 {pct(signature_ms, 50):.2f} ms, "
          f"p95 {pct(signature_ms, 95):.2f} ms")
    print(f"LSH lookup + exact Jaccard at {args.rows + len(planted_rows):,} rows: "
          f"p50 {pct(lookup_ms, 50):.2f} ms, p95 {pct(lookup_ms, 95):.2f} ms, max {max(lookup_ms):.2f} ms")
    print(f"baseline naive scan of {BASELINE_ROWS:,} texts: p50 {pct(baseline_ms, 50):.0f} ms "
          f"-> extrapolated to {args.rows + len(planted_rows):,}: ~{pct(baseline_ms, 50) * scale / 1000:.1f} s")


class _Stub:
    """Just what `signature_fields` reads from an appeal."""

    def __init__(self, pk, territory_id, received_at):
        self.pk, self.territory_id, self.received_at = pk, territory_id, received_at


def _drop_foreign_keys(connection) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT conrelid::regclass::text, conname FROM pg_constraint WHERE contype = 'f' "
                "AND conrelid::regclass::text IN ('search_textsignature', 'search_appealsearchindex')"
            )
            for table, name in cursor.fetchall():
                cursor.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        else:
            cursor.execute("PRAGMA foreign_keys = OFF")


def _load(connection, table: str, columns: list[str], rows) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        batch = []
        raw = cursor.cursor
        for row in rows:
            # Django keeps SQLite datetimes as naive UTC text.
            batch.append(tuple(v.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")
                               if isinstance(v, datetime) else v for v in row))
            if len(batch) == 20_000:
                raw.executemany(sql, batch)
                batch.clear()
        if batch:
            raw.executemany(sql, batch)


if __name__ == "__main__":
    main()
