"""Which days state bodies work, and how to count days and months over them.

A day is a day off when, in this order of authority:
1. an administrator's `DayOff` row says so (`is_working_day=True` says the
   opposite: a Saturday worked in exchange for a bridge holiday);
2. the `holidays` package lists it for `HOLIDAYS_COUNTRY` (public holidays,
   their observed Mondays, Eids, decree-declared extra days off);
3. its weekday is not in `WORKING_WEEKDAYS`, unless the package records it as
   a weekend day that a decree made a working day (`weekend_workdays`, e.g.
   Saturday 4 January 2025, worked for Thursday 2 January).

`get_calendar()` returns one calendar per process, rebuilt when a `DayOff` row
is saved or deleted here (signals connected in `DeadlinesConfig.ready`), when
a deadline setting changes (tests), and at the latest every few minutes so
that a row saved by another process (web worker, task worker) is seen too.
Queryset `update()` and `bulk_create()` send no signals: call
`invalidate_calendar()` after them.
"""

import threading
import time
from calendar import monthrange
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from murojaat.core.i18n import active_locale
from murojaat.language.apostrophes import normalise_apostrophes
from murojaat.language.scripts import latin_to_cyrillic

# Longest run of days off we accept before deciding the configuration is
# broken (every weekday off, or a year of DayOff rows) instead of looping.
MAX_DAYS_OFF_IN_A_ROW = 366

SOURCE_PACKAGE = "holidays"
SOURCE_ADMINISTRATOR = "administrator"


@dataclass(frozen=True)
class PackageYear:
    """What the `holidays` package says about one year, in one language."""

    days_off: dict[date, str]
    weekend_workdays: frozenset[date]


@dataclass(frozen=True)
class AdminDay:
    """A `DayOff` row, detached from the database."""

    date: date
    name: str
    is_working_day: bool


@dataclass(frozen=True)
class SpecialDay:
    """A date that differs from the ordinary week, for listings."""

    date: date
    name: str
    is_day_off: bool
    source: str  # SOURCE_PACKAGE or SOURCE_ADMINISTRATOR


def _package_language(locale: str) -> str:
    # The package speaks Uzbek, English and Ukrainian. Other readers get
    # Uzbek, as core.i18n's fallback chains give them for reference data.
    return "en_US" if locale == "en" else "uz"


@lru_cache(maxsize=64)
def package_year(country: str, year: int, language: str = "uz") -> PackageYear:
    """The package's days off and worked weekend days of `year`.

    Cached per year: the package computes Islamic dates and observed days on
    each call. Neighbouring years are asked too because a substitution can
    cross the new year (31 December off in exchange for a January Saturday).
    """
    if not country:
        return PackageYear(days_off={}, weekend_workdays=frozenset())
    calendar = holidays.country_holidays(country, years=[year - 1, year, year + 1], language=language)
    days_off = {day: name for day, name in calendar.items() if day.year == year}
    workdays = frozenset(day for day in calendar.weekend_workdays if day.year == year)
    return PackageYear(days_off=days_off, weekend_workdays=workdays)


class WorkCalendar:
    def __init__(
        self,
        *,
        country: str = "UZ",
        working_weekdays: Iterable[int] = (1, 2, 3, 4, 5),
        workday_start_hour: int = 9,
        workday_end_hour: int = 18,
        day_mode: str = "calendar",
        roll_forward: bool = True,
        time_zone: str = "Asia/Tashkent",
        admin_days: Iterable = (),
    ):
        if day_mode not in ("calendar", "working"):
            raise ValueError(f"day_mode must be 'calendar' or 'working', not {day_mode!r}")
        self.country = country
        self.working_weekdays = frozenset(working_weekdays)
        self.workday_start_hour = workday_start_hour
        self.workday_end_hour = workday_end_hour
        self.day_mode = day_mode
        self.roll_forward = roll_forward
        self.tz = ZoneInfo(time_zone)
        # Accepts DayOff instances or anything with date, name, is_working_day.
        self.admin_days = {
            row.date: AdminDay(date=row.date, name=row.name, is_working_day=row.is_working_day)
            for row in admin_days
        }

    @classmethod
    def from_settings(cls) -> "WorkCalendar":
        from murojaat.deadlines.models import DayOff

        return cls(
            country=settings.HOLIDAYS_COUNTRY,
            working_weekdays=settings.WORKING_WEEKDAYS,
            workday_start_hour=settings.WORKDAY_START_HOUR,
            workday_end_hour=settings.WORKDAY_END_HOUR,
            day_mode=settings.DEADLINE_DAY_MODE,
            roll_forward=settings.DEADLINE_ROLL_FORWARD,
            time_zone=settings.TIME_ZONE,
            admin_days=DayOff.objects.all(),
        )

    # Days off -------------------------------------------------------------

    def is_day_off(self, d: date) -> bool:
        admin = self.admin_days.get(d)
        if admin is not None:
            return not admin.is_working_day
        package = package_year(self.country, d.year)
        if d in package.days_off:
            return True
        if d.isoweekday() not in self.working_weekdays:
            return d not in package.weekend_workdays
        return False

    def day_off_name(self, d: date) -> str | None:
        """Why `d` is a day off, in the reader's language; None on a working day."""
        if not self.is_day_off(d):
            return None
        admin = self.admin_days.get(d)
        if admin is not None:
            return admin.name
        return self.package_holiday_name(d) or gettext("Weekly day off")

    def package_holiday_name(self, d: date) -> str | None:
        """The package's name for holiday `d` in the reader's language."""
        locale = active_locale()
        name = package_year(self.country, d.year, _package_language(locale)).days_off.get(d)
        if name is None:
            return None
        if locale == "uz-cyrl":
            return latin_to_cyrillic(name)
        if locale == "en":
            return name
        # The package writes oʻ with U+02BB; we write the o‘ that users type.
        return normalise_apostrophes(name, restore_missing=False)

    def special_days(self, year: int) -> list[SpecialDay]:
        """Holidays and exceptions of `year` (not the ordinary weekends)."""
        package = package_year(self.country, year)
        days = {d: SpecialDay(d, self.package_holiday_name(d), True, SOURCE_PACKAGE) for d in package.days_off}
        for d in package.weekend_workdays:
            if d.isoweekday() not in self.working_weekdays:
                days[d] = SpecialDay(d, gettext("Working day (its day off was moved by decree)"), False,
                                     SOURCE_PACKAGE)
        for d, admin in self.admin_days.items():
            if d.year == year:
                days[d] = SpecialDay(d, admin.name, not admin.is_working_day, SOURCE_ADMINISTRATOR)
        return [days[d] for d in sorted(days)]

    # Counting -------------------------------------------------------------

    def next_working_day(self, d: date) -> date:
        """`d` itself when it is a working day, else the first one after it."""
        for offset in range(MAX_DAYS_OFF_IN_A_ROW + 1):
            candidate = d + timedelta(days=offset)
            if not self.is_day_off(candidate):
                return candidate
        raise ValueError(f"no working day within a year after {d}: check WORKING_WEEKDAYS and days off")

    def add_days(self, d: date, n: int) -> date:
        """`n` days after `d`: calendar days, or working days in "working" mode."""
        if n < 0:
            raise ValueError("n must not be negative")
        if self.day_mode == "calendar":
            return d + timedelta(days=n)
        day, counted, days_off_in_a_row = d, 0, 0
        while counted < n:
            day += timedelta(days=1)
            if not self.is_day_off(day):
                counted, days_off_in_a_row = counted + 1, 0
                continue
            days_off_in_a_row += 1
            if days_off_in_a_row > MAX_DAYS_OFF_IN_A_ROW:
                raise ValueError(f"cannot count {n} working days after {d}: check WORKING_WEEKDAYS and days off")
        return day

    def add_months(self, d: date, n: int) -> date:
        """Same day `n` calendar months later, clamped to the month's last day
        (31 January + 1 month = 28 or 29 February)."""
        month_index = d.year * 12 + (d.month - 1) + n
        year, month = divmod(month_index, 12)
        month += 1
        return date(year, month, min(d.day, monthrange(year, month)[1]))

    def due_date(self, d: date) -> date:
        """The date a deadline falling on `d` is actually due: the next working
        day when DEADLINE_ROLL_FORWARD is on, `d` itself when it is off."""
        return self.next_working_day(d) if self.roll_forward else d

    # Time -----------------------------------------------------------------

    def local(self, dt: datetime) -> datetime:
        if timezone.is_naive(dt):
            raise ValueError("deadlines need timezone-aware datetimes")
        return dt.astimezone(self.tz)

    def local_date(self, dt: datetime) -> date:
        return self.local(dt).date()

    def end_of_day(self, d: date) -> datetime:
        """The last instant of local day `d`: a deadline ends when its day does."""
        return datetime.combine(d, clock_time.max, tzinfo=self.tz)

    def is_working_time(self, dt: datetime) -> bool:
        local = self.local(dt)
        if self.is_day_off(local.date()):
            return False
        return self.workday_start_hour <= local.hour < self.workday_end_hour


# The process-wide calendar ----------------------------------------------

# Another process's DayOff change reaches this one after at most this long.
CACHE_SECONDS = 300

DEADLINE_SETTINGS = frozenset({
    "DEADLINE_DAY_MODE", "DEADLINE_ROLL_FORWARD", "WORKING_WEEKDAYS", "WORKDAY_START_HOUR",
    "WORKDAY_END_HOUR", "HOLIDAYS_COUNTRY", "TIME_ZONE",
})

_lock = threading.Lock()
_cached: tuple[WorkCalendar, float] | None = None
# Bumped by every invalidation, so that a calendar built from rows read
# before a change is not stored after it.
_generation = 0


def get_calendar() -> WorkCalendar:
    global _cached
    cached = _cached
    if cached is not None and 0 <= time.monotonic() - cached[1] < CACHE_SECONDS:
        return cached[0]
    generation = _generation
    calendar = WorkCalendar.from_settings()
    with _lock:
        if generation == _generation:
            _cached = (calendar, time.monotonic())
    return calendar


def invalidate_calendar(**_signal_kwargs) -> None:
    global _cached, _generation
    with _lock:
        _generation += 1
        _cached = None


def day_off_changed(*, using: str = "default", **_signal_kwargs) -> None:
    """post_save/post_delete of a DayOff: forget the calendar now (this
    transaction's reads) and again after commit (reads other threads made
    in between saw the old rows)."""
    invalidate_calendar()
    transaction.on_commit(invalidate_calendar, using=using)


def deadline_setting_changed(*, setting: str, **_signal_kwargs) -> None:
    if setting in DEADLINE_SETTINGS:
        invalidate_calendar()
