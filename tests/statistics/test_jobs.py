"""`murojaat worker` keeps the statistics and trend counts fresh on its own."""

from datetime import timedelta

from django.utils import timezone

from murojaat.jobs.models import ScheduledJob
from murojaat.jobs.periodic import periodic_jobs_run
from murojaat.jobs.registry import periodic_jobs
from murojaat.statistics.models import AppealCount, FillState
from murojaat.trends.models import WeeklyCount
from tests.appeals.factories import file_appeal

MINUTE = timedelta(minutes=1)
REFRESHES = ("counts_refresh", "weekly_counts_refresh")


def test_the_worker_schedules_the_statistics_and_trends_refresh():
    jobs = {job.name: job for job in periodic_jobs()}
    assert set(REFRESHES) <= set(jobs)
    assert jobs["counts_refresh"].every <= timedelta(minutes=15)


def test_the_refresh_jobs_count_new_appeals_then_wait_their_interval(world):
    file_appeal(world, at=timezone.now() - timedelta(days=2))
    jobs = [job for job in periodic_jobs() if job.name in REFRESHES]

    first = periodic_jobs_run(interval=MINUTE, jobs=jobs)
    assert first["counts_refresh"]["appeals"] >= 1
    assert first["weekly_counts_refresh"]["rows"] >= 1
    assert FillState.objects.exists()
    assert AppealCount.objects.filter(dimension="total", area="", received=1).exists()
    assert WeeklyCount.objects.exists()

    # The next worker runs leave them alone until their own interval is up.
    assert periodic_jobs_run(interval=MINUTE, jobs=jobs) == {}
    next_runs = dict(ScheduledJob.objects.values_list("name", "next_run_at"))
    assert next_runs["counts_refresh"] - timezone.now() > timedelta(minutes=8)
    assert next_runs["weekly_counts_refresh"] - timezone.now() > timedelta(minutes=50)
    ScheduledJob.objects.filter(name="counts_refresh").update(next_run_at=timezone.now())
    assert set(periodic_jobs_run(interval=MINUTE, jobs=jobs)) == {"counts_refresh"}
