"""`murojaat worker` keeps the statistics and trend counts fresh on its own."""

from datetime import timedelta

from django.utils import timezone

from murojaat.notifications.models import ScheduledJob
from murojaat.notifications.periodic import JOB_INTERVALS, PERIODIC_JOBS, run_periodic_jobs
from murojaat.statistics.models import AppealCount, FillState
from murojaat.trends.models import WeeklyCount
from tests.appeals.factories import file_appeal

MINUTE = timedelta(minutes=1)


def test_the_worker_schedules_the_statistics_and_trends_refresh():
    assert {"refresh_statistics", "refresh_trends"} <= set(PERIODIC_JOBS)
    assert JOB_INTERVALS["refresh_statistics"] <= timedelta(minutes=15)


def test_the_refresh_jobs_count_new_appeals_then_wait_their_interval(world):
    file_appeal(world, at=timezone.now() - timedelta(days=2))
    jobs = {name: PERIODIC_JOBS[name] for name in ("refresh_statistics", "refresh_trends")}

    first = run_periodic_jobs(interval=MINUTE, jobs=jobs)
    assert first["refresh_statistics"]["appeals"] >= 1
    assert first["refresh_trends"]["rows"] >= 1
    assert FillState.objects.exists()
    assert AppealCount.objects.filter(dimension="total", area="", received=1).exists()
    assert WeeklyCount.objects.exists()

    # The next worker runs leave them alone until their own interval is up.
    assert run_periodic_jobs(interval=MINUTE, jobs=jobs) == {}
    next_runs = dict(ScheduledJob.objects.values_list("name", "next_run_at"))
    assert next_runs["refresh_statistics"] - timezone.now() > timedelta(minutes=8)
    assert next_runs["refresh_trends"] - timezone.now() > timedelta(minutes=50)
    ScheduledJob.objects.filter(name="refresh_statistics").update(next_run_at=timezone.now())
    assert set(run_periodic_jobs(interval=MINUTE, jobs=jobs)) == {"refresh_statistics"}
