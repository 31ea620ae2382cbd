from django.contrib import admin
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from murojaat.deadlines.calendar import get_calendar
from murojaat.deadlines.models import DayOff


@admin.register(DayOff)
class DayOffAdmin(admin.ModelAdmin):
    """Administrators add what the `holidays` package does not know yet (a
    new decree) and see, below the list, what it already knows for the year."""

    list_display = ["date", "weekday", "name", "is_working_day", "in_holidays_package"]
    list_filter = ["is_working_day"]
    search_fields = ["name"]
    date_hierarchy = "date"

    @admin.display(description=_("weekday"))
    def weekday(self, obj: DayOff) -> str:
        return date_format(obj.date, "l")

    @admin.display(description=_("in the holidays package"))
    def in_holidays_package(self, obj: DayOff) -> str:
        # Shows whether a row repeats or overrides a day the package already has.
        return get_calendar().package_holiday_name(obj.date) or "—"

    def changelist_view(self, request, extra_context=None):
        year = _selected_year(request.GET.get("date__year"))
        extra_context = {
            **(extra_context or {}),
            "calendar_year": year,
            "calendar_days": get_calendar().special_days(year),
        }
        return super().changelist_view(request, extra_context=extra_context)


def _selected_year(value: str | None) -> int:
    try:
        year = int(value or "")
    except ValueError:
        return timezone.localdate().year
    return year if 1992 <= year <= 2100 else timezone.localdate().year
