"""Deadlines as the lifecycle stores them, with time frozen on real dates of 2025-2026."""

import time_machine

from murojaat.appeals import actions
from murojaat.appeals.models import Appeal
from tests.appeals.factories import file_appeal, local


def local_date(moment):
    return moment.astimezone(local(2026, 1, 1).tzinfo).date().isoformat()


def test_received_after_hours_on_the_eve_of_navruz_2026(world):
    # Thursday 19 March 2026, 19:40: after working hours. Friday 20 March is Eid al-Fitr,
    # Saturday 21 March is Navruz and Monday 23 March is a day off for it.
    with time_machine.travel(local(2026, 3, 19, 19, 40), tick=False):
        appeal = file_appeal(world).appeal
    assert local_date(appeal.registration_due_at) == "2026-03-24"
    # 15 calendar days from 19 March is Friday 3 April, a working day.
    assert local_date(appeal.due_at) == "2026-04-03"


def test_a_deadline_that_falls_on_eid_al_adha_2026_moves_to_the_next_working_day(world):
    # Received 12 May 2026: +15 days is Wednesday 27 May (Eid al-Adha); 28 and 29 May are
    # decree days off and 30-31 May a weekend, so the deadline is Monday 1 June.
    with time_machine.travel(local(2026, 5, 12, 10, 0), tick=False):
        appeal = file_appeal(world).appeal
    assert local_date(appeal.due_at) == "2026-06-01"


def test_forwarding_restarts_the_count_from_receipt_by_the_deciding_body(world):
    with time_machine.travel(local(2025, 12, 29, 11, 0), tick=False):
        appeal = file_appeal(world).appeal
    with time_machine.travel(local(2026, 1, 2, 11, 0), tick=False):
        actions.appeal_forward(appeal=appeal, actor=world.registrar_a, to=world.body_b, reason="Vakolat")
    appeal = Appeal.objects.get(pk=appeal.pk)
    assert local_date(appeal.decider_received_at) == "2026-01-02"
    assert local_date(appeal.due_at) == "2026-01-19"  # 17 January is a Saturday


def test_overdue_appeals_are_escalated_once_by_the_scan(world):
    from murojaat.appeals.jobs import deadlines_scan

    with time_machine.travel(local(2026, 9, 1, 10, 0), tick=False):
        appeal = file_appeal(world).appeal
    with time_machine.travel(local(2026, 10, 1, 10, 0), tick=False):
        deadlines_scan()
        deadlines_scan()
    appeal = Appeal.objects.get(pk=appeal.pk)
    assert appeal.escalated_at is not None
    assert appeal.events.filter(action="escalate").count() == 1
