"""`murojaat worker`: background tasks of every queue, plus the periodic jobs.

One process does both: it drains the django-tasks database queue with
django-tasks-db's own Worker (batch mode, so control comes back here), and every
`--scan-interval` seconds it runs the periodic jobs (send due notifications,
the deadline scan); every round (about a second) it also seals new audit
events into the chain, sends pending notifications such as receipts, and
writes the search entries of new appeals. Run as many workers as you like: tasks are claimed by
django-tasks-db and periodic runs by `ScheduledJob`, so nothing runs twice.

SIGTERM or Ctrl+C: the task in hand finishes, then the worker exits. A second
signal exits at once.
"""

import logging
import signal
import threading
import time
from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils.crypto import get_random_string
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.management.commands.db_worker import Worker

from murojaat.audit.chain import seal_pending
from murojaat.notifications.periodic import run_periodic_jobs
from murojaat.notifications.tasks import send_due_notifications
from murojaat.search.index import REINDEX_BATCH, index_pending

logger = logging.getLogger("murojaat.worker")

# Tasks run before the periodic jobs get another look, so a long queue
# cannot hold back the deadline scan.
TASKS_PER_ROUND = 100
# Batches of queued search entries written per round (index.REINDEX_BATCH
# appeals each): a backlog after a surge clears in a few rounds while receipts
# and the audit seal still get their turn every round.
INDEX_BATCHES_PER_ROUND = 10


class _QueueDrain(Worker):
    """django-tasks-db's worker, counting what it ran in this round."""

    ran = 0

    def run_task(self, db_task_result) -> None:
        try:
            super().run_task(db_task_result)
        finally:
            self.ran += 1


class Command(BaseCommand):
    help = "Run background tasks of all queues and the periodic jobs (deadline scan, due notifications)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--scan-interval",
            type=float,
            default=60.0,
            help="Seconds between runs of the periodic jobs (default: 60).",
        )
        parser.add_argument(
            "--interval",
            type=float,
            default=1.0,
            help="Seconds to wait when the task queue is empty before looking again (default: 1).",
        )
        parser.add_argument(
            "--once",
            action="store_true",
            help="Run the periodic jobs once, run the queued tasks, and exit (for tests and cron).",
        )

    def handle(self, *, scan_interval: float, interval: float, once: bool, **options):
        if scan_interval <= 0 or interval < 0:
            self.stderr.write("--scan-interval must be above 0 and --interval at least 0")
            raise SystemExit(2)
        if options["verbosity"] < 2:
            # django-tasks-db announces every start and end of a drain round,
            # which here is every second; tasks themselves are still logged.
            logging.getLogger("django_tasks_db").setLevel(logging.WARNING)
        loop = WorkerLoop(scan_interval=scan_interval, interval=interval, once=once)
        if not once:
            loop.install_signal_handlers()
        loop.run()


class WorkerLoop:
    def __init__(self, *, scan_interval: float, interval: float, once: bool):
        self.scan_interval = timedelta(seconds=scan_interval)
        self.interval = interval
        self.once = once
        self.worker_id = get_random_string(32)
        self.stopping = threading.Event()
        self.drain: _QueueDrain | None = None

    def install_signal_handlers(self) -> None:
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, self.stop)

    def stop(self, signum, frame) -> None:
        if self.stopping.is_set():
            logger.warning("second %s: exiting now", signal.strsignal(signum))
            raise SystemExit(1)
        logger.info("%s: finishing the current task, then exiting", signal.strsignal(signum))
        self.stopping.set()
        if self.drain is not None:
            self.drain.running = False  # its loop ends after the task in hand

    def run(self) -> None:
        logger.info("worker %s started; periodic jobs every %s", self.worker_id, self.scan_interval)
        next_periodic = 0.0
        while not self.stopping.is_set():
            if time.monotonic() >= next_periodic:
                next_periodic = time.monotonic() + self.scan_interval.total_seconds()
                results = run_periodic_jobs(interval=self.scan_interval)
                for name, result in results.items():
                    logger.info("periodic job %s: %s", name, result)
            self.seal_audit_events()
            self.send_pending_notifications()
            self.write_pending_search_entries()
            ran = self.run_queued_tasks()
            if self.once:
                return
            if not ran:
                # Event.wait wakes up early when a signal sets `stopping`.
                self.stopping.wait(min(self.interval, max(next_periodic - time.monotonic(), 0)))
        logger.info("worker %s stopped", self.worker_id)

    def seal_audit_events(self) -> None:
        """Chain the audit events recorded since the last look (audit/chain.py):
        every round, so an event waits about a second at most."""
        try:
            sealed = seal_pending()
        except Exception:
            # The events stay recorded; the next round (or `audit verify`) seals them.
            logger.exception("sealing audit events failed; retrying next round")
            return
        if sealed:
            logger.debug("sealed %s audit events", sealed)

    def send_pending_notifications(self) -> None:
        """Intake queues receipts as pending rows with no task (notifications/
        services.py): send them every round, so a receipt leaves within about
        a second. Rows are claimed a batch at a time under row locks, so two
        workers never take the same row (notifications/tasks.py)."""
        try:
            outcome = send_due_notifications()
        except Exception:
            logger.exception("sending pending notifications failed; retrying next round")
            return
        if any(outcome.values()):
            logger.debug("pending notifications: %s", outcome)

    def write_pending_search_entries(self) -> None:
        """Intake queues the search entry and signature of a new appeal as one
        narrow row (search/models.py `PendingSearchEntry`): write them every
        round, so an appeal is searchable and checked for duplicates within
        about a second."""
        try:
            for _ in range(INDEX_BATCHES_PER_ROUND):
                if index_pending() < REINDEX_BATCH:
                    break
        except Exception:
            logger.exception("writing queued search entries failed; retrying next round")

    def run_queued_tasks(self) -> int:
        """Run ready tasks of every queue until none is left or a round is full."""
        backend = task_backends[DEFAULT_TASK_BACKEND_ALIAS]
        if not isinstance(backend, DatabaseBackend):
            return 0  # the immediate backend ran them at enqueue; the dummy one never does
        self.drain = _QueueDrain(
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
        self.drain.run()
        return self.drain.ran
