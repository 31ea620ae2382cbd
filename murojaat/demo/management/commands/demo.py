import io
import os
import signal
import subprocess
import sys
import time
from datetime import timedelta

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import timezone
from tqdm import tqdm

from murojaat.demo.loader import load_appeals, load_reference_data
from murojaat.routing.models import RouterModel
from murojaat.statistics.models import AppealCount
from murojaat.trends.counts import weekly_counts_refresh


class Command(BaseCommand):
    help = (
        "Migrate, load the demo data (territories, mahallas, bodies, categories, demo users, a year of "
        "appeals) and serve on http://127.0.0.1:$PORT (8000). Running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--no-serve", action="store_true", help="Load the data and exit.")
        parser.add_argument("--appeals", type=int, default=5000, help="How many appeals to generate (5000).")
        parser.add_argument("--seed", type=int, default=2026, help="Random seed for the generated appeals.")

    def handle(self, *args, no_serve: bool, appeals: int, seed: int, **options):
        started = time.monotonic()
        self.stdout.write("Migrating the database…")
        call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write("Loading reference data…")
        load_reference_data(self.stdout)
        self.stdout.write(f"Generating {appeals} appeals through the lifecycle…")
        with tqdm(total=appeals, unit="appeal", disable=options["verbosity"] == 0) as bar:
            counts = load_appeals(count=appeals, seed=seed, progress=bar.update)
        if counts is None:
            self.stdout.write("  appeals: already loaded, nothing changed")
        else:
            self.stdout.write("  appeals: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
        # Pages read count tables, not raw appeals; in production the worker
        # keeps them fresh. The demo counts here, so its statistics and
        # dashboards show the year at once: everything after a load (or when
        # the tables are empty, e.g. after a change of their grain), else only
        # what changed since the last count.
        self.stdout.write("Counting statistics and weekly trends…")
        if counts is not None or not AppealCount.objects.exists():
            call_command("stats", "rebuild", verbosity=0)
            weekly_counts_refresh(timezone.localdate() - timedelta(days=400))
        else:
            call_command("stats", "refresh", verbosity=0)
            weekly_counts_refresh(timezone.localdate() - timedelta(days=14))
        # Suggested routing (topics on the filing pages, bodies for registrars)
        # learns from how the demo's appeals were routed; trained once.
        if counts is not None or not RouterModel.objects.exists():
            self.stdout.write("Training the suggested-routing model on the demo appeals…")
            call_command("routing", "train", "--all-targets", stdout=io.StringIO())
        self.stdout.write(self.style.SUCCESS(f"Demo data ready in {time.monotonic() - started:.0f} s."))
        if no_serve:
            return
        port = os.environ.get("PORT", "8000")
        # A worker beside the server, as in production: it sends the receipts
        # (to var/mail and var/sms.log), seals the audit chain and makes new
        # appeals searchable within about a second of their filing.
        # Its own session: Ctrl+C reaches the demo only, which then stops it once.
        worker = subprocess.Popen([sys.executable, "-m", "murojaat.cli", "worker"], start_new_session=True)
        # The OneID emulator beside them (IDENTITY_PROVIDER=demo, the default
        # outside production): "Sign in with OneID" lets anyone pick a demo person.
        emulator = None
        if settings.IDENTITY_PROVIDER == "demo":
            returns = [f"http://{host}:{port}/login/oneid/return/" for host in ("127.0.0.1", "localhost")]
            emulator = subprocess.Popen(
                [sys.executable, "-m", "murojaat.accounts.identity.emulator", "--port", str(settings.ONEID_DEMO_PORT),
                 "--client-id", settings.ONEID_CLIENT_ID, "--client-secret", settings.ONEID_CLIENT_SECRET,
                 *[arg for uri in returns for arg in ("--redirect-uri", uri)]],
                start_new_session=True,
            )
            self.stdout.write(f"OneID emulator on http://127.0.0.1:{settings.ONEID_DEMO_PORT}/ (demo people only)")
        # SIGTERM (a service manager, `kill`) ends the demo as Ctrl+C does, worker included.
        signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))
        self.stdout.write(f"Serving on http://127.0.0.1:{port}/ with a background worker (Ctrl+C to stop)")
        try:
            call_command("runserver", f"127.0.0.1:{port}", use_reloader=False)
        finally:
            if emulator is not None:
                emulator.terminate()
            worker.terminate()  # SIGTERM: it finishes the task in hand, then exits
            try:
                worker.wait(timeout=10)
            except subprocess.TimeoutExpired:
                worker.kill()
