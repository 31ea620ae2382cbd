"""Sending notifications: each one claimed by one worker, retried with backoff.

Why a claim on top of the task queue: the same notification can be handed to
workers more than once (the task after a commit, a retry, the sweep below
finding it due). Whoever first changes the row from "pending" to "sending" with
a conditional UPDATE sends it; everyone else sees zero rows changed and walks
away. If a worker dies between the claim and "sent", the row stays "sending"
until its lease (`next_attempt_at`) runs out and the sweep puts it back, so a
message is sent once, or in that rare crash at least once, never lost.
"""

import logging
import os
import socket
import threading
import time
from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django_tasks import task

from murojaat.notifications.channels import DeliveryError, adapter_for
from murojaat.notifications.models import Notification

logger = logging.getLogger(__name__)

Status = Notification.Status

# How long a claim holds before the sweep may hand the row to someone else.
# Far longer than a send (gateways time out after 15 s), short enough that a
# citizen still hears the news the same hour.
SENDING_LEASE = timedelta(minutes=10)
FIRST_RETRY_AFTER = timedelta(minutes=1)
LONGEST_RETRY_AFTER = timedelta(hours=2)
SWEEP_BATCH = 500


@task(queue_name="notifications")
def send_notification(notification_id: int) -> str:
    """Send one notification if it is due and nobody else has it. Returns what happened."""
    return notification_send(notification_id=notification_id)


def notifications_send_due(*, now=None) -> dict:
    """The notifications' outbox, drained every worker round (notifications/
    jobs.py), and the queue's safety net: send every pending notification
    whose time has come (a receipt, an enqueue lost after
    commit, a retry whose task went missing) and put back rows whose sender
    died mid-send. Due rows are claimed and read a batch at a time (three
    statements for the batch, then one per message sent), not one by one."""
    now = now or timezone.now()
    released = _release_expired_claims(now)
    worker = worker_id()
    claimed = notifications_claim_due(worker=worker, now=now, limit=SWEEP_BATCH)
    outcomes: dict[str, int] = {}
    position = {pk: i for i, pk in enumerate(claimed)}
    batch = _for_sending().filter(pk__in=claimed)
    sent = _SentMarks(worker)
    try:
        for notification in sorted(batch, key=lambda n: position[n.pk]):
            outcome = _deliver(notification, worker, sent=sent)
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
    finally:
        sent.flush()
    return {"released": released, **outcomes}


class _SentMarks:
    """Marks sent messages "sent" a few at a time: one UPDATE per group, not
    per message. A group is written after MARK_EVERY messages or MARK_WITHIN
    seconds, whichever comes first, so a worker that dies mid-batch leaves at
    most that many sent messages "sending", to be sent once more after the
    lease (at least once, as with one message before)."""

    MARK_EVERY = 20
    MARK_WITHIN = 1.0

    def __init__(self, worker: str):
        self.worker = worker
        self.ids: list[int] = []
        self.since = time.monotonic()

    def add(self, notification_id: int) -> None:
        if not self.ids:
            self.since = time.monotonic()
        self.ids.append(notification_id)
        if len(self.ids) >= self.MARK_EVERY or time.monotonic() - self.since >= self.MARK_WITHIN:
            self.flush()

    def flush(self) -> None:
        if self.ids:
            _mark_sent(self.ids, self.worker)
            self.ids = []


def _mark_sent(ids: list[int], worker: str) -> None:
    Notification.objects.filter(pk__in=ids, status=Status.SENDING, claimed_by=worker).update(
        status=Status.SENT, sent_at=timezone.now(), attempts=F("attempts") + 1, last_error=""
    )


def notification_send(*, notification_id: int) -> str:
    worker = worker_id()
    if not notification_claim(notification_id=notification_id, worker=worker):
        return "skipped"  # sent already, not due yet, or another worker has it
    notification = _for_sending().get(pk=notification_id)
    return _deliver(notification, worker)


def _for_sending():
    # What the channels read (the message is rendered from the stored context):
    # not the appeal's row with its text, nor the body's.
    return Notification.objects.only("pk", "channel", "event", "language", "context", "address", "attempts")


def _deliver(notification: Notification, worker: str, *, sent: "_SentMarks | None" = None) -> str:
    """Send a notification this worker has claimed, and record how it went
    (at once, or with the next group of `sent`)."""
    try:
        adapter_for(notification.channel).send(notification)
    except DeliveryError as exc:
        return _after_failure(notification, worker, str(exc), permanent=exc.permanent)
    except Exception as exc:
        # A bug (a missing message, a bad context) is retried like a delivery
        # failure, so a fix deployed in the meantime still delivers it, and
        # the attempts limit stops it from looping forever.
        logger.exception("notification %s: unexpected error while sending", notification.pk)
        return _after_failure(notification, worker, f"{type(exc).__name__}: {exc}", permanent=False)
    if sent is not None:
        sent.add(notification.pk)
    else:
        _mark_sent([notification.pk], worker)
    return "sent"


def notifications_claim_due(*, worker: str, now=None, limit: int = SWEEP_BATCH) -> list[int]:
    """Take up to `limit` due pending rows for sending, oldest first; returns
    their ids. Rows another worker is claiming at the same moment are skipped
    (SKIP LOCKED on PostgreSQL; SQLite runs one writer at a time), and the
    UPDATE re-checks each row, so every row goes to exactly one worker."""
    now = now or timezone.now()
    due = Notification.objects.filter(status=Status.PENDING, next_attempt_at__lte=now)
    with transaction.atomic():
        candidates = due.order_by("next_attempt_at", "pk")
        if connection.features.has_select_for_update_skip_locked:
            candidates = candidates.select_for_update(skip_locked=True)
        ids = list(candidates.values_list("pk", flat=True)[:limit])
        if not ids:
            return []
        changed = due.filter(pk__in=ids).update(
            status=Status.SENDING, claimed_by=worker, next_attempt_at=now + SENDING_LEASE
        )
        if changed != len(ids):  # cannot happen under the row locks; never send what is not ours
            mine = set(
                Notification.objects.filter(pk__in=ids, status=Status.SENDING, claimed_by=worker)
                .values_list("pk", flat=True)
            )
            ids = [pk for pk in ids if pk in mine]
    return ids


def notification_claim(*, notification_id: int, worker: str, now=None) -> bool:
    """Take the row for sending. True for exactly one caller, however many try at once:
    the UPDATE's WHERE is checked against the row as it is when the write happens."""
    now = now or timezone.now()
    changed = Notification.objects.filter(
        pk=notification_id, status=Status.PENDING, next_attempt_at__lte=now
    ).update(status=Status.SENDING, claimed_by=worker, next_attempt_at=now + SENDING_LEASE)
    return changed == 1


def retry_delay(attempts: int) -> timedelta:
    """1, 2, 4, 8... minutes after the 1st, 2nd, 3rd... failure, at most two hours."""
    return min(FIRST_RETRY_AFTER * (2 ** max(attempts - 1, 0)), LONGEST_RETRY_AFTER)


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"[:64]


def _after_failure(notification: Notification, worker: str, error: str, *, permanent: bool) -> str:
    attempts = notification.attempts + 1
    mine = Notification.objects.filter(pk=notification.pk, status=Status.SENDING, claimed_by=worker)
    if permanent or attempts >= settings.NOTIFICATION_MAX_ATTEMPTS:
        mine.update(status=Status.FAILED, attempts=attempts, last_error=error[:2000], claimed_by="")
        logger.warning(
            "notification %s failed for good after %s attempts: %s", notification.pk, attempts, error
        )
        return "failed"
    retry_at = timezone.now() + retry_delay(attempts)
    mine.update(
        status=Status.PENDING,
        attempts=attempts,
        last_error=error[:2000],
        claimed_by="",
        next_attempt_at=retry_at,
    )
    _enqueue_retry(notification.pk, retry_at)
    return "retry"


def _enqueue_retry(notification_id: int, retry_at) -> None:
    deferred = send_notification.using(run_after=retry_at)
    if not deferred.get_backend().supports_defer:
        return  # e.g. the immediate backend in tests: the sweep retries it
    try:
        deferred.enqueue(notification_id)
    except Exception:
        logger.exception(
            "could not enqueue the retry of notification %s; the sweep will retry it", notification_id
        )


def _release_expired_claims(now) -> int:
    expired = Notification.objects.filter(status=Status.SENDING, next_attempt_at__lte=now)
    # The dead worker may have sent it or not; count the attempt so a message
    # that kills its sender every time ends as failed rather than looping.
    gave_up = expired.filter(attempts__gte=settings.NOTIFICATION_MAX_ATTEMPTS - 1).update(
        status=Status.FAILED,
        attempts=F("attempts") + 1,
        claimed_by="",
        last_error="the sender stopped mid-send",
    )
    released = expired.update(
        status=Status.PENDING,
        attempts=F("attempts") + 1,
        claimed_by="",
        next_attempt_at=now,
        last_error="the sender stopped mid-send; sending again",
    )
    return released + gave_up
