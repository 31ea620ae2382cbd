"""A new appeal's search entry and signature are written by the worker's next
round when a worker drains the outboxes, or by intake itself when none does."""

import pytest
from django.core.management import call_command
from django.db import transaction

from murojaat.search.index import index_pending
from murojaat.search.models import AppealSearchIndex, PendingSearchEntry, TextSignature
from murojaat.search.query import appeal_search
from tests.appeals.factories import file_appeal

WASTE = "Mahallamizdagi chiqindi uch haftadan beri olib ketilmayapti, hidiga chidab bo‘lmaydi."


def test_intake_queues_one_row_and_the_worker_makes_the_appeal_searchable(world):
    appeal = file_appeal(world, text=WASTE).appeal

    # The request wrote only the narrow queue row, not the entry and signature.
    assert list(PendingSearchEntry.objects.values_list("appeal_id", flat=True)) == [appeal.pk]
    assert not AppealSearchIndex.objects.filter(pk=appeal.pk).exists()
    assert not TextSignature.objects.filter(pk=appeal.pk).exists()
    assert appeal.tracking_code not in {h.appeal.tracking_code for h in appeal_search(user=world.executor_a, query="chiqindi")}

    assert index_pending() == 1

    assert AppealSearchIndex.objects.filter(pk=appeal.pk).exists()
    assert TextSignature.objects.get(pk=appeal.pk).territory_id == appeal.territory_id
    assert not PendingSearchEntry.objects.exists()
    assert appeal.tracking_code in {h.appeal.tracking_code for h in appeal_search(user=world.executor_a, query="chiqindi")}
    assert index_pending() == 0  # nothing left


def test_the_queue_is_worked_oldest_first_in_batches(world):
    appeals = [file_appeal(world, text=f"{WASTE} {i}").appeal for i in range(3)]

    assert index_pending(limit=2) == 2
    assert list(PendingSearchEntry.objects.values_list("appeal_id", flat=True)) == [appeals[2].pk]
    assert set(AppealSearchIndex.objects.values_list("appeal_id", flat=True)) == {appeals[0].pk, appeals[1].pk}
    assert index_pending(limit=2) == 1
    assert AppealSearchIndex.objects.count() == 3


def test_a_rolled_back_appeal_leaves_nothing_queued(world):
    with pytest.raises(RuntimeError), transaction.atomic():
        file_appeal(world, text=WASTE)
        raise RuntimeError("the caller's transaction fails after intake")

    assert not PendingSearchEntry.objects.exists()
    assert index_pending() == 0


@pytest.mark.django_db(transaction=True)
def test_every_worker_round_writes_the_queued_entries(world):
    appeal = file_appeal(world, text=WASTE).appeal

    call_command("worker", "--once")

    assert AppealSearchIndex.objects.filter(pk=appeal.pk).exists()
    assert TextSignature.objects.filter(pk=appeal.pk).exists()
    assert not PendingSearchEntry.objects.exists()


def test_reindex_empties_the_queue(world):
    appeal = file_appeal(world, text=WASTE).appeal

    call_command("search", "reindex", verbosity=0)

    assert not PendingSearchEntry.objects.exists()
    assert AppealSearchIndex.objects.filter(pk=appeal.pk).exists()


def test_without_a_worker_queue_intake_writes_the_entry_itself(world, settings):
    settings.TASKS = {
        "default": {
            "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
            "QUEUES": ["default", "notifications", "scans"],
        }
    }

    appeal = file_appeal(world, text=WASTE).appeal

    assert not PendingSearchEntry.objects.exists()
    assert AppealSearchIndex.objects.filter(pk=appeal.pk).exists()
    assert TextSignature.objects.filter(pk=appeal.pk).exists()
