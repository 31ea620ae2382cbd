"""Is there a `murojaat worker` working through the outboxes?"""

from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends


def worker_drains_outboxes() -> bool:
    """True when background work goes through the database queue, whose
    `murojaat worker` also works through the outbox tables every round (about
    a second): receipts to send, audit events to seal, search entries to
    write. Then a request may leave that work as a pending row. Under any
    other backend (the tests' immediate one) nothing would read those rows,
    so the request does the work itself."""
    from django_tasks_db import DatabaseBackend

    return isinstance(task_backends[DEFAULT_TASK_BACKEND_ALIAS], DatabaseBackend)
