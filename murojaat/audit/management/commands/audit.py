from django.core.management.base import BaseCommand, CommandError

from murojaat.audit.chain import verify_chain


class Command(BaseCommand):
    help = "Audit trail tools. `murojaat audit verify` recomputes the hash chain."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("verify", help="Recompute the chain; exit non-zero naming the first broken event.")

    def handle(self, *args, action, **options):
        if action == "verify":
            result = verify_chain()
            if not result.ok:
                raise CommandError(
                    f"audit chain broken at event #{result.broken_seq}: {result.reason} "
                    f"({result.checked} events verified before it)"
                )
            self.stdout.write(f"audit chain intact: {result.checked} events verified")
