"""The background job that keeps the count tables up to date.

`murojaat worker` runs it when enqueued; schedule `enqueue_counts_refresh()`
every few minutes (or run `murojaat stats refresh` from cron). Two runs at
once queue on the FillState row lock, so the second finds little to do.
"""

from django_tasks import task

from murojaat.statistics.refresh import counts_refresh


@task(queue_name="scans")
def refresh_counts() -> dict:
    result = counts_refresh()
    return {"appeals": result["appeals"], "filled_until": result["filled_until"].isoformat()}


def enqueue_counts_refresh():
    return refresh_counts.enqueue()
