"""Analysts see what is growing: weekly counts per category and place, and unusual growth flagged."""

from datetime import date, timedelta

import pytest
import time_machine
from django.test import Client

from murojaat.trends.counts import growth_flags, weekly_changes, weekly_counts_refresh
from murojaat.trends.jobs import weekly_counts_refresh_job
from murojaat.trends.models import WeeklyCount
from tests.appeals.factories import file_appeal, local

WEEK = date(2026, 3, 2)  # a Monday
BASELINE_WEEKS = [WEEK - timedelta(days=7 * i) for i in range(1, 9)]


def counts_by_place(week):
    return {(c.territory.soato, c.category.code): c.count
            for c in WeeklyCount.objects.filter(week_start=week).select_related("territory", "category")}


def test_a_spike_of_real_appeals_is_counted_and_flagged_in_the_district_and_the_region(world):
    for monday in BASELINE_WEEKS:
        file_appeal(world, at=local(monday.year, monday.month, monday.day, 11))
    for hour in range(12):  # 12 appeals on Tuesday and Sunday of the reported week
        day = WEEK + timedelta(days=1 if hour % 2 else 6)
        file_appeal(world, at=local(day.year, day.month, day.day, 9 + hour))
    file_appeal(world, at=local(2026, 3, 3, 12), category=world.gas.code)  # another matter, once

    weekly_counts_refresh(WEEK - timedelta(days=70))

    assert counts_by_place(WEEK) == {
        ("1710224", "road-repair"): 12, ("1710", "road-repair"): 12,
        ("1710224", "gas-supply"): 1, ("1710", "gas-supply"): 1,
    }
    flags = growth_flags(region="1710", week=WEEK)
    assert [(f.territory.soato, f.category.code) for f in flags] == [("1710", "road-repair"),
                                                                     ("1710224", "road-repair")]
    assert flags[0].count == 12 and flags[0].previous_mean == 1.0
    assert growth_flags(region=world.district_b.soato, week=WEEK) == []


def store(series, territory, category, weeks=BASELINE_WEEKS + [WEEK]):
    """Counts oldest first; the last is the reported week."""
    for monday, count in zip(sorted(weeks), series, strict=True):
        WeeklyCount.objects.create(week_start=monday, territory=territory, category=category, count=count)


def test_a_flat_series_is_not_flagged(world):
    store([40, 43, 38, 41, 39, 44, 40, 42, 45], world.district_a, world.roads)

    (change,) = weekly_changes(week=WEEK)
    assert change.count == 45 and not change.flagged
    assert growth_flags(week=WEEK) == []


def test_tiny_numbers_are_not_flagged_however_steep(world):
    store([0, 0, 0, 0, 0, 0, 0, 0, 6], world.district_a, world.roads)

    (change,) = weekly_changes(week=WEEK)
    assert change.z > 3 and not change.flagged


def test_a_large_but_modest_rise_is_not_flagged(world):
    # 20% more on a large base is a big z but not "half again the usual".
    store([1000] * 8 + [1200], world.region, world.roads)

    assert growth_flags(week=WEEK) == []


def test_a_recount_replaces_the_weeks_it_covers(world):
    receipt = file_appeal(world, at=local(2026, 3, 3, 10))
    weekly_counts_refresh(WEEK)
    receipt.appeal.category = world.gas
    receipt.appeal.save(update_fields=["category"])

    weekly_counts_refresh(WEEK)

    assert counts_by_place(WEEK) == {("1710224", "gas-supply"): 1, ("1710", "gas-supply"): 1}


def test_the_worker_job_recounts_the_last_two_weeks(world):
    file_appeal(world, at=local(2026, 3, 4, 10))

    with time_machine.travel(local(2026, 3, 16, 10), tick=False):
        assert weekly_counts_refresh_job()["rows"] >= 1

    assert counts_by_place(WEEK)[("1710", "road-repair")] == 1


@pytest.mark.parametrize("region", ["1710", ""])
def test_the_public_numbers_hide_small_counts(world, region):
    store([1, 1, 1, 1, 2, 1, 1, 2, 15], world.district_a, world.roads)
    store([0, 0, 1, 0, 0, 0, 1, 0, 3], world.district_a, world.gas)

    response = Client().get("/api/v1/trends", {"region": region, "week": "2026-03-04"})

    assert response.status_code == 200, response.content
    body = response.json()
    assert body["week_start"] == "2026-03-02"
    (row,) = body["rows"]  # gas: 3 this week, 2 before: nothing to show
    assert row["category"] == "road-repair" and row["territory"] == "1710224"
    assert row["count"] == 15 and row["previous_mean"] == 1.25 and row["change_percent"] == 1100.0
    assert row["growing_unusually"] is True
    assert "pinfl" not in response.content.decode() and "full_name" not in response.content.decode()
