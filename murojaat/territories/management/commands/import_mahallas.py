"""`murojaat import_mahallas FILE`: load mahallas from a UTF-8 CSV, all or nothing."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from murojaat.territories.mahalla_import import COLUMNS, MahallaFileInvalid, mahallas_import_csv


class Command(BaseCommand):
    help = "Create or update mahallas from a UTF-8 CSV with the header " + ",".join(COLUMNS) + "."

    def add_arguments(self, parser):
        parser.add_argument("file", help="path to the CSV file")

    def handle(self, *args, file: str, **options):
        try:
            # utf-8-sig: spreadsheets often save the byte-order mark in front of the header.
            with open(file, encoding="utf-8-sig", newline="") as stream:
                counts = mahallas_import_csv(stream=stream)
        except OSError as exc:
            raise CommandError(_("cannot open %(file)s: %(error)s") % {"file": file, "error": exc.strerror}) from exc
        except MahallaFileInvalid as exc:
            for problem in exc.problems:
                self.stderr.write(f"{file}: {problem}")
            raise CommandError(str(exc.message), returncode=1) from exc
        self.stdout.write(
            _("Mahallas: %(created)s created, %(updated)s updated, %(unchanged)s unchanged.")
            % {"created": counts.created, "updated": counts.updated, "unchanged": counts.unchanged}
        )
