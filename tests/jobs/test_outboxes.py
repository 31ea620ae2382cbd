"""Outbox drains: every round, within a budget of batches; one failing does not stop the others."""

import logging

from murojaat.jobs.outboxes import outboxes_drain, worker_drains_outboxes
from murojaat.jobs.registry import OutboxDrain


def test_a_drain_runs_again_while_its_batches_are_full_and_stops_at_its_budget():
    waiting = [7]  # rows in the outbox

    def take_up_to_two() -> int:
        taken = min(2, waiting[0])
        waiting[0] -= taken
        return taken

    drain = OutboxDrain("rows", take_up_to_two, batch=2, batches_per_round=3)

    assert outboxes_drain([drain]) == {"rows": 6}  # three full batches: the budget
    assert outboxes_drain([drain]) == {"rows": 1}  # a short batch: nothing more to take
    assert outboxes_drain([drain]) == {"rows": 0}


def test_a_failing_drain_is_logged_and_the_others_still_run(caplog):
    def broken() -> int:
        raise RuntimeError("database went away")

    with caplog.at_level(logging.ERROR, logger="murojaat.worker"):
        handled = outboxes_drain([OutboxDrain("broken", broken, batch=10), OutboxDrain("fine", lambda: 3, batch=10)])

    assert handled == {"broken": 0, "fine": 3}
    assert "outbox broken failed; retrying next round" in caplog.text


def test_requests_leave_work_in_outboxes_only_when_a_worker_drains_them(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    assert worker_drains_outboxes() is True

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": ["default"]}}
    assert worker_drains_outboxes() is False  # nothing would read the rows: the request does the work
