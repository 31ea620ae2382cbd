import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from murojaat.audit.chain import audit_record, seal_pending, verify_chain
from murojaat.audit.models import AuditEvent
from tests.appeals.factories import file_appeal, take_to_answer


def _recorded_and_sealed(world):
    take_to_answer(world, file_appeal(world).appeal)
    assert seal_pending() >= 4


def test_every_step_extends_one_unbroken_chain(world):
    _recorded_and_sealed(world)
    result = verify_chain()
    assert result.ok and result.checked == AuditEvent.objects.count() >= 4
    seqs = list(AuditEvent.objects.values_list("seq", flat=True))
    assert seqs == list(range(1, len(seqs) + 1))


def test_a_row_altered_in_the_database_is_caught_and_named(world):
    _recorded_and_sealed(world)
    victim = AuditEvent.objects.get(seq=2)
    with connection.cursor() as cursor:  # what an intruder with SQL access would do
        cursor.execute(
            f"UPDATE {AuditEvent._meta.db_table} SET actor_label = %s WHERE id = %s", ["someone-else", victim.pk]
        )
    result = verify_chain()
    assert not result.ok and result.broken_seq == 2
    with pytest.raises(CommandError, match="#2"):
        call_command("audit", "verify")


def test_a_deleted_row_is_caught(world):
    _recorded_and_sealed(world)
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {AuditEvent._meta.db_table} WHERE seq = 3")
    result = verify_chain()
    assert not result.ok and result.broken_seq == 3


def test_the_last_rows_deleted_are_caught(world):
    _recorded_and_sealed(world)
    last = AuditEvent.objects.order_by("-seq").first().seq
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {AuditEvent._meta.db_table} WHERE seq = %s", [last])
    assert not verify_chain().ok


def test_verify_command_reports_an_intact_chain(world, capsys):
    audit_record(action="test.event", actor=world.head_a, object_type="user", object_id=str(world.head_a.pk),
                 payload={"ünïcode": "o‘zbek", "n": 1})
    call_command("audit", "verify")
    assert "intact" in capsys.readouterr().out


def test_a_change_and_its_record_are_written_without_waiting_for_the_chain(world):
    file_appeal(world)
    recorded = AuditEvent.objects.get(action="appeal.received")
    assert recorded.seq is None and recorded.hash is None
    result = verify_chain()
    assert result.ok and result.pending == 1


def test_sealing_chains_events_in_the_order_they_were_recorded_and_only_once(world):
    first = audit_record(action="test.first", actor_label="t")
    second = audit_record(action="test.second", actor_label="t")
    assert seal_pending() == 2
    assert seal_pending() == 0
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.seq, second.seq) == (1, 2) and second.prev_hash == first.hash
    third = audit_record(action="test.third", actor_label="t")
    seal_pending()
    third.refresh_from_db()
    assert third.seq == 3 and third.prev_hash == second.hash
    assert verify_chain().ok and verify_chain().checked == 3


# Transactional: the database worker would close a connection held inside a
# test's transaction (PostgreSQL).
@pytest.mark.django_db(transaction=True)
def test_the_worker_seals_what_was_recorded(world):
    file_appeal(world)
    call_command("worker", "--once")
    assert AuditEvent.objects.filter(seq__isnull=True).count() == 0
    assert verify_chain().ok
