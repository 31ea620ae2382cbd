"""Index an appeal once its receipt is committed.

Intake indexes the appeal itself, inside its own transaction (the entry and
signature, or the worker's queue row for them; a rolled-back appeal leaves
nothing) and writes its event without this signal (`rows.insert_many`'s
`unsignalled`). Any other writer of a "received" event (the
demo loader, imports) is indexed here after commit, so a rolled-back appeal
is never indexed. A failure here is logged, never shown to the applicant
whose appeal is already safe; `murojaat search reindex` fills any gap.
"""

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from murojaat.appeals.models import AppealEvent


@receiver(post_save, sender=AppealEvent, dispatch_uid="search.index_on_receipt")
def index_on_receipt(sender, instance: AppealEvent, created: bool, raw: bool = False, **kwargs) -> None:
    if raw or not created or instance.action != "received":
        return
    appeal_id = instance.appeal_id

    def index_after_commit() -> None:
        # A named function: Django logs a failing robust callback by its __qualname__.
        from murojaat.search.index import appeal_index_by_id

        appeal_index_by_id(appeal_id=appeal_id)

    transaction.on_commit(index_after_commit, robust=True)
