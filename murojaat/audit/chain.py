"""Appending to and verifying the audit chain.

Each event stores sha256(prev_hash + canonical content). Appends are
serialised by locking the single AuditChainHead row inside the caller's
transaction, so the chain has no forks even with many app workers; the lock is
held only until that transaction commits.
"""

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from django.db import transaction
from django.utils import timezone

from murojaat.audit.models import AuditChainHead, AuditEvent

GENESIS = "0" * 64


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


def audit_record(
    *,
    action: str,
    actor=None,
    actor_label: str = "",
    object_type: str = "",
    object_id: str = "",
    payload: dict | None = None,
    at: datetime | None = None,
) -> AuditEvent:
    """Append one event. Call it inside the transaction that makes the change,
    so the change and its record commit or roll back together.

    No savepoint of its own (two statements fewer on the hottest path): inside
    the caller's transaction a failure here marks that whole transaction for
    rollback, so a change can never commit without its record."""
    with transaction.atomic(savepoint=False):
        head = AuditChainHead.objects.select_for_update().filter(pk=1).first()
        if head is None:
            AuditChainHead.objects.get_or_create(pk=1)
            head = AuditChainHead.objects.select_for_update().get(pk=1)
        # Round-trip the payload through JSON now so the hash covers exactly
        # what the database will return when the chain is verified.
        clean_payload = json.loads(json.dumps(payload or {}, ensure_ascii=False, default=str))
        event = AuditEvent(
            seq=head.seq + 1,
            occurred_at=at or timezone.now(),
            actor=actor if getattr(actor, "pk", None) else None,
            actor_label=actor_label or (actor.get_username() if getattr(actor, "pk", None) else ""),
            action=action,
            object_type=object_type,
            object_id=str(object_id),
            payload=clean_payload,
            prev_hash=head.hash,
        )
        event.hash = compute_hash(event)
        event.save(force_insert=True)
        head.seq, head.hash = event.seq, event.hash
        head.save(update_fields=["seq", "hash"])
    return event


@dataclass
class VerifyResult:
    ok: bool
    checked: int
    broken_seq: int | None = None
    reason: str = ""


def verify_chain(*, batch_size: int = 2000) -> VerifyResult:
    """Recompute every hash in order. The first event whose stored hash, link
    to its predecessor or sequence number does not match is reported."""
    expected_prev, expected_seq, checked = GENESIS, 1, 0
    last_hash = GENESIS
    for event in AuditEvent.objects.order_by("seq").iterator(chunk_size=batch_size):
        if event.seq != expected_seq:
            return VerifyResult(False, checked, expected_seq, f"event #{expected_seq} is missing")
        if event.prev_hash != expected_prev:
            return VerifyResult(False, checked, event.seq, "its link to the previous event does not match")
        if compute_hash(event) != event.hash:
            return VerifyResult(False, checked, event.seq, "its content does not match its hash")
        expected_prev, expected_seq, last_hash = event.hash, expected_seq + 1, event.hash
        checked += 1
    head = AuditChainHead.objects.filter(pk=1).first()
    if head is not None and (head.seq != checked or head.hash != last_hash):
        return VerifyResult(False, checked, checked + 1, "events after this point were removed")
    return VerifyResult(True, checked)
