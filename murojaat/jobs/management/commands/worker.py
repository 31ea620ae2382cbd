"""`murojaat worker`: every app's background work (see murojaat/jobs/worker.py)."""

import logging

from django.core.management.base import BaseCommand

from murojaat.jobs.worker import WorkerLoop


class Command(BaseCommand):
    help = (
        "Run background work: the periodic jobs (deadline scan, statistics...), the outbox drains "
        "(receipts, audit seal, search entries) and the queued tasks of all queues."
    )

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
