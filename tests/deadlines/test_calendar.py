"""The working calendar on real dates of 2025 and 2026, as the `holidays`
package (0.109) knows Uzbekistan: Navruz on Saturday 21 March 2026 observed on
Monday 23 March, Eid al-Fitr on Friday 20 March 2026, Eid al-Adha on
Wednesday 27 May 2026 followed by two decree days off."""

from datetime import UTC, date, datetime

import pytest
from django.utils import translation

from murojaat.deadlines.calendar import SOURCE_ADMINISTRATOR, SOURCE_PACKAGE, WorkCalendar, get_calendar
from murojaat.deadlines.models import DayOff
from tests.deadlines.conftest import tashkent


def test_it_knows_the_2026_holidays_by_name(uz_calendar):
    with translation.override("en"):
        assert uz_calendar.day_off_name(date(2026, 3, 21)) == "Nowruz"
        assert uz_calendar.day_off_name(date(2026, 3, 23)) == "Nowruz (observed)"
        assert uz_calendar.day_off_name(date(2026, 3, 20)) == "Eid al-Fitr"
        assert uz_calendar.day_off_name(date(2026, 5, 27)) == "Eid al-Adha"
        assert uz_calendar.day_off_name(date(2026, 5, 28)) == "Additional day off by Presidential decree"
        assert uz_calendar.day_off_name(date(2025, 3, 30)) == "Eid al-Fitr"
        assert uz_calendar.day_off_name(date(2025, 6, 6)) == "Eid al-Adha"


def test_it_names_holidays_in_uzbek_with_the_usual_apostrophe(uz_calendar):
    with translation.override("uz"):
        assert uz_calendar.day_off_name(date(2026, 3, 21)) == "Navro‘z bayrami"
        assert uz_calendar.day_off_name(date(2026, 5, 27)) == "Qurbon hayit"
    with translation.override("uz-cyrl"):
        assert uz_calendar.day_off_name(date(2026, 3, 21)) == "Наврўз байрами"


def test_weekends_are_off_and_ordinary_weekdays_are_not(uz_calendar):
    assert uz_calendar.is_day_off(date(2026, 3, 28))  # Saturday
    assert uz_calendar.is_day_off(date(2026, 3, 29))  # Sunday
    assert not uz_calendar.is_day_off(date(2026, 3, 24))  # Tuesday after Navruz
    assert uz_calendar.day_off_name(date(2026, 3, 24)) is None
    with translation.override("en"):
        assert uz_calendar.day_off_name(date(2026, 3, 28)) == "Weekly day off"


def test_a_saturday_worked_by_decree_is_a_working_day(uz_calendar):
    # 2 January 2025 was off in exchange for Saturday 4 January; 31 December
    # 2026 in exchange for Saturday 12 December.
    assert uz_calendar.is_day_off(date(2025, 1, 2))
    assert not uz_calendar.is_day_off(date(2025, 1, 4))
    assert not uz_calendar.is_day_off(date(2026, 12, 12))
    assert uz_calendar.is_day_off(date(2026, 12, 31))


def test_a_six_day_week_works_on_saturdays():
    calendar = WorkCalendar(country="UZ", working_weekdays=[1, 2, 3, 4, 5, 6])
    assert not calendar.is_day_off(date(2026, 3, 28))
    assert calendar.is_day_off(date(2026, 3, 21))  # Navruz is off whatever the week


def test_next_working_day_after_navruz_and_eid_al_fitr(uz_calendar):
    assert uz_calendar.next_working_day(date(2026, 3, 20)) == date(2026, 3, 24)
    assert uz_calendar.next_working_day(date(2026, 3, 24)) == date(2026, 3, 24)


def test_next_working_day_after_eid_al_adha_and_its_decree_days(uz_calendar):
    assert uz_calendar.next_working_day(date(2026, 5, 27)) == date(2026, 6, 1)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2025, 12, 31), 2, date(2026, 2, 28)),
        (date(2026, 3, 3), 12, date(2027, 3, 3)),
    ],
)
def test_months_are_calendar_months_clamped_to_month_end(uz_calendar, start, months, expected):
    assert uz_calendar.add_months(start, months) == expected


def test_days_are_calendar_days_by_default(uz_calendar):
    assert uz_calendar.add_days(date(2025, 3, 3), 15) == date(2025, 3, 18)
    assert uz_calendar.add_days(date(2026, 3, 19), 1) == date(2026, 3, 20)  # Eid counts too


def test_working_mode_counts_only_working_days():
    calendar = WorkCalendar(country="UZ", day_mode="working")
    # Thursday 19 March 2026: Eid al-Fitr, the weekend and Navruz observed are skipped.
    assert calendar.add_days(date(2026, 3, 19), 1) == date(2026, 3, 24)
    assert calendar.add_days(date(2026, 3, 19), 5) == date(2026, 3, 30)
    assert calendar.add_days(date(2026, 3, 19), 0) == date(2026, 3, 19)


def test_working_time_is_office_hours_on_working_days(uz_calendar):
    assert uz_calendar.is_working_time(tashkent(2026, 3, 19, 9, 0))
    assert uz_calendar.is_working_time(tashkent(2026, 3, 19, 17, 59))
    assert not uz_calendar.is_working_time(tashkent(2026, 3, 19, 18, 0))
    assert not uz_calendar.is_working_time(tashkent(2026, 3, 19, 8, 59))
    assert not uz_calendar.is_working_time(tashkent(2026, 3, 20, 11, 0))  # Eid al-Fitr
    # 05:00 UTC is 10:00 in Tashkent.
    assert uz_calendar.is_working_time(datetime(2026, 3, 19, 5, 0, tzinfo=UTC))


def test_naive_datetimes_are_refused(uz_calendar):
    with pytest.raises(ValueError, match="timezone-aware"):
        uz_calendar.is_working_time(datetime(2026, 3, 19, 10, 0))


def test_administrator_rows_override_the_package():
    calendar = WorkCalendar(
        country="UZ",
        admin_days=[
            DayOff(date=date(2026, 4, 7), name="Regional day of mourning"),
            DayOff(date=date(2026, 3, 28), name="Worked for 2 April", is_working_day=True),
        ],
    )
    assert calendar.is_day_off(date(2026, 4, 7))
    assert calendar.day_off_name(date(2026, 4, 7)) == "Regional day of mourning"
    assert not calendar.is_day_off(date(2026, 3, 28))


def test_special_days_list_package_and_administrator_days():
    calendar = WorkCalendar(
        country="UZ", admin_days=[DayOff(date=date(2026, 4, 7), name="Regional day of mourning")]
    )
    with translation.override("en"):
        days = {day.date: day for day in calendar.special_days(2026)}
    assert days[date(2026, 3, 21)].name == "Nowruz"
    assert days[date(2026, 3, 21)].source == SOURCE_PACKAGE
    assert days[date(2026, 4, 7)].source == SOURCE_ADMINISTRATOR
    assert days[date(2026, 12, 12)].is_day_off is False
    assert date(2026, 3, 28) not in days  # ordinary weekends are not listed
    assert all(d.year == 2026 for d in days)


def test_the_cached_calendar_sees_a_day_off_added_and_removed(db):
    tuesday = date(2026, 4, 7)
    assert not get_calendar().is_day_off(tuesday)

    row = DayOff.objects.create(date=tuesday, name="Regional day of mourning")
    assert get_calendar().is_day_off(tuesday)

    row.delete()
    assert not get_calendar().is_day_off(tuesday)


def test_the_cached_calendar_follows_deadline_settings(db, settings):
    assert get_calendar().day_mode == "calendar"
    settings.DEADLINE_DAY_MODE = "working"
    assert get_calendar().day_mode == "working"
