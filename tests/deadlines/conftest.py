from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from murojaat.deadlines.calendar import WorkCalendar, invalidate_calendar

TASHKENT = ZoneInfo("Asia/Tashkent")


def tashkent(year, month, day, hour=12, minute=0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=TASHKENT)


def end_of(year, month, day) -> datetime:
    return datetime(year, month, day, 23, 59, 59, 999999, tzinfo=TASHKENT)


@pytest.fixture(autouse=True)
def fresh_calendar():
    # The process-wide calendar outlives a test's rolled-back DayOff rows.
    invalidate_calendar()
    yield
    invalidate_calendar()


@pytest.fixture
def uz_calendar():
    """Uzbekistan's calendar as settings give it by default, without DayOff rows."""
    return WorkCalendar(country="UZ")
