"""The audit app's background work, run by `murojaat worker` (murojaat/jobs/)."""

from murojaat.audit.chain import SEAL_BATCH, seal_pending
from murojaat.jobs.registry import outbox_drain

# Every round, so an event waits about a second at most before the chain
# protects it. A failed seal leaves the events recorded; the next round (or
# `murojaat audit verify`) seals them.
outbox_drain("audit_events_seal", seal_pending, batch=SEAL_BATCH)
