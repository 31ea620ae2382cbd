"""What apps above appeals register is written with every new appeal, by the one door."""

from murojaat.appeals import registry
from murojaat.appeals.models import AppealEvent
from murojaat.search.models import AppealSearchIndex, PendingSearchEntry
from tests.appeals.factories import file_appeal


def test_search_registers_its_entry_and_every_new_appeal_has_one(world):
    appeal = file_appeal(world).appeal
    assert (
        AppealSearchIndex.objects.filter(pk=appeal.pk).exists()
        or PendingSearchEntry.objects.filter(pk=appeal.pk).exists()
    )


def test_rows_an_app_registers_are_written_with_the_appeal(world, monkeypatch):
    monkeypatch.setattr(registry, "_with_new_appeal", dict(registry._with_new_appeal))
    registry.new_appeal_rows_register(
        "test", lambda appeal: [AppealEvent(appeal=appeal, action="noted", at=appeal.received_at)]
    )
    registry.new_appeal_rows_register(  # again, by the same name: replaced, not doubled
        "test", lambda appeal: [AppealEvent(appeal=appeal, action="noted", at=appeal.received_at)]
    )
    appeal = file_appeal(world).appeal
    assert AppealEvent.objects.filter(appeal=appeal, action="noted").count() == 1
