import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from murojaat.audit.chain import audit_record, verify_chain
from murojaat.audit.models import AuditEvent
from tests.appeals.factories import file_appeal, take_to_answer


def test_every_step_extends_one_unbroken_chain(world):
    take_to_answer(world, file_appeal(world).appeal)
    result = verify_chain()
    assert result.ok and result.checked == AuditEvent.objects.count() >= 4
    seqs = list(AuditEvent.objects.values_list("seq", flat=True))
    assert seqs == list(range(1, len(seqs) + 1))


def test_a_row_altered_in_the_database_is_caught_and_named(world):
    take_to_answer(world, file_appeal(world).appeal)
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
    take_to_answer(world, file_appeal(world).appeal)
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {AuditEvent._meta.db_table} WHERE seq = 3")
    result = verify_chain()
    assert not result.ok and result.broken_seq == 3


def test_the_last_rows_deleted_are_caught(world):
    take_to_answer(world, file_appeal(world).appeal)
    last = AuditEvent.objects.order_by("-seq").first().seq
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {AuditEvent._meta.db_table} WHERE seq = %s", [last])
    assert not verify_chain().ok


def test_verify_command_reports_an_intact_chain(world, capsys):
    audit_record(action="test.event", actor=world.head_a, object_type="user", object_id=str(world.head_a.pk),
                 payload={"ünïcode": "o‘zbek", "n": 1})
    call_command("audit", "verify")
    assert "intact" in capsys.readouterr().out
