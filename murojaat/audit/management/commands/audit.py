from django.core.management.base import BaseCommand, CommandError

from murojaat.audit.chain import seal_pending, verify_chain


class Command(BaseCommand):
    help = (
        "Audit trail tools. `murojaat audit verify` seals events not yet in the chain, "
        "then recomputes the whole hash chain; `murojaat audit seal` only seals."
    )

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("verify", help="Seal, then recompute the chain; exit non-zero naming the first broken event.")
        sub.add_parser("seal", help="Chain the events recorded since the last seal (the worker does this every second).")

    def handle(self, *args, action, **options):
        if action == "seal":
            self.stdout.write(f"sealed {seal_pending()} events into the audit chain")
            return
        if action == "verify":
            sealed = seal_pending()
            if sealed:
                self.stdout.write(f"sealed {sealed} events recorded since the last seal")
            result = verify_chain()
            if not result.ok:
                raise CommandError(
                    f"audit chain broken at event #{result.broken_seq}: {result.reason} "
                    f"({result.checked} events verified before it)"
                )
            self.stdout.write(f"audit chain intact: {result.checked} events verified")
