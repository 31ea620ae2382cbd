"""Keeping the search index and the text signatures in step with appeals."""

from collections.abc import Callable, Iterable

from django.db import connection, connections, router, transaction
from django.db.models import Model

from murojaat.appeals.models import Appeal
from murojaat.jobs.outboxes import worker_drains_outboxes
from murojaat.language.keys import search_key
from murojaat.search import similar
from murojaat.search.models import BANDS, AppealSearchIndex, PendingSearchEntry, TextSignature

REINDEX_BATCH = 500


def new_appeal_index_rows(appeal: Appeal) -> list[Model]:
    """The unsaved rows that index a new appeal, written with it by the door
    that files appeals (registered in SearchConfig.ready()): when a worker drains the outboxes, one
    `PendingSearchEntry` it will turn into the entry and signature within about
    a second (`index_pending`); otherwise the entry and signature themselves."""
    if worker_drains_outboxes():
        return [PendingSearchEntry(appeal=appeal)]
    entry = _entry(appeal)
    return [
        AppealSearchIndex(**entry),
        TextSignature(**similar.signature_fields(appeal=appeal, key_text=entry["key_text"])),
    ]


def index_pending(*, limit: int = REINDEX_BATCH) -> int:
    """Write the search entries and signatures of up to `limit` appeals
    waiting for them (oldest first) and take them off the queue, in one
    transaction. Workers running at once take different rows (SKIP LOCKED on
    PostgreSQL); writing an entry twice would only rewrite it. Returns how
    many appeals were indexed."""
    with transaction.atomic():
        waiting = PendingSearchEntry.objects.order_by("appeal_id")
        if connection.features.has_select_for_update_skip_locked:
            waiting = waiting.select_for_update(skip_locked=True)
        ids = list(waiting.values_list("appeal_id", flat=True)[:limit])
        if not ids:
            return 0
        _write_batch(Appeal.objects.filter(pk__in=ids).only("pk", "summary", "text", "territory_id", "received_at"))
        PendingSearchEntry.objects.filter(pk__in=ids).delete()
    return len(ids)


def search_reindex(*, progress: Callable[[int], None] | None = None) -> int:
    """Rebuild every entry and signature from the appeals, in batches."""
    done = 0
    last_pk = 0
    while True:
        batch = list(
            Appeal.objects.filter(pk__gt=last_pk).order_by("pk")
            .only("pk", "summary", "text", "territory_id", "received_at")[:REINDEX_BATCH]
        )
        if not batch:
            break
        _write_batch(batch)
        last_pk = batch[-1].pk
        done += len(batch)
        if progress is not None:
            progress(done)
    # Appeals still queued for the worker are indexed above; take them off
    # the queue (and index any committed since the loop passed their ids).
    while index_pending():
        pass
    with transaction.atomic():
        # Entries of appeals that no longer exist cannot remain (the foreign
        # key cascades), but an FTS table edited by hand can drift: rebuild it.
        if connection.vendor == "sqlite":
            with connection.cursor() as cursor:
                cursor.execute("INSERT INTO search_appeal_fts(search_appeal_fts) VALUES ('rebuild')")
    return done


def _entry(appeal: Appeal) -> dict:
    return {"appeal_id": appeal.pk, "summary_key": search_key(appeal.summary), "key_text": search_key(appeal.text)}


_ENTRY_FIELDS = ["appeal_id", "summary_key", "key_text"]
_SIGNATURE_FIELDS = ["appeal_id", "territory_id", "received_at", "minhashes", *(f"band{i}" for i in range(BANDS))]


def _write_batch(appeals: Iterable[Appeal]) -> None:
    appeals = list(appeals)
    entries = [_entry(a) for a in appeals]
    ids = [a.pk for a in appeals]
    signatures = [similar.signature_fields(appeal=a, key_text=e["key_text"]) for a, e in zip(appeals, entries, strict=True)]
    with transaction.atomic():
        AppealSearchIndex.objects.filter(pk__in=ids).delete()
        TextSignature.objects.filter(pk__in=ids).delete()
        _copy_rows(AppealSearchIndex, _ENTRY_FIELDS, [tuple(e[n] for n in _ENTRY_FIELDS) for e in entries])
        _copy_rows(
            TextSignature, _SIGNATURE_FIELDS, [tuple(s[n] for n in _SIGNATURE_FIELDS) for s in signatures]
        )


_copy_sql: dict[tuple, str] = {}


def _copy_rows(model: type[Model], names: list[str], rows: list[tuple]) -> None:
    """INSERT many new rows of `model` given as tuples of already database-ready
    values (str, int, bytes, aware datetimes, None) for the fields `names`:
    on PostgreSQL by COPY, whose rows psycopg formats in C (an array per
    column for an UNNEST INSERT was dumped element by element in Python, a
    fifth of the worker's time on a batch of signatures); elsewhere through
    `bulk_create`. Building a model object per row of a worker's batch costs
    more than the insert. No signals are sent, and no query is logged."""
    if not rows:
        return
    alias = router.db_for_write(model)
    connection = connections[alias]
    if connection.vendor != "postgresql":
        model.objects.using(alias).bulk_create(model(**dict(zip(names, row, strict=True))) for row in rows)
        return
    key = (model, tuple(names), alias)
    sql = _copy_sql.get(key)
    if sql is None:
        qn = connection.ops.quote_name
        columns = ", ".join(qn(model._meta.get_field(name).column) for name in names)
        sql = _copy_sql[key] = f"COPY {qn(model._meta.db_table)} ({columns}) FROM STDIN"
    with connection.cursor() as cursor, connection.wrap_database_errors, cursor.cursor.copy(sql) as copy:
        for row in rows:
            copy.write_row(row)
