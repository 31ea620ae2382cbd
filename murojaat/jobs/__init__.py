"""The jobs engine: everything that runs outside a request, in one place.

Three kinds of background work, one worker (`murojaat worker`) for all:

- periodic jobs (the deadline scan, the statistics refresh, purges): each
  runs once per its interval across all workers, claimed through its
  `ScheduledJob` row (periodic.py);
- outbox drains (receipts to send, audit events to seal, search entries to
  write): run every round, about a second, each within a budget of batches
  (outboxes.py);
- queued work (one notification's sending and its retries): django-tasks
  with the database backend, whose own worker the loop runs (worker.py).

The apps own their work and register it in their `jobs.py`, which the engine
finds the way the admin finds `admin.py` (registry.py). The engine imports no
domain app: it is below all of them, so any of them may register with it.
"""
