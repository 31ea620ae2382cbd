"""Idempotency keys: a retried POST /api/v1/appeals (or a second "Send" of
the same web draft) answers as the first did and creates nothing new.

A key is kept for 24 hours, as payment APIs do: long enough for any client's
retries, short enough that the stored answers (which hold the API's access
key) do not pile up. After that the key is forgotten: the record is ignored
and deleted when the key comes again, and the worker's hourly job
(`idempotency_keys_purge`, appeals/jobs.py) deletes every expired record.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils import timezone

from murojaat.appeals.models import IdempotencyRecord

TTL = timedelta(hours=24)


@dataclass(frozen=True)
class IdempotencyRequest:
    """A key a caller wants kept with the appeal it files: `actions.appeal_submit`
    writes its record with the appeal (one statement, or one transaction), so
    a key is never kept for an appeal that was not, nor an appeal acknowledged
    without its key. A second appeal with the same key writes nothing and
    raises IntegrityError; the caller then answers as the first did."""

    key: str
    request_hash: str
    # The answer to replay, from the new appeal's receipt (intake.Receipt).
    response_for: Callable[..., dict]
    status_code: int = 201


def idempotency_record_live(*, key: str, now: datetime | None = None) -> IdempotencyRecord | None:
    """The record of `key` if it is younger than TTL; an older one is deleted."""
    record = IdempotencyRecord.objects.filter(key=key).first()
    if record is None:
        return None
    if record.created_at <= (now or timezone.now()) - TTL:
        IdempotencyRecord.objects.filter(pk=record.pk, created_at=record.created_at).delete()
        return None
    return record


def idempotency_keys_purge(*, now: datetime | None = None) -> dict:
    deleted, _ = IdempotencyRecord.objects.filter(created_at__lte=(now or timezone.now()) - TTL).delete()
    return {"deleted": deleted}
