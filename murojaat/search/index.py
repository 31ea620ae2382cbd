"""Keeping the search index and the text signatures in step with appeals."""

from collections.abc import Callable, Iterable

from django.db import connection, transaction

from murojaat.appeals.models import Appeal
from murojaat.core import rows
from murojaat.jobs.outboxes import worker_drains_outboxes
from murojaat.language.keys import search_key
from murojaat.search import similar
from murojaat.search.models import BANDS, AppealSearchIndex, PendingSearchEntry, TextSignature

REINDEX_BATCH = 500


def appeal_index(*, appeal: Appeal) -> None:
    """Write (or rewrite) the search entry and the signature of one appeal.
    The hook intake can call directly if the signal is ever not wanted."""
    entry = _entry(appeal)
    with transaction.atomic():
        AppealSearchIndex.objects.filter(pk=appeal.pk).delete()
        TextSignature.objects.filter(pk=appeal.pk).delete()
        AppealSearchIndex.objects.create(**entry)
        TextSignature.objects.create(**similar.signature_fields(appeal=appeal, key_text=entry["key_text"]))


index_appeal = appeal_index


def appeal_index_new(*, appeal: Appeal) -> None:
    """Index an appeal inserted in the caller's transaction (intake): two
    inserts and nothing to delete, committed or rolled back with the appeal."""
    rows.insert_many(new_appeal_index_rows(appeal=appeal))


def new_appeal_index_rows(*, appeal: Appeal) -> list:
    """The unsaved rows that index a new appeal, for a caller that writes
    several rows at once (intake): when a worker drains the outboxes, one
    `PendingSearchEntry` it will turn into the entry and signature within about
    a second (`index_pending`); otherwise the entry and signature themselves."""
    if worker_drains_outboxes():
        return [rows.new(PendingSearchEntry, appeal=appeal)]
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


def appeal_index_by_id(*, appeal_id: int) -> None:
    appeal = Appeal.objects.filter(pk=appeal_id).only("pk", "summary", "text", "territory_id", "received_at").first()
    if appeal is not None:
        appeal_index(appeal=appeal)


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
        rows.insert_columns(AppealSearchIndex, _ENTRY_FIELDS, [tuple(e[n] for n in _ENTRY_FIELDS) for e in entries])
        rows.insert_columns(
            TextSignature, _SIGNATURE_FIELDS, [tuple(s[n] for n in _SIGNATURE_FIELDS) for s in signatures]
        )
