"""Deadlines of the Law "On appeals of individuals and legal entities" (ZRU-445).

=============================  ==============================================  =============
What                           Deadline                                        Law
=============================  ==============================================  =============
Registration                   the day of receipt; the next working day when   article 13
                               received after working hours or on a day off
Forwarding (body not           5 days from receipt                             articles 15, 17
competent)
Application, complaint         15 days from receipt by the deciding body       article 20
... needing extra study,       up to one month                                 article 20
checks or documents
Suggestion                     up to one month, whatever the term              see the Law
Suggestion needing further     applicant told in writing within 10 days        see the Law
study
Extension                      once, by the head, with a reason, by at most    article 20
                               one month
=============================  ==============================================  =============

How days are counted (settings, see murojaat/settings.py):
- Days are calendar days and a month a calendar month, counted from the local
  date of receipt: 15 days from 3 March is 18 March; one month from 31 January
  is the last day of February. DEADLINE_DAY_MODE="working" counts N days as N
  working days; months stay calendar months.
- A deadline falling on a day off moves to the next working day when
  DEADLINE_ROLL_FORWARD is on (the default). Registration always lands on a
  working day: it is the act of a working office.
- A deadline is the end of its local day (TIME_ZONE): 23:59:59.999999.

Every function takes an optional `calendar=` (a WorkCalendar) for tests;
without it the process-wide calendar from settings and DayOff rows is used.
"""

from datetime import date, datetime, timedelta

from django.utils.formats import date_format
from django.utils.translation import gettext

from murojaat.core.errors import InvalidInput
from murojaat.deadlines.calendar import WorkCalendar, get_calendar

KINDS = ("application", "suggestion", "complaint")
TERMS = ("standard", "extra_study")

FORWARD_DAYS = 5
STANDARD_TERM_DAYS = 15
EXTRA_STUDY_MONTHS = 1
SUGGESTION_MONTHS = 1
FURTHER_STUDY_NOTICE_DAYS = 10
EXTENSION_MONTHS = 1


def _due(calendar: WorkCalendar, d: date) -> datetime:
    return calendar.end_of_day(calendar.due_date(d))


def registration_due(received_at: datetime, *, calendar: WorkCalendar | None = None) -> datetime:
    calendar = calendar or get_calendar()
    local = calendar.local(received_at)
    day = local.date()
    # Before opening on a working day still counts as that day.
    if calendar.is_day_off(day) or local.hour >= calendar.workday_end_hour:
        day = calendar.next_working_day(day + timedelta(days=1))
    return calendar.end_of_day(day)


def forward_due(received_at: datetime, *, calendar: WorkCalendar | None = None) -> datetime:
    calendar = calendar or get_calendar()
    return _due(calendar, calendar.add_days(calendar.local_date(received_at), FORWARD_DAYS))


def answer_due(
    *, kind: str, term: str, decider_received_at: datetime, calendar: WorkCalendar | None = None
) -> datetime:
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    if term not in TERMS:
        raise ValueError(f"term must be one of {TERMS}, not {term!r}")
    calendar = calendar or get_calendar()
    received = calendar.local_date(decider_received_at)
    if kind == "suggestion":
        day = calendar.add_months(received, SUGGESTION_MONTHS)
    elif term == "extra_study":
        day = calendar.add_months(received, EXTRA_STUDY_MONTHS)
    else:
        day = calendar.add_days(received, STANDARD_TERM_DAYS)
    return _due(calendar, day)


def further_study_notice_due(
    decider_received_at: datetime, *, calendar: WorkCalendar | None = None
) -> datetime:
    calendar = calendar or get_calendar()
    received = calendar.local_date(decider_received_at)
    return _due(calendar, calendar.add_days(received, FURTHER_STUDY_NOTICE_DAYS))


def latest_extension(current_due: datetime, *, calendar: WorkCalendar | None = None) -> datetime:
    """The furthest date the head may extend `current_due` to."""
    calendar = calendar or get_calendar()
    return _due(calendar, calendar.add_months(calendar.local_date(current_due), EXTENSION_MONTHS))


def check_extension(
    *,
    current_due: datetime,
    requested_until: datetime,
    already_extended: bool,
    calendar: WorkCalendar | None = None,
) -> datetime:
    """The new deadline for an extension to `requested_until`, or InvalidInput
    saying why the Law does not allow it."""
    calendar = calendar or get_calendar()
    if already_extended:
        message = gettext("This appeal's term has already been extended once; the Law allows only one extension.")
        raise InvalidInput(message, code="extension_repeated", fields={"until": message})
    current = calendar.local_date(current_due)
    requested = calendar.local_date(requested_until)
    if requested <= current:
        message = gettext("The new term must be later than the current one, %(date)s.") % {
            "date": date_format(current)
        }
        raise InvalidInput(message, code="extension_not_later", fields={"until": message})
    latest = calendar.local_date(latest_extension(current_due, calendar=calendar))
    if requested > latest:
        message = gettext("A term may be extended by at most one month: choose %(date)s or earlier.") % {
            "date": date_format(latest)
        }
        raise InvalidInput(message, code="extension_too_long", fields={"until": message})
    return _due(calendar, requested)


def days_left(due_at: datetime, now: datetime, *, calendar: WorkCalendar | None = None) -> int:
    """Whole local days until the due date: 0 on the day itself, negative once overdue."""
    calendar = calendar or get_calendar()
    return (calendar.local_date(due_at) - calendar.local_date(now)).days
