"""`murojaat search reindex`: rebuild the search index and text signatures."""

from django.core.management.base import BaseCommand

from murojaat.search.index import search_reindex


class Command(BaseCommand):
    help = "Search index maintenance. `reindex` rebuilds every entry and text signature from the appeals."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["reindex"])

    def handle(self, *args, action: str, **options):
        def progress(done: int) -> None:
            self.stdout.write(f"\r{done} appeals indexed", ending="")

        total = search_reindex(progress=progress if options["verbosity"] > 0 else None)
        self.stdout.write(self.style.SUCCESS(f"\nIndexed {total} appeals."))
