"""The public statistics page's filter: where, when, and what the map shows.

A GET form that works without JavaScript: the district list holds every
district grouped by region, and a district chosen without its region brings
its region along. Periods are whole months (see `selectors`: bodies,
categories and districts are counted by month).
"""

from datetime import date, timedelta

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from murojaat.core.i18n import localized
from murojaat.statistics.indicators import INDICATORS
from murojaat.statistics.refresh import next_month
from murojaat.statistics.selectors import Area, Period, area_resolve
from murojaat.territories.models import Territory

MONTHS_OFFERED = 36
# What the map may be shaded by: the indicators a reader compares between regions.
MAP_INDICATORS = (
    "received",
    "share_on_time",
    "median_days_to_answer",
    "overdue_open",
    "satisfaction",
    "complaints_about_answers",
    "repeated",
)


def recent_months(today: date | None = None, count: int = MONTHS_OFFERED) -> list[date]:
    """First days of the last `count` months, newest first."""
    month = (today or timezone.localdate()).replace(day=1)
    months = []
    for _i in range(count):
        months.append(month)
        month = (month - timedelta(days=1)).replace(day=1)
    return months


def _month_choices() -> list[tuple[str, str]]:
    return [(m.strftime("%Y-%m"), date_format(m, "YEAR_MONTH_FORMAT")) for m in recent_months()]


def _region_choices() -> list[tuple[str, str]]:
    regions = sorted(Territory.objects.filter(level=Territory.Level.REGION), key=localized)
    return [("", _("All of Uzbekistan"))] + [(r.soato, localized(r)) for r in regions]


def _district_choices() -> list:
    """Every district, grouped under its region (one query)."""
    groups: dict[Territory, list] = {}
    for d in Territory.objects.filter(level=Territory.Level.DISTRICT).select_related("parent"):
        groups.setdefault(d.parent, []).append(d)
    choices: list = [("", _("All districts and cities"))]
    for region in sorted(groups, key=localized):
        choices.append(
            (localized(region), [(d.soato, localized(d)) for d in sorted(groups[region], key=localized)])
        )
    return choices


class StatisticsFilterForm(forms.Form):
    region = forms.ChoiceField(label=_("Region"), required=False)
    district = forms.ChoiceField(label=_("District or city"), required=False)
    start = forms.ChoiceField(label=_("From (month)"), required=False)
    end = forms.ChoiceField(label=_("To (month, included)"), required=False)
    map = forms.ChoiceField(label=_("Shade the map by"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        months = _month_choices()
        self.fields["region"].choices = _region_choices()
        self.fields["district"].choices = _district_choices()
        self.fields["start"].choices = months
        self.fields["end"].choices = months
        self.fields["start"].initial = months[11][0]
        self.fields["end"].initial = months[0][0]
        by_key = {i.key: i for i in INDICATORS}
        self.fields["map"].choices = [(key, by_key[key].label) for key in MAP_INDICATORS]
        self.fields["map"].initial = "share_on_time"
        for name in self.fields:
            self.fields[name].error_messages["invalid_choice"] = _("Choose one of the options in the list.")

    def clean(self):
        data = super().clean()
        region, district = data.get("region"), data.get("district")
        if district:
            territory = Territory.objects.filter(soato=district, level=Territory.Level.DISTRICT).first()
            parent = territory.parent.soato if territory and territory.parent else ""
            if region and parent != region:
                self.add_error(
                    "district",
                    _(
                        "This district is not in the chosen region. Choose another district, "
                        "or all districts."
                    ),
                )
            else:
                data["region"] = parent
        start, end = (
            data.get("start") or self.fields["start"].initial,
            data.get("end") or self.fields["end"].initial,
        )
        if start and end and start > end:
            self.add_error("start", _("The first month must not be after the last month."))
        data["start"], data["end"] = start, end
        data["map"] = data.get("map") or self.fields["map"].initial
        return data

    def selection(self) -> tuple[Area, Period, str]:
        """The area, period and map indicator chosen (the defaults when the form is unbound)."""
        data = (
            self.cleaned_data
            if self.is_bound
            else {
                "region": "",
                "district": "",
                "start": self.fields["start"].initial,
                "end": self.fields["end"].initial,
                "map": self.fields["map"].initial,
            }
        )
        area = area_resolve(region=data["region"] or None, district=data["district"] or None)
        first = date.fromisoformat(data["start"] + "-01")
        last = next_month(date.fromisoformat(data["end"] + "-01")) - timedelta(days=1)
        return area, Period(first, last), data["map"]
