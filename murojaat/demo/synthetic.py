"""Synthetic appeals for load tests and benchmarks, written straight into the table.

Unlike the demo's appeals (demo/appeals.py), these are not for people to look
at: rows skip the lifecycle, the audit chain and the timeline, and have no
Applicant row (the model allows it; statistics never read it). They
are marked by tracking codes starting with "S". Proportions follow the
portal's published figures (../shared/seeds 002 and 004): 53.4 % men, 0.58 %
legal entities, the age bands below, 84 % of ratings satisfied; regions are
weighted by population.

PostgreSQL gets COPY (psycopg's `cursor.copy()`), SQLite executemany in batches.
Drawing rows in Python runs at a few thousand a second, so on PostgreSQL only
the first `TEMPLATE_APPEALS` synthetic appeals are drawn one by one; the rest
are copies of them made inside the database (INSERT ... SELECT, one
transaction per copy), each copied appeal moved back in time by 0 to 6 whole
days so that copies do not fall on the same days (deadlines stay at the end
of a local day; answer times and on-time shares are kept). Large loads drop
the table's secondary indexes first and build them again at the end.
"""

import random
from collections.abc import Callable
from datetime import datetime, timedelta
from itertools import accumulate
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from murojaat.appeals.codes import ALPHABET
from murojaat.appeals.models import Appeal, Status
from murojaat.categories.models import Category
from murojaat.organisations.models import Organisation
from murojaat.territories.models import Territory

KINDS = (("application", 60), ("complaint", 30), ("suggestion", 10))
CHANNELS = (("web", 44), ("mobile", 26), ("psc_operator", 10), ("peoples_reception", 8), ("trust_line", 5),
            ("telegram", 4), ("post", 2), ("consulate", 1))
AGE_BANDS = (("<18", 1.83), ("18-24", 17.41), ("25-34", 30.98), ("35-44", 24.90), ("45-54", 13.39), ("55+", 11.48))
# Population in thousands (2024), for where appeals come from.
REGION_WEIGHTS = {"1703": 3300, "1706": 2000, "1708": 1500, "1710": 3500, "1712": 1100, "1714": 3000,
                  "1718": 4200, "1722": 2900, "1724": 900, "1726": 3000, "1727": 3000, "1730": 4000,
                  "1733": 1900, "1735": 2000}
RATINGS = ((5, 70), (4, 14), (3, 6), (2, 4), (1, 6))


def _weighted(pairs):
    """(values, cumulative weights): random.choices with cum_weights skips summing on every draw."""
    values, weights = zip(*pairs, strict=True)
    return list(values), list(accumulate(weights))


class _Places:
    """Districts with the bodies that answer there, weighted by their region's population."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        districts = list(Territory.objects.filter(level="district").select_related("parent"))
        per_region: dict[str, int] = {}
        for d in districts:
            per_region[d.parent.soato] = per_region.get(d.parent.soato, 0) + 1
        self.districts = districts
        self.cum_weights = list(accumulate(
            REGION_WEIGHTS.get(d.parent.soato, 1000) / per_region[d.parent.soato] for d in districts
        ))
        bodies: dict[int | None, list[int]] = {}
        for org_id, territory_id in Organisation.objects.filter(is_active=True).values_list("id", "territory_id"):
            bodies.setdefault(territory_id, []).append(org_id)
        self.bodies = bodies
        self.national = bodies.get(None) or [pk for ids in bodies.values() for pk in ids]
        if not self.national:
            raise RuntimeError("No organisations: run `murojaat demo` (or load reference data) first.")

    def pick(self):
        district = self.rng.choices(self.districts, cum_weights=self.cum_weights)[0]
        local = self.bodies.get(district.pk) or self.bodies.get(district.parent_id) or self.national
        # Most appeals go to a body of the district; some to the region's or the country's.
        pool = self.rng.choices((local, self.bodies.get(district.parent_id) or local, self.national),
                                cum_weights=(85, 95, 100))[0]
        return district.pk, self.rng.choice(pool)


def synthetic_rows(*, count: int, first_id: int, seed: int, now: datetime, months: int):
    """Rows (dicts of column -> value) for `count` appeals received over the last `months` months.

    Reads the reference data now, not lazily: during a COPY the connection
    can run no other query."""
    rng = random.Random(seed)
    places = _Places(rng)
    categories = list(Category.objects.filter(parent__isnull=False).values_list("id", flat=True)) or [None]
    return _rows(count, first_id, rng, places, categories, now, months)


def _rows(count, first_id, rng, places, categories, now, months):
    kinds, kind_w = _weighted(KINDS)
    channels, channel_w = _weighted(CHANNELS)
    bands, band_w = _weighted(AGE_BANDS)
    ratings, rating_w = _weighted(RATINGS)
    offset = ZoneInfo(settings.TIME_ZONE).utcoffset(now.replace(tzinfo=None))
    span = timedelta(days=30.44 * months).total_seconds()
    answered_ids: list[int] = []

    def end_of_local_day(moment: datetime, plus_days: int) -> datetime:
        local = (moment + offset).replace(hour=0, minute=0, second=0, microsecond=0)
        return local + timedelta(days=plus_days + 1, microseconds=-1) - offset

    for n in range(count):
        pk = first_id + n
        received = now - timedelta(seconds=rng.random() * span)
        kind = rng.choices(kinds, cum_weights=kind_w)[0]
        district_id, org_id = places.pick()
        legal = rng.random() < 0.0058
        due = end_of_local_day(received, 30 if kind == "suggestion" else 15)
        row = {
            "id": pk, "tracking_code": "S" + "".join(rng.choices(ALPHABET, k=11)), "kind": kind,
            "channel": rng.choices(channels, cum_weights=channel_w)[0], "category_id": rng.choice(categories),
            "territory_id": district_id, "addressed_to_id": org_id, "organisation_id": org_id,
            "applicant_type": "legal_entity" if legal else "individual",
            "applicant_sex": "" if legal else ("male" if rng.random() < 0.534 else "female"),
            "applicant_age_band": "" if legal else rng.choices(bands, cum_weights=band_w)[0],
            "received_at": received, "registration_due_at": end_of_local_day(received, 1),
            "decider_received_at": received, "forward_due_at": end_of_local_day(received, 5), "due_at": due,
            "created_at": received, "updated_at": received, "status": Status.RECEIVED,
        }
        if rng.random() < 0.01 and answered_ids:
            earlier = rng.choice(answered_ids)
            row.update(kind="complaint", contests_id=earlier, is_repeated=True, repeated_of_id=earlier)
        elif rng.random() < 0.03:
            row["is_repeated"] = True
        _outcome(row, rng, now, due, ratings, rating_w, pk)
        if row["status"] in (Status.ANSWERED, Status.CLOSED):
            answered_ids.append(pk)
            if len(answered_ids) > 50_000:
                answered_ids = answered_ids[25_000:]
        yield row


def _outcome(row, rng, now, due, ratings, rating_w, pk) -> None:
    received = row["received_at"]
    fate = rng.random()
    if now < due and fate < 0.5:
        row["status"] = rng.choice((Status.RECEIVED, Status.REGISTERED, Status.IN_PROGRESS))
        return
    if fate < 0.02 and pk > 1:
        row.update(status=Status.MERGED, merged_into_id=pk - 1, closed_at=received + timedelta(days=1))
        return
    if fate < 0.06:
        row.update(status=Status.LEFT_WITHOUT_CONSIDERATION, conclusion_reason="other_breach",
                   conclusion="Synthetic conclusion.", closed_at=received + timedelta(days=rng.randint(1, 10)))
        return
    if fate < 0.08:
        row["status"] = Status.IN_PROGRESS  # left open: overdue once the deadline passes
        return
    if rng.random() < 0.05:
        row["extended_until"] = due + timedelta(days=15)
    latest = row.get("extended_until") or due
    on_time = rng.random() < 0.92
    answered = received + timedelta(seconds=rng.random() * (latest - received).total_seconds()) if on_time \
        else latest + timedelta(days=rng.expovariate(1 / 6))
    if answered > now:
        row["status"] = Status.IN_PROGRESS
        return
    row.update(status=Status.ANSWERED, answered_at=answered, registered_at=received, answer_form="electronic",
               answer_text="Synthetic answer.", updated_at=answered)
    if rng.random() < 0.35:
        row.update(rating=rng.choices(ratings, cum_weights=rating_w)[0], rated_at=answered + timedelta(days=1))
    if rng.random() < 0.3:
        row.update(status=Status.CLOSED, closed_at=answered + timedelta(days=2))


TEMPLATE_APPEALS = 1_000_000
# Copies this large or larger load faster without the secondary indexes (built again afterwards).
DROP_INDEXES_FROM = 2_000_000
# Appeals copied from the template get tracking codes "SU" + id: "U" is not in the code alphabet.
COPY_CODE_PREFIX = "SU"


def _columns() -> list:
    return [f for f in Appeal._meta.concrete_fields]


def _defaults() -> dict:
    defaults = {}
    for field in _columns():
        defaults[field.attname] = None if field.null else field.get_default()
    defaults.update(access_key_hash=Appeal.hash_access_key("synthetic"), text="Synthetic appeal for load tests.",
                    summary="Synthetic", language="uz", form="electronic", term="standard")
    return defaults


def _copy_text(value) -> str:
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def _sqlite_value(value):
    return connection.ops.adapt_datetimefield_value(value) if isinstance(value, datetime) else value


def appeals_generate(*, count: int, seed: int = 2026, months: int = 24, batch: int = 50_000,
                     progress: Callable[[int], None] | None = None, template: int = TEMPLATE_APPEALS) -> int:
    """Insert `count` synthetic appeals; returns how many were written.

    On PostgreSQL, beyond `template` synthetic appeals in the table, the rest
    are copies of those (see the module's docstring)."""
    if connection.vendor != "postgresql":
        return _draw(count=count, seed=seed, months=months, batch=batch, progress=progress)
    have = Appeal.objects.filter(tracking_code__startswith="S").count()
    drawn = min(count, max(0, template - have))
    copies = count - drawn
    dropped = _drop_secondary_indexes() if copies + drawn >= DROP_INDEXES_FROM else []
    try:
        written = _draw(count=drawn, seed=seed, months=months, batch=batch, progress=progress) if drawn else 0
        if copies:
            written += _copy_template(count=copies, template=template, done=written, progress=progress)
    finally:
        _create_indexes(dropped)
    return written


def _first_free_id() -> int:
    """Above every appeal, and on PostgreSQL above every id the sequence has
    handed out: a running app holds ids it reserved for appeals not yet
    written (appeals/_writer.py `reserve_id`)."""
    highest = Appeal.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, 'id'))", [Appeal._meta.db_table])
            highest = max(highest, cursor.fetchone()[0])
    return highest + 1


def _draw(*, count: int, seed: int, months: int, batch: int, progress: Callable[[int], None] | None) -> int:
    now = timezone.now()
    first_id = _first_free_id()
    columns = [f.attname for f in _columns()]
    defaults = _defaults()
    table = connection.ops.quote_name(Appeal._meta.db_table)
    names = ", ".join(connection.ops.quote_name(c) for c in columns)
    rows = synthetic_rows(count=count, first_id=first_id, seed=seed, now=now, months=months)
    written = 0
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor, cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                buffer = []
                for row in rows:
                    values = {**defaults, **row}
                    buffer.append("\t".join(_copy_text(values[c]) for c in columns))
                    written += 1
                    if len(buffer) == batch:
                        copy.write("\n".join(buffer) + "\n")
                        buffer.clear()
                        if progress:
                            progress(written)
                if buffer:
                    copy.write("\n".join(buffer) + "\n")
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{Appeal._meta.db_table}', 'id'), "
                    f"(SELECT MAX(id) FROM {table}))"
                )
        else:
            sql = f"INSERT INTO {table} ({names}) VALUES ({', '.join(['%s'] * len(columns))})"
            buffer = []
            with connection.cursor() as cursor:
                for row in rows:
                    values = {**defaults, **row}
                    buffer.append([_sqlite_value(values[c]) for c in columns])
                    written += 1
                    if len(buffer) == batch:
                        cursor.executemany(sql, buffer)
                        buffer.clear()
                        if progress:
                            progress(written)
                if buffer:
                    cursor.executemany(sql, buffer)
    if progress:
        progress(written)
    return written


def _drop_secondary_indexes() -> list[str]:
    """Drop the appeals table's foreign keys and its indexes other than the
    primary key and unique constraints (each foreign key otherwise checks
    every new row at commit, each index takes every row); returns the
    statements that put them back."""
    table = Appeal._meta.db_table
    qn = connection.ops.quote_name
    restore = []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
            "WHERE x.indrelid = %s::regclass AND NOT x.indisprimary AND NOT x.indisunique",
            [table],
        )
        for name, definition in cursor.fetchall():
            cursor.execute(f"DROP INDEX {qn(name)}")
            restore.append(definition)
        cursor.execute(
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = %s::regclass "
            "AND contype = 'f'",
            [table],
        )
        for name, definition in cursor.fetchall():
            cursor.execute(f"ALTER TABLE {qn(table)} DROP CONSTRAINT {qn(name)}")
            # Added unchecked, then checked in one pass over the table (far faster than row by row).
            restore.append(f"ALTER TABLE {qn(table)} ADD CONSTRAINT {qn(name)} {definition} NOT VALID")
            restore.append(f"ALTER TABLE {qn(table)} VALIDATE CONSTRAINT {qn(name)}")
    return restore


def _create_indexes(statements: list[str]) -> None:
    if not statements:
        return
    with connection.cursor() as cursor:
        cursor.execute("SET maintenance_work_mem = '1GB'")
        for statement in statements:
            cursor.execute(statement)
        cursor.execute("RESET maintenance_work_mem")
        cursor.execute(f"ANALYZE {connection.ops.quote_name(Appeal._meta.db_table)}")


def _copy_template(*, count: int, template: int, done: int, progress: Callable[[int], None] | None) -> int:
    """Add `count` copies of the first `template` synthetic appeals, each moved back 0-6 days."""
    qn = connection.ops.quote_name
    table = qn(Appeal._meta.db_table)
    first = Appeal.objects.filter(tracking_code__startswith="S").order_by("pk").values_list("pk", flat=True).first()
    if first is None:
        raise RuntimeError("No synthetic appeals to copy: draw some first.")
    self_references = {f.attname for f in _columns() if f.is_relation and f.related_model is Appeal}
    names, expressions = [], []
    for field in _columns():
        column = qn(field.column)
        names.append(column)
        if field.primary_key:
            expressions.append(f"{column} + %(offset)s")
        elif field.attname == "tracking_code":
            expressions.append(f"%(prefix)s || lpad(({qn('id')} + %(offset)s)::text, 10, '0')")
        elif field.attname in self_references:
            expressions.append(f"CASE WHEN {column} >= %(first)s THEN {column} + %(offset)s ELSE {column} END")
        elif field.get_internal_type() == "DateTimeField":
            expressions.append(f"{column} - shift")
        else:
            expressions.append(column)
    written = 0
    while written < count:
        n = min(template, count - written)
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit = off")
            offset = _first_free_id() - first
            # The template is read in id order, so an appeal referring to an
            # earlier one (merged, contests, repeats) finds its copy in the same copy.
            cursor.execute(
                f"INSERT INTO {table} ({', '.join(names)}) SELECT {', '.join(expressions)} FROM ("
                f"SELECT t.*, make_interval(days => floor(random() * 7)::int) AS shift FROM {table} t "
                f"WHERE {qn('id')} >= %(first)s AND {qn('tracking_code')} LIKE 'S%%' "
                f"ORDER BY {qn('id')} LIMIT %(n)s) s",
                {"offset": offset, "first": first, "n": n, "prefix": COPY_CODE_PREFIX},
            )
            written += cursor.rowcount
            cursor.execute(f"SELECT setval(pg_get_serial_sequence('{Appeal._meta.db_table}', 'id'), "
                           f"(SELECT MAX(id) FROM {table}))")
        if progress:
            progress(done + written)
    return written
