"""Properties of the deadline rules, over any receipt time and any work calendar.

Hand-picked dates in tests/deadlines pin what the Law says on known days;
these check that no receipt time, week shape, holiday or administrator's day
off breaks the rules' promises:
- a deadline is never before the receipt, and ends a local day;
- with roll-forward on it never falls on a day off (registration never does);
- a later receipt never gets an earlier deadline;
- counting days as working days never gives a shorter term than calendar days;
- an extension is later than the current term and at most one month after it.

The calendars are built in memory (no database): `WorkCalendar(admin_days=...)`
takes any rows with date, name and is_working_day.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from murojaat.core.errors import InvalidInput
from murojaat.deadlines import rules
from murojaat.deadlines.calendar import WorkCalendar

TASHKENT = ZoneInfo("Asia/Tashkent")
# Receipts arrive stamped in UTC by the server, in local time by imports, and
# from abroad (consulates): the rules must not care which.
ZONES = st.sampled_from([UTC, TASHKENT, ZoneInfo("America/New_York"), ZoneInfo("Asia/Kamchatka")])

# Years the holidays package knows well; enough to cross Navruz, both Eids and New Year.
FIRST, LAST = datetime(2024, 1, 1), datetime(2028, 12, 31)

PROPERTY_SETTINGS = settings(max_examples=150, deadline=None, derandomize=True, database=None)


@dataclass(frozen=True)
class AdminRow:
    date: date
    name: str
    is_working_day: bool


admin_rows = st.lists(
    st.builds(
        AdminRow,
        date=st.dates(min_value=FIRST.date(), max_value=LAST.date()),
        name=st.just("Decree"),
        is_working_day=st.booleans(),
    ),
    max_size=20,
)


@st.composite
def calendars(draw, *, day_mode=None, roll_forward=None) -> WorkCalendar:
    return WorkCalendar(
        country="UZ",
        working_weekdays=draw(st.sets(st.integers(1, 7), min_size=1, max_size=7)),
        workday_start_hour=draw(st.integers(0, 12)),
        workday_end_hour=draw(st.integers(13, 24)),
        day_mode=day_mode or draw(st.sampled_from(["calendar", "working"])),
        roll_forward=draw(st.booleans()) if roll_forward is None else roll_forward,
        time_zone="Asia/Tashkent",
        admin_days=draw(admin_rows),
    )


receipts = st.datetimes(min_value=FIRST, max_value=LAST, timezones=ZONES)
KINDS_AND_TERMS = st.sampled_from([(kind, term) for kind in rules.KINDS for term in rules.TERMS])


def every_due(received: datetime, calendar: WorkCalendar) -> dict[str, datetime]:
    dues = {
        "registration": rules.registration_due(received, calendar=calendar),
        "forward": rules.forward_due(received, calendar=calendar),
        "further_study_notice": rules.further_study_notice_due(received, calendar=calendar),
    }
    for kind in rules.KINDS:
        for term in rules.TERMS:
            dues[f"answer {kind}/{term}"] = rules.answer_due(
                kind=kind, term=term, decider_received_at=received, calendar=calendar
            )
    return dues


@PROPERTY_SETTINGS
@given(calendar=calendars(), received=receipts)
def test_a_deadline_is_never_before_the_receipt_and_ends_a_local_day(calendar, received):
    for name, due in every_due(received, calendar).items():
        assert due >= received, name
        local = due.astimezone(TASHKENT)
        assert local.time() == time.max, name
        assert calendar.local_date(due) >= calendar.local_date(received), name


@PROPERTY_SETTINGS
@given(calendar=calendars(roll_forward=True), received=receipts)
def test_with_roll_forward_no_deadline_falls_on_a_day_off(calendar, received):
    for name, due in every_due(received, calendar).items():
        assert not calendar.is_day_off(calendar.local_date(due)), name


@PROPERTY_SETTINGS
@given(calendar=calendars(roll_forward=False), received=receipts)
def test_registration_lands_on_a_working_day_even_without_roll_forward(calendar, received):
    due = rules.registration_due(received, calendar=calendar)
    assert not calendar.is_day_off(calendar.local_date(due))


@PROPERTY_SETTINGS
@given(
    calendar=calendars(),
    first=receipts,
    later_by=st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=70)),
)
def test_a_later_receipt_never_gets_an_earlier_deadline(calendar, first, later_by):
    second = first + later_by
    earlier_dues, later_dues = every_due(first, calendar), every_due(second, calendar)
    for name in earlier_dues:
        assert earlier_dues[name] <= later_dues[name], name


@PROPERTY_SETTINGS
@given(
    weekdays=st.sets(st.integers(1, 7), min_size=1, max_size=7),
    roll_forward=st.booleans(),
    rows=admin_rows,
    received=receipts,
)
def test_working_days_mode_is_never_shorter_than_calendar_days(weekdays, roll_forward, rows, received):
    def calendar(mode):
        return WorkCalendar(
            country="UZ", working_weekdays=weekdays, day_mode=mode, roll_forward=roll_forward, admin_days=rows
        )

    in_calendar_days = every_due(received, calendar("calendar"))
    in_working_days = every_due(received, calendar("working"))
    for name in in_calendar_days:
        assert in_working_days[name] >= in_calendar_days[name], name


def one_month_after(calendar: WorkCalendar, current_due: datetime) -> date:
    """The last day the Law's "at most one month" reaches, moved off a day off
    as every deadline is when roll-forward is on."""
    return calendar.due_date(calendar.add_months(calendar.local_date(current_due), 1))


@PROPERTY_SETTINGS
@given(
    calendar=calendars(),
    received=receipts,
    kind_and_term=KINDS_AND_TERMS,
    requested_after=st.integers(-40, 80),
    already_extended=st.booleans(),
)
def test_an_extension_is_later_than_the_term_and_at_most_one_month_after_it(
    calendar, received, kind_and_term, requested_after, already_extended
):
    kind, term = kind_and_term
    current_due = rules.answer_due(kind=kind, term=term, decider_received_at=received, calendar=calendar)
    requested = calendar.end_of_day(calendar.local_date(current_due) + timedelta(days=requested_after))
    try:
        new_due = rules.check_extension(
            current_due=current_due,
            requested_until=requested,
            already_extended=already_extended,
            calendar=calendar,
        )
    except InvalidInput as refusal:
        assert refusal.fields.get("until"), "a refusal says what is wrong with the date"
        if not already_extended and 0 < requested_after:
            # Refused only because it was too far.
            assert calendar.local_date(requested) > calendar.local_date(
                rules.latest_extension(current_due, calendar=calendar)
            )
        return
    assert not already_extended, "a second extension must be refused"
    assert new_due > current_due
    assert calendar.local_date(new_due) <= one_month_after(calendar, current_due)
    assert new_due.astimezone(TASHKENT).time() == time.max
    if not calendar.roll_forward:
        assert calendar.local_date(new_due) <= calendar.add_months(calendar.local_date(current_due), 1)


@PROPERTY_SETTINGS
@given(calendar=calendars(), received=receipts, kind_and_term=KINDS_AND_TERMS)
def test_the_latest_extension_itself_is_accepted(calendar, received, kind_and_term):
    """The date the API suggests as "the latest" must pass the check it feeds."""
    kind, term = kind_and_term
    current_due = rules.answer_due(kind=kind, term=term, decider_received_at=received, calendar=calendar)
    latest = rules.latest_extension(current_due, calendar=calendar)
    assert (
        rules.check_extension(
            current_due=current_due, requested_until=latest, already_extended=False, calendar=calendar
        )
        == latest
    )


@pytest.mark.parametrize("mode", ["calendar", "working"])
def test_days_left_is_zero_on_the_due_day_and_negative_after(mode):
    # A plain example beside the properties: days_left is what the inbox shows.
    calendar = WorkCalendar(country="UZ", day_mode=mode)
    due = calendar.end_of_day(date(2026, 3, 18))
    assert rules.days_left(due, datetime(2026, 3, 18, 9, tzinfo=TASHKENT), calendar=calendar) == 0
    assert rules.days_left(due, datetime(2026, 3, 19, 0, 1, tzinfo=TASHKENT), calendar=calendar) == -1
