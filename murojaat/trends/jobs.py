"""The trends app's background work, run by `murojaat worker` (murojaat/jobs/)."""

from datetime import timedelta

from django.utils import timezone

from murojaat.jobs.registry import periodic_job
from murojaat.trends.counts import weekly_counts_refresh

# Recount the last two weeks each run: appeals are recategorised and
# forwarded for a few days after they arrive.
RECOUNT_DAYS = 14


def weekly_counts_refresh_job() -> dict:
    return {"rows": weekly_counts_refresh(timezone.localdate() - timedelta(days=RECOUNT_DAYS))}


# The weekly counts change slowly.
periodic_job("weekly_counts_refresh", weekly_counts_refresh_job, every=timedelta(hours=1))
