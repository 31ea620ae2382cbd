"""The statistics app's background work, run by `murojaat worker` (murojaat/jobs/)."""

from datetime import timedelta

from murojaat.jobs.registry import periodic_job
from murojaat.statistics.refresh import counts_refresh


def counts_refresh_job() -> dict:
    """Recount the months touched since the last run. Two runs at once queue
    on the FillState row lock, so the second finds little to do."""
    result = counts_refresh()
    return {"appeals": result["appeals"], "filled_until": result["filled_until"].isoformat()}


# Not every minute: at millions of appeals a run takes seconds of the database.
periodic_job("counts_refresh", counts_refresh_job, every=timedelta(minutes=10))
