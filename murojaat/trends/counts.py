"""Counting appeals per week, category and territory; spotting unusual growth.

The test for "unusual": this week's count c against the mean m of the
previous weeks. Counts of independent appeals are roughly Poisson, whose
variance equals its mean, so z = (c - m) / sqrt(m) says how many standard
deviations above normal the week is. A week is flagged when z >= 3 (about one
chance in a thousand by luck), it is at least half again the usual, and at
least MIN_COUNT appeals came: three appeals instead of none is a large z and
says nothing.
"""

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.db.models import Count
from django.db.models.functions import TruncWeek
from django.utils import timezone

from murojaat.appeals.models import Appeal
from murojaat.categories.models import Category
from murojaat.territories.models import Territory
from murojaat.trends.models import WeeklyCount

MIN_COUNT = 10
Z_THRESHOLD = 3.0
MIN_GROWTH = 1.5
DEFAULT_WEEKS = 8


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def report_week(week: date | None = None) -> date:
    """The Monday of `week`, by default of the last complete week."""
    return week_start(week) if week else week_start(timezone.localdate()) - timedelta(days=7)


def weekly_counts_refresh(since: date) -> int:
    """Recount every week from the one containing `since` to now: one GROUP BY
    over the appeals received since then, written over the stored rows of
    those weeks in one transaction (readers see the old or the new, never a
    mix). Groups that vanished (an appeal recategorised) go with the old rows.
    Returns the number of rows written."""
    first_week = week_start(since)
    start = timezone.make_aware(datetime.combine(first_week, time.min))
    groups = (
        Appeal.objects.filter(received_at__gte=start, category__isnull=False, territory__isnull=False)
        .annotate(week=TruncWeek("received_at"))
        .values("week", "category_id", "territory_id", "territory__parent_id")
        .annotate(n=Count("id"))
        .order_by()
    )
    totals: dict[tuple[date, int, int], int] = defaultdict(int)
    for row in groups:
        week = timezone.localtime(row["week"]).date() if isinstance(row["week"], datetime) else row["week"]
        totals[(week, row["category_id"], row["territory_id"])] += row["n"]
        if row["territory__parent_id"] is not None:
            totals[(week, row["category_id"], row["territory__parent_id"])] += row["n"]
    with transaction.atomic():
        WeeklyCount.objects.filter(week_start__gte=first_week).delete()
        WeeklyCount.objects.bulk_create(
            WeeklyCount(week_start=week, category_id=category_id, territory_id=territory_id, count=n)
            for (week, category_id, territory_id), n in totals.items()
        )
    return len(totals)


@dataclass
class WeekChange:
    category: Category
    territory: Territory
    week_start: date
    count: int
    previous_mean: float
    previous_total: int
    z: float
    flagged: bool

    @property
    def change(self) -> float:
        return self.count - self.previous_mean

    @property
    def change_ratio(self) -> float | None:
        return self.count / self.previous_mean if self.previous_mean else None


def weekly_changes(*, region: str | Territory | None = None, weeks: int = DEFAULT_WEEKS,
                   week: date | None = None) -> list[WeekChange]:
    """Every category and territory (the region and its districts, or all)
    with appeals in `week` or the `weeks` before it: this week's count against
    the previous weeks' mean, most unusual first. `week` defaults to the last
    complete week."""
    week = report_week(week)
    first = week - timedelta(days=7 * weeks)
    rows = WeeklyCount.objects.filter(week_start__gte=first, week_start__lte=week)
    if region is not None:
        place = region if isinstance(region, Territory) else Territory.objects.filter(soato=region).first()
        if place is None:
            return []
        rows = rows.filter(territory__in=Territory.objects.filter(pk=place.pk) | place.children.all())
    series: dict[tuple[int, int], dict[date, int]] = defaultdict(dict)
    for category_id, territory_id, at, count in rows.values_list("category_id", "territory_id", "week_start", "count"):
        series[(category_id, territory_id)][at] = count
    categories = Category.objects.in_bulk({c for c, _ in series})
    territories = Territory.objects.in_bulk({t for _, t in series})
    changes = []
    for (category_id, territory_id), by_week in series.items():
        count = by_week.get(week, 0)
        previous_total = sum(n for at, n in by_week.items() if at < week)
        mean = previous_total / weeks
        z = (count - mean) / math.sqrt(max(mean, 1.0))
        flagged = count >= MIN_COUNT and z >= Z_THRESHOLD and count >= MIN_GROWTH * mean
        changes.append(WeekChange(
            category=categories[category_id], territory=territories[territory_id], week_start=week,
            count=count, previous_mean=round(mean, 2), previous_total=previous_total, z=round(z, 2),
            flagged=flagged,
        ))
    changes.sort(key=lambda c: (not c.flagged, -c.z, -c.count, c.territory.soato, c.category.code))
    return changes


def growth_flags(region: str | Territory | None = None, weeks: int = DEFAULT_WEEKS,
                 week: date | None = None) -> list[WeekChange]:
    """What is growing unusually, most pressing first: `growth_flags("1718")`
    answers "what troubles Samarqand region now" (SOATO of the region)."""
    return [c for c in weekly_changes(region=region, weeks=weeks, week=week) if c.flagged]
