"""The background job that keeps the weekly counts fresh."""

from datetime import date, timedelta

from django.utils import timezone
from django_tasks import task

from murojaat.trends.counts import refresh_weekly_counts

# Recount the last two weeks each run: appeals are recategorised and
# forwarded for a few days after they arrive.
RECOUNT_DAYS = 14


@task()
def refresh_weekly_counts_task(since: str = "") -> int:
    """`since` as YYYY-MM-DD; empty for the last two weeks."""
    start = date.fromisoformat(since) if since else timezone.localdate() - timedelta(days=RECOUNT_DAYS)
    return refresh_weekly_counts(start)
