from datetime import date
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from murojaat.deadlines.models import DayOff


def days_off_output(**options) -> list[str]:
    out = StringIO()
    with translation.override("en"):
        call_command("days-off", stdout=out, **options)
    return out.getvalue().splitlines()


def line_for(lines: list[str], day: str) -> str:
    (line,) = [line for line in lines if line.startswith(day)]
    return line


def test_it_lists_the_package_holidays_of_the_year(db):
    lines = days_off_output(year=2026)
    assert "Saturday, Sunday" in lines[0]
    assert "Nowruz" in line_for(lines, "2026-03-21")
    assert "Sat" in line_for(lines, "2026-03-21")
    assert "Eid al-Fitr" in line_for(lines, "2026-03-20")
    assert "Eid al-Adha" in line_for(lines, "2026-05-27")
    assert "holidays package" in line_for(lines, "2026-05-27")
    assert "working day" in line_for(lines, "2026-12-12")
    assert not [line for line in lines if line.startswith("2025-")]


def test_it_lists_what_an_administrator_added(db):
    DayOff.objects.create(date=date(2026, 4, 7), name="Regional day of mourning")
    DayOff.objects.create(date=date(2026, 2, 28), name="Worked for a bridge day", is_working_day=True)
    lines = days_off_output(year=2026)
    mourning = line_for(lines, "2026-04-07")
    assert "Regional day of mourning" in mourning
    assert "day off" in mourning and "administrator" in mourning
    assert "working day" in line_for(lines, "2026-02-28")


def test_it_refuses_a_year_the_package_cannot_know(db):
    with pytest.raises(CommandError):
        days_off_output(year=1800)
