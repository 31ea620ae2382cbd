"""The search app's background work, run by `murojaat worker` (murojaat/jobs/)."""

from murojaat.jobs.registry import outbox_drain
from murojaat.search.index import REINDEX_BATCH, index_pending

# Intake queues the search entry and signature of a new appeal as one narrow
# row (`PendingSearchEntry`): written every round, so an appeal is searchable
# and checked for duplicates within about a second. Ten batches a round: a
# backlog after a surge clears in a few rounds while receipts and the audit
# seal still get their turn every round.
outbox_drain("search_entries_write", index_pending, batch=REINDEX_BATCH, batches_per_round=10)
