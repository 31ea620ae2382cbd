"""Periodic jobs of `murojaat worker`, run once per interval across all workers.

Every worker wakes up each interval and tries to claim each job with one
conditional UPDATE (`next_run_at` moves forward only if it was already due).
The database applies the two UPDATEs one after the other, so when two workers
wake together only the first changes the row; the second changes nothing and
skips the run. No lock is held while the job runs.
"""

import logging
from collections.abc import Callable
from datetime import timedelta

from django.db import IntegrityError
from django.utils import timezone

from murojaat.notifications.models import ScheduledJob

logger = logging.getLogger(__name__)


def _send_due_notifications() -> dict:
    from murojaat.notifications.tasks import send_due_notifications

    return send_due_notifications()


def _scan_deadlines() -> dict:
    from murojaat.appeals.deadline_scan import scan_deadlines

    return scan_deadlines()


def _refresh_statistics() -> dict:
    from murojaat.statistics.refresh import counts_refresh

    result = counts_refresh()
    return {"appeals": result["appeals"], "filled_until": result["filled_until"].isoformat()}


def _refresh_trends() -> dict:
    from murojaat.trends.counts import refresh_weekly_counts
    from murojaat.trends.tasks import RECOUNT_DAYS

    return {"rows": refresh_weekly_counts(timezone.localdate() - timedelta(days=RECOUNT_DAYS))}


def _purge_idempotency_keys() -> dict:
    from murojaat.appeals.idempotency import idempotency_keys_purge

    return idempotency_keys_purge()


def _purge_drafts() -> dict:
    """Files uploaded to drafts whose session expired without "Send"."""
    from django.conf import settings

    from murojaat.filing.draft import drafts_purge

    cutoff = timezone.now() - timedelta(seconds=settings.SESSION_COOKIE_AGE)
    return {"deleted": drafts_purge(older_than=cutoff)}


PERIODIC_JOBS: dict[str, Callable[[], dict]] = {
    "send_due_notifications": _send_due_notifications,
    "scan_deadlines": _scan_deadlines,
    "refresh_statistics": _refresh_statistics,
    "refresh_trends": _refresh_trends,
    "purge_idempotency_keys": _purge_idempotency_keys,
    "purge_drafts": _purge_drafts,
}
# Jobs that need not run every interval: at most this often. The statistics
# refresh recounts the months touched since its last run (seconds at millions
# of appeals); the weekly trend counts change slowly.
JOB_INTERVALS: dict[str, timedelta] = {
    "refresh_statistics": timedelta(minutes=10),
    "refresh_trends": timedelta(hours=1),
    "purge_idempotency_keys": timedelta(hours=1),
    "purge_drafts": timedelta(hours=1),
}


def scheduled_job_claim(*, name: str, interval: timedelta, now=None) -> bool:
    """True if this caller may run the job now; the next claim succeeds about one interval later."""
    now = now or timezone.now()
    try:
        ScheduledJob.objects.get_or_create(name=name, defaults={"next_run_at": now})
    except IntegrityError:
        pass  # another worker created it this instant; the UPDATE below decides
    # A tenth of the interval early: a cron that runs `worker --once` every
    # minute, a little earlier than last time, must still find the job due.
    next_run_at = now + interval - interval / 10
    return ScheduledJob.objects.filter(name=name, next_run_at__lte=now).update(next_run_at=next_run_at) == 1


def run_periodic_jobs(*, interval: timedelta, jobs: dict[str, Callable[[], dict]] | None = None) -> dict:
    """Run each due job that this worker wins the claim for. Returns name -> result (claimed jobs only).
    A failing job is logged and recorded; it does not stop the others or the worker."""
    results = {}
    for name, job in (jobs or PERIODIC_JOBS).items():
        if not scheduled_job_claim(name=name, interval=max(interval, JOB_INTERVALS.get(name, interval))):
            continue
        try:
            result = job()
        except Exception as exc:
            logger.exception("periodic job %s failed", name)
            result = {"error": f"{type(exc).__name__}: {exc}"}
        ScheduledJob.objects.filter(name=name).update(last_run_at=timezone.now(), last_result=result)
        results[name] = result
    return results
