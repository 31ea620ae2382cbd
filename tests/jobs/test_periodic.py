"""Periodic jobs: claimed once per interval across workers, a failing one does not stop the others."""

from datetime import timedelta

from django.utils import timezone

from murojaat.jobs.models import ScheduledJob
from murojaat.jobs.periodic import periodic_jobs_run, scheduled_job_claim
from murojaat.jobs.registry import PeriodicJob

MINUTE = timedelta(minutes=1)


def test_a_periodic_job_is_claimed_once_per_interval(db):
    now = timezone.now()

    assert scheduled_job_claim(name="scan", interval=MINUTE, now=now) is True
    assert scheduled_job_claim(name="scan", interval=MINUTE, now=now) is False
    assert scheduled_job_claim(name="scan", interval=MINUTE, now=now + timedelta(seconds=30)) is False
    # A cron started slightly earlier next minute still gets its turn.
    assert scheduled_job_claim(name="scan", interval=MINUTE, now=now + timedelta(seconds=58)) is True
    assert ScheduledJob.objects.filter(name="scan").count() == 1


def test_only_the_claiming_worker_runs_the_job_and_records_its_result(db):
    runs = []
    jobs = [PeriodicJob("count", lambda: runs.append(1) or {"done": len(runs)})]

    first = periodic_jobs_run(interval=MINUTE, jobs=jobs)
    second = periodic_jobs_run(interval=MINUTE, jobs=jobs)

    assert first == {"count": {"done": 1}}
    assert second == {}
    job = ScheduledJob.objects.get(name="count")
    assert job.last_result == {"done": 1}
    assert job.last_run_at is not None


def test_a_failing_job_does_not_stop_the_others(db):
    def broken():
        raise RuntimeError("database went away")

    results = periodic_jobs_run(
        interval=MINUTE, jobs=[PeriodicJob("broken", broken), PeriodicJob("fine", lambda: {"ok": 1})]
    )

    assert results == {"broken": {"error": "RuntimeError: database went away"}, "fine": {"ok": 1}}
