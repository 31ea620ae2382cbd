"""Outboxes: rows a request leaves for the worker instead of doing the work itself.

A request that must not wait (intake) writes a pending row in its own
transaction (a receipt to send, a search entry to write; every audit event is
one too, until it is sealed into the chain), and the worker drains those rows
every round, about a second later. That holds only while a worker is there to
drain them: `worker_drains_outboxes` is the switch every writer asks.
"""

import logging

from django.core.signals import setting_changed
from django.dispatch import receiver
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks_db import DatabaseBackend

from murojaat.jobs.registry import OutboxDrain, outbox_drains

logger = logging.getLogger("murojaat.worker")


def worker_drains_outboxes() -> bool:
    """True when background work goes through the database queue, whose
    `murojaat worker` also drains the outboxes every round. Then a request
    may leave its work as a pending row. Under any other backend (the tests'
    immediate one) nothing would read those rows, so the request does the
    work itself. Asked on every new appeal; the answer changes only with the
    TASKS setting."""
    if not _answer:
        _answer.append(isinstance(task_backends[DEFAULT_TASK_BACKEND_ALIAS], DatabaseBackend))
    return _answer[0]


_answer: list[bool] = []


@receiver(setting_changed)
def _forget_answer(*, setting, **kwargs):
    if setting == "TASKS":
        _answer.clear()


def outboxes_drain(drains: list[OutboxDrain] | None = None) -> dict[str, int]:
    """One round: each outbox drained within its budget of batches. Returns
    name -> rows handled. A failing drain is logged and left for the next
    round; the rows stay pending, and it does not stop the other drains."""
    handled = {}
    for drain in outbox_drains() if drains is None else drains:
        handled[drain.name] = 0
        try:
            for _ in range(drain.batches_per_round):
                done = drain.run()
                handled[drain.name] += done
                if done < drain.batch:
                    break
        except Exception:
            logger.exception("outbox %s failed; retrying next round", drain.name)
            continue
        if handled[drain.name]:
            logger.debug("outbox %s: %s handled", drain.name, handled[drain.name])
    return handled
