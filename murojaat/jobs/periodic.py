"""Periodic jobs, run once per interval across all workers.

Every worker wakes up each scan interval and tries to claim each job with one
conditional UPDATE (`next_run_at` moves forward only if it was already due).
The database applies the two UPDATEs one after the other, so when two workers
wake together only the first changes the row; the second changes nothing and
skips the run. No lock is held while the job runs.
"""

import logging
from collections.abc import Iterable
from datetime import timedelta

from django.db import IntegrityError
from django.utils import timezone

from murojaat.jobs.models import ScheduledJob
from murojaat.jobs.registry import PeriodicJob, periodic_jobs

logger = logging.getLogger(__name__)


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


def periodic_jobs_run(*, interval: timedelta, jobs: Iterable[PeriodicJob] | None = None) -> dict:
    """Run each due job that this worker wins the claim for (every registered
    one unless `jobs` is given). Returns name -> result (claimed jobs only).
    A failing job is logged and recorded; it does not stop the others or the worker."""
    results = {}
    for job in periodic_jobs() if jobs is None else jobs:
        if not scheduled_job_claim(name=job.name, interval=max(interval, job.every or interval)):
            continue
        try:
            result = job.run()
        except Exception as exc:
            logger.exception("periodic job %s failed", job.name)
            result = {"error": f"{type(exc).__name__}: {exc}"}
        ScheduledJob.objects.filter(name=job.name).update(last_run_at=timezone.now(), last_result=result)
        results[job.name] = result
    return results
