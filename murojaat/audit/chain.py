"""Appending to, sealing and verifying the audit chain.

Each sealed event stores sha256(prev_hash + canonical content) and its place
`seq` in one chain, so altering, deleting or reordering a row breaks the chain
there.

Writing and sealing are two steps. `audit_record` inserts the event, with no
place in the chain yet, inside the transaction of the change it records: the
change and its record commit or vanish together, and no lock is taken. The
chain is built by `seal_pending`, which the worker runs about every second:
it locks the single AuditChainHead row, takes the unsealed events in the order
of their ids and gives each its seq, prev_hash and hash.

Why not chain at once: appending in the writer's transaction meant locking
the head row until that transaction committed, so every appeal in every
process waited for every other one's commit -- the whole service's intake
ran one at a time (bench/intake.py). The price is a short window (until the
next seal, about a second with a worker running) in which a new event is
recorded but not yet protected by the chain; `verify_chain` reports how many
events are waiting, and `murojaat audit verify` seals them first.
"""

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from django.db import connection, transaction
from django.utils import timezone

from murojaat.audit.models import AuditChainHead, AuditEvent

GENESIS = "0" * 64
SEAL_BATCH = 2000


def _canonical(event: AuditEvent) -> str:
    content = {
        "seq": event.seq,
        "occurred_at": event.occurred_at.astimezone(UTC).isoformat(timespec="microseconds"),
        "actor": event.actor_id,
        "actor_label": event.actor_label,
        "action": event.action,
        "object_type": event.object_type,
        "object_id": event.object_id,
        "payload": event.payload,
    }
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def compute_hash(event: AuditEvent) -> str:
    return hashlib.sha256((event.prev_hash + _canonical(event)).encode()).hexdigest()


def audit_record(**fields) -> AuditEvent:
    """Record one event (the keyword arguments of `audit_event`). Call it inside
    the transaction that makes the change, so the change and its record commit
    or roll back together. One insert; the worker seals it into the chain after
    commit."""
    event = audit_event(**fields)
    event.save(force_insert=True)
    return event


def audit_event(
    *,
    action: str,
    actor=None,
    actor_label: str = "",
    object_type: str = "",
    object_id: str = "",
    payload: dict | None = None,
    at: datetime | None = None,
) -> AuditEvent:
    """The unsaved event: `audit_record` writes it; intake adds it to the rows it
    writes with a new appeal."""
    # Round-trip the payload through JSON now so the hash covers exactly
    # what the database will return when the event is sealed and verified.
    clean_payload = json.loads(json.dumps(payload or {}, ensure_ascii=False, default=str))
    return AuditEvent(
        occurred_at=at or timezone.now(),
        actor=actor if getattr(actor, "pk", None) else None,
        actor_label=actor_label or (actor.get_username() if getattr(actor, "pk", None) else ""),
        action=action,
        object_type=object_type,
        object_id=str(object_id),
        payload=clean_payload,
    )


def seal_pending(*, batch: int = SEAL_BATCH) -> int:
    """Chain every committed unsealed event, oldest id first; returns how many.

    Several workers may call it at once: the head row's lock makes them take
    turns, and each reads the unsealed events only after it holds the lock."""
    sealed = 0
    while True:
        with transaction.atomic():
            seq, prev_hash = _lock_head()
            pending = list(AuditEvent.objects.filter(seq__isnull=True).order_by("id")[:batch])
            if not pending:
                return sealed
            for event in pending:
                seq += 1
                event.seq, event.prev_hash = seq, prev_hash
                event.hash = prev_hash = compute_hash(event)
            table = connection.ops.quote_name(AuditEvent._meta.db_table)
            with connection.cursor() as cursor:
                cursor.executemany(
                    f"UPDATE {table} SET seq = %s, prev_hash = %s, hash = %s WHERE id = %s",
                    [(e.seq, e.prev_hash, e.hash, e.pk) for e in pending],
                )
            _move_head(seq, prev_hash)
        sealed += len(pending)
        if len(pending) < batch:
            return sealed


def _lock_head() -> tuple[int, str]:
    """Lock the head row until commit and read it: (last seq, last hash)."""
    head_table = connection.ops.quote_name(AuditChainHead._meta.db_table)
    lock = " FOR UPDATE" if connection.features.has_select_for_update else ""
    AuditChainHead.objects.get_or_create(pk=1)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT seq, hash FROM {head_table} WHERE id = 1{lock}")
        row = cursor.fetchone()
    return row[0], row[1]


def _move_head(seq: int, last_hash: str) -> None:
    head_table = connection.ops.quote_name(AuditChainHead._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {head_table} SET seq = %s, hash = %s WHERE id = 1", [seq, last_hash])


@dataclass
class VerifyResult:
    ok: bool
    checked: int
    broken_seq: int | None = None
    reason: str = ""
    pending: int = 0  # recorded, not yet sealed into the chain


def verify_chain(*, batch_size: int = 2000) -> VerifyResult:
    """Recompute every sealed event's hash in order. The first event whose
    stored hash, link to its predecessor or sequence number does not match is
    reported. Events not yet sealed are counted, not checked."""
    expected_prev, expected_seq, checked = GENESIS, 1, 0
    last_hash = GENESIS
    pending = AuditEvent.objects.filter(seq__isnull=True).count()
    for event in AuditEvent.objects.filter(seq__isnull=False).order_by("seq").iterator(chunk_size=batch_size):
        if event.seq != expected_seq:
            return VerifyResult(False, checked, expected_seq, f"event #{expected_seq} is missing", pending)
        if event.prev_hash != expected_prev:
            return VerifyResult(False, checked, event.seq, "its link to the previous event does not match", pending)
        if compute_hash(event) != event.hash:
            return VerifyResult(False, checked, event.seq, "its content does not match its hash", pending)
        expected_prev, expected_seq, last_hash = event.hash, expected_seq + 1, event.hash
        checked += 1
    head = AuditChainHead.objects.filter(pk=1).first()
    if head is not None and (head.seq != checked or head.hash != last_hash):
        return VerifyResult(False, checked, checked + 1, "events after this point were removed", pending)
    return VerifyResult(True, checked, pending=pending)
