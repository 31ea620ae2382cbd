"""`murojaat stats refresh|rebuild`: keep the statistics count tables up to date."""

from django.core.management.base import BaseCommand

from murojaat.statistics.refresh import counts_rebuild, counts_refresh


class Command(BaseCommand):
    help = (
        "Statistics count tables. `refresh` counts again the appeals touched since the last run; "
        "`rebuild` empties the tables and counts every appeal again (same numbers)."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["refresh", "rebuild"])

    def handle(self, *args, action: str, **options):
        result = counts_rebuild() if action == "rebuild" else counts_refresh()
        if options["verbosity"] > 0:
            self.stdout.write(self.style.SUCCESS(
                f"{action}: {result['appeals']} appeals counted, up to {result['filled_until']:%Y-%m-%d %H:%M}."
            ))
