from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from murojaat.appeals.legacy_import import appeals_import, check_file


class Command(BaseCommand):
    help = (
        "Import appeals from a legacy system (CSV with a header, or JSON lines) through the lifecycle. "
        "Every bad row is reported by line number and nothing is imported from a batch with a bad row. "
        "Columns: see murojaat/appeals/legacy_import.py or the README."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--check", action="store_true", help="Only check the file; import nothing.")

    def handle(self, *args, file: Path, check: bool, **options):
        if not file.is_file():
            raise CommandError(f"{file}: no such file")
        if check:
            rows, errors = check_file(file)
            self._fail_on(errors)
            self.stdout.write(f"{len(rows)} rows are valid; nothing was imported (--check)")
            return
        rows, errors = check_file(file)
        self._fail_on(errors)
        with tqdm(total=len(rows), unit="appeal", disable=options["verbosity"] == 0) as bar:
            report = appeals_import(path=file, progress=bar.update)
        self._fail_on(report.errors)
        self.stdout.write(self.style.SUCCESS(f"imported {report.imported} appeals from {file.name}"))

    def _fail_on(self, errors):
        if not errors:
            return
        for error in errors:
            self.stderr.write(f"{error.line}: {error.message}")
        raise CommandError(f"{len(errors)} bad row(s); nothing was imported")
