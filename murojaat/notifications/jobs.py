"""The notifications app's background work, run by `murojaat worker` (murojaat/jobs/)."""

import logging

from murojaat.jobs.registry import outbox_drain
from murojaat.notifications.tasks import SWEEP_BATCH, notifications_send_due

logger = logging.getLogger(__name__)


def notifications_send_due_drain() -> int:
    """Intake queues receipts as pending rows with no task (services.py):
    sent every round, so a receipt leaves within about a second. Rows are
    claimed a batch at a time under row locks, so two workers never take the
    same row (tasks.py); a row whose sender died is put back after its lease."""
    outcome = notifications_send_due()
    if any(outcome.values()):
        logger.debug("pending notifications: %s", outcome)
    return sum(count for what, count in outcome.items() if what != "released")


outbox_drain("notifications_send_due", notifications_send_due_drain, batch=SWEEP_BATCH)
