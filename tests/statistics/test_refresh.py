"""The incremental refresh gives exactly what a rebuild gives."""

from datetime import date

from django.core.management import call_command

from murojaat.appeals import actions
from murojaat.statistics.models import AnswerDaysCount, AppealCount, FillState
from murojaat.statistics.refresh import FACT_COLUMNS, _stage_columns, counts_rebuild, counts_refresh
from murojaat.statistics.selectors import Period, area_resolve, indicators_for
from tests.appeals.factories import local
from tests.statistics.dataset import NOW, build_january, build_later, file, person

JANUARY = Period(date(2026, 1, 1), date(2026, 1, 31))


def snapshot() -> set:
    fields = [f.attname for f in AppealCount._meta.concrete_fields if f.attname != "id"]
    days_fields = [f.attname for f in AnswerDaysCount._meta.concrete_fields if f.attname != "id"]
    return set(AppealCount.objects.values_list(*fields)) | {
        ("days", *row) for row in AnswerDaysCount.objects.values_list(*days_fields)
    }


def test_it_refreshes_what_changed_since_the_last_fill_including_back_dated_steps(world):
    appeals = build_january(world)
    counts_rebuild(now=local(2026, 2, 1, 12))
    before = indicators_for(area=area_resolve(), period=JANUARY)["values"]
    assert before["answered"] == 2 and before["overdue_open"] == 1  # A2 (due 21 January)

    # Later steps, some back-dated before the last fill (A2 answered "on 30 January"),
    # and A8 falls overdue without anybody touching it.
    build_later(world, appeals)
    counts_refresh(now=NOW)
    refreshed = snapshot()
    after = indicators_for(area=area_resolve(), period=JANUARY)["values"]
    assert after["answered"] == 4 and after["rated"] == 2 and after["answers_contested"] == 1
    assert after["overdue_open"] == 2  # A7 (due 4 February) and A8: nobody touched them

    counts_rebuild(now=NOW)
    assert snapshot() == refreshed
    assert FillState.objects.get().filled_until == NOW


def test_a_refresh_with_nothing_new_changes_nothing(appeals):
    before = snapshot()
    counts_refresh(now=NOW)
    assert snapshot() == before


def test_the_commands_rebuild_and_refresh(appeals):
    call_command("stats", "rebuild", verbosity=0)
    rebuilt = snapshot()
    call_command("stats", "refresh", verbosity=0)
    assert snapshot() == rebuilt and rebuilt


def test_the_facts_table_has_a_column_for_each_staged_value():
    assert FACT_COLUMNS == tuple(_stage_columns(NOW))


def test_a_forwarded_appeal_moves_between_bodies_and_leaves_no_empty_row(appeals, world):
    march = date(2026, 3, 1)
    late = file(world, local(2026, 3, 1, 9), kind="suggestion", **person("male", 1970))
    counts_refresh(now=NOW)
    bodies = AppealCount.objects.filter(grain="month", day=march, area="", dimension="organisation")
    assert dict(bodies.values_list("value", "received")) == {world.body_a.code: 1}

    actions.appeal_forward(appeal=late, actor=world.registrar_a, to=world.body_b, reason="Koson tumaniga tegishli",
                      at=local(2026, 3, 1, 11))
    counts_refresh(now=NOW)
    assert dict(bodies.values_list("value", "received")) == {world.body_b.code: 1}
    assert not AppealCount.objects.filter(received=0).exists()
    refreshed = snapshot()
    counts_rebuild(now=NOW)
    assert snapshot() == refreshed

