"""`murojaat generate --appeals N`: fill the database fast with synthetic appeals (benchmarks only)."""

import time

from django.core.management.base import BaseCommand, CommandError

from murojaat.demo.loader import load_reference_data
from murojaat.demo.synthetic import TEMPLATE_APPEALS, appeals_generate
from murojaat.organisations.models import Organisation


class Command(BaseCommand):
    help = (
        "Insert N synthetic appeals straight into the table (COPY on PostgreSQL) for load tests. "
        "Not for the demo: no lifecycle, no applicants. Run `murojaat stats rebuild` afterwards."
    )

    def add_arguments(self, parser):
        parser.add_argument("--appeals", type=int, required=True, help="how many appeals to add")
        parser.add_argument("--months", type=int, default=24, help="spread over the last N months (default 24)")
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument("--batch", type=int, default=50_000)
        parser.add_argument("--template", type=int, default=TEMPLATE_APPEALS,
                            help="PostgreSQL: draw this many synthetic appeals, copy them for the rest")

    def handle(self, *args, appeals: int, months: int, seed: int, batch: int, template: int, **options):
        if appeals < 1 or months < 1:
            raise CommandError("--appeals and --months must be positive")
        if not Organisation.objects.exists():
            self.stdout.write("No organisations yet: loading the reference data first.")
            load_reference_data(stdout=self.stdout)
        verbose = options["verbosity"] > 0
        started = time.perf_counter()

        def progress(done: int) -> None:
            self.stdout.write(f"\r{done:,} appeals", ending="")

        written = appeals_generate(count=appeals, seed=seed, months=months, batch=batch, template=template,
                                   progress=progress if verbose else None)
        if verbose:
            seconds = time.perf_counter() - started
            self.stdout.write(self.style.SUCCESS(
                f"\nInserted {written:,} synthetic appeals in {seconds:.1f} s ({written / seconds:,.0f}/s)."
            ))
