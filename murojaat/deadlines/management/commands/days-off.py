"""`murojaat days-off [--year 2026]`: the days off the deadline calendar knows.

For an administrator to check the `holidays` package and the DayOff rows
before a holiday: every date that is not an ordinary week day, where it comes
from, and whether it counts as a day off or, by exception, a working day.
"""

from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from murojaat.deadlines.calendar import SOURCE_ADMINISTRATOR, get_calendar


class Command(BaseCommand):
    help = "List the days off (holidays package and administrator) the deadline calendar knows for a year."

    def add_arguments(self, parser):
        parser.add_argument("--year", type=int, default=None, help="Year to list (default: this year).")

    def handle(self, *args, year=None, **options):
        year = year or timezone.localdate().year
        if not 1992 <= year <= 2100:
            raise CommandError(_("--year: expected a year between 1992 and 2100"))
        calendar = get_calendar()
        weekend = [
            date_format(date(2024, 1, weekday), "l")  # 1 January 2024 was a Monday
            for weekday in range(1, 8)
            if weekday not in calendar.working_weekdays
        ]
        self.stdout.write(
            _("Days off in %(year)s (country: %(country)s; every %(weekend)s is also off unless listed as working)")
            % {"year": year, "country": calendar.country or "-", "weekend": ", ".join(weekend) or "-"}
        )
        days = calendar.special_days(year)
        for day in days:
            source = _("administrator") if day.source == SOURCE_ADMINISTRATOR else _("holidays package")
            counts_as = _("day off") if day.is_day_off else _("working day")
            self.stdout.write(
                f"{day.date:%Y-%m-%d}  {date_format(day.date, 'D'):<4} {day.name:<55} {counts_as:<12} {source}"
            )
        if not days:
            self.stdout.write(_("No holidays are known for this year."))
