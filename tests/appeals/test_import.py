import json

import pytest
from django.core.management import CommandError, call_command

from murojaat.appeals.models import Appeal, Status
from murojaat.audit.chain import verify_chain

HEADER = "received_at,kind,text,category,territory,full_name,address,registered_at,answered_at,answer_text,closed_at,external_id\n"
GOOD = ('2026-02-02T10:00:00+05:00,complaint,"Ko‘cha chiroqlari bir oydan beri yonmaydi, iltimos tuzating.",'
        'road-repair,1710224,Aliyev Bobur,"Qarshi tumani, Navoiy 3",2026-02-02T15:00:00+05:00,'
        '2026-02-10T11:00:00+05:00,"Chiroqlar 9-fevral kuni tuzatildi.",2026-02-11T09:00:00+05:00,OLD-1\n')
OPEN = ('2026-03-02,application,"Bolalar maydonchasini qurib berishingizni so‘rayman, mahallada yo‘q.",'
        'road-repair,1710224,Karimova Zulfiya,"Qarshi tumani, Bog‘ 7",,,,,OLD-2\n')


def test_a_valid_file_is_replayed_through_the_lifecycle(world, tmp_path, capsys):
    path = tmp_path / "legacy.csv"
    path.write_text(HEADER + GOOD + OPEN, encoding="utf-8")
    call_command("import_appeals", str(path), verbosity=0)
    closed, still_open = Appeal.objects.order_by("received_at")
    assert closed.status == Status.CLOSED and closed.answer_text.startswith("Chiroqlar")
    assert list(closed.events.values_list("action", flat=True)) == ["received", "register", "answer", "close"]
    assert still_open.status == Status.RECEIVED
    assert verify_chain().ok


def test_a_bad_row_is_reported_by_line_and_nothing_is_imported(world, tmp_path, capsys):
    bad = '2026-02-03,petition,"qisqa",road-repair,1710224,,,,,,,OLD-3\n'
    path = tmp_path / "legacy.csv"
    path.write_text(HEADER + GOOD + bad + OPEN, encoding="utf-8")
    with pytest.raises(CommandError, match="1 bad row"):
        call_command("import_appeals", str(path), verbosity=0)
    err = capsys.readouterr().err
    assert err.startswith("3: ") and "kind" in err and "text" in err
    assert not Appeal.objects.exists()


def test_json_lines_with_a_forward(world, tmp_path):
    rows = [
        {"received_at": "2026-04-01T09:00:00+05:00", "kind": "application", "territory": "1710224",
         "text": "Uyimizga gaz quvuri tortib berishingizni so‘rayman, hujjatlar tayyor.", "category": "road-repair",
         "full_name": "Toshev Anvar", "address": "Qarshi tumani", "forwarded_to": world.body_b.code,
         "forwarded_at": "2026-04-02T09:00:00+05:00"},
    ]
    path = tmp_path / "legacy.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    call_command("import_appeals", str(path), verbosity=0)
    appeal = Appeal.objects.get()
    assert appeal.organisation == world.body_b and appeal.addressed_to == world.body_a


def test_dates_out_of_order_and_unknown_columns_are_named(world, tmp_path, capsys, settings):
    settings.LANGUAGE_CODE = "en"  # commands speak the default language; read the English here
    path = tmp_path / "legacy.jsonl"
    path.write_text(
        json.dumps({"received_at": "2026-04-05", "kind": "complaint", "text": "Matn yetarlicha uzun bo‘lsin.",
                    "full_name": "A", "address": "B", "registered_at": "2026-04-01"}) + "\n"
        + json.dumps({"received_at": "2026-04-05", "kind": "complaint", "text": "Matn yetarlicha uzun.",
                      "full_name": "A", "address": "B", "colour": "red"}) + "\n"
        + "{not json\n",
        encoding="utf-8",
    )
    with pytest.raises(CommandError, match="3 bad row"):
        call_command("import_appeals", str(path), verbosity=0)
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("1: ") and "order" in err[0]
    assert err[1].startswith("2: ") and "colour" in err[1]
    assert err[2].startswith("3: ")
