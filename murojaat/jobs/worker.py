"""The worker loop: periodic jobs, outbox drains and queued tasks, in rounds.

One process does all three: every `--scan-interval` seconds it runs the
periodic jobs it wins the claim for; every round (about a second) it drains
the outboxes; then it runs the queued django-tasks of every queue with
django-tasks-db's own Worker (batch mode, so control comes back here). Run as
many workers as you like: tasks are claimed by django-tasks-db, periodic runs
by `ScheduledJob`, outbox rows under row locks, so nothing runs twice.

SIGTERM or Ctrl+C: the task in hand finishes, then the worker exits. A second
signal exits at once.
"""

import logging
import signal
import threading
import time
from datetime import timedelta

from django.utils.crypto import get_random_string
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.management.commands.db_worker import Worker

from murojaat.jobs.outboxes import outboxes_drain
from murojaat.jobs.periodic import periodic_jobs_run

logger = logging.getLogger("murojaat.worker")

# Tasks run before the periodic jobs get another look, so a long queue
# cannot hold back the deadline scan.
TASKS_PER_ROUND = 100


class _QueuedTasks(Worker):
    """django-tasks-db's worker, counting what it ran in this round."""

    ran = 0

    def run_task(self, db_task_result) -> None:
        try:
            super().run_task(db_task_result)
        finally:
            self.ran += 1


class WorkerLoop:
    def __init__(self, *, scan_interval: float, interval: float, once: bool):
        self.scan_interval = timedelta(seconds=scan_interval)
        self.interval = interval
        self.once = once
        self.worker_id = get_random_string(32)
        self.stopping = threading.Event()
        self.tasks: _QueuedTasks | None = None

    def install_signal_handlers(self) -> None:
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, self.stop)

    def stop(self, signum, frame) -> None:
        if self.stopping.is_set():
            logger.warning("second %s: exiting now", signal.strsignal(signum))
            raise SystemExit(1)
        logger.info("%s: finishing the current task, then exiting", signal.strsignal(signum))
        self.stopping.set()
        if self.tasks is not None:
            self.tasks.running = False  # its loop ends after the task in hand

    def run(self) -> None:
        logger.info("worker %s started; periodic jobs every %s", self.worker_id, self.scan_interval)
        next_periodic = 0.0
        while not self.stopping.is_set():
            if time.monotonic() >= next_periodic:
                next_periodic = time.monotonic() + self.scan_interval.total_seconds()
                results = periodic_jobs_run(interval=self.scan_interval)
                for name, result in results.items():
                    logger.info("periodic job %s: %s", name, result)
            # Every round, so a receipt leaves, an audit event is sealed and a
            # new appeal is searchable within about a second.
            outboxes_drain()
            ran = self.run_queued_tasks()
            if self.once:
                return
            if not ran:
                # Event.wait wakes up early when a signal sets `stopping`.
                self.stopping.wait(min(self.interval, max(next_periodic - time.monotonic(), 0)))
        logger.info("worker %s stopped", self.worker_id)

    def run_queued_tasks(self) -> int:
        """Run ready tasks of every queue until none is left or a round is full."""
        backend = task_backends[DEFAULT_TASK_BACKEND_ALIAS]
        if not isinstance(backend, DatabaseBackend):
            return 0  # the immediate backend ran them at enqueue; the dummy one never does
        self.tasks = _QueuedTasks(
            queue_names=["*"],
            interval=self.interval,
            batch=True,
            backend_name=DEFAULT_TASK_BACKEND_ALIAS,
            startup_delay=False,
            max_tasks=None if self.once else TASKS_PER_ROUND,
            worker_id=self.worker_id,
            excluded_queue_names=[],
        )
        if self.stopping.is_set():
            return 0
        self.tasks.run()
        return self.tasks.ran
