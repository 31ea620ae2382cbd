"""Medians worked out ahead for the standard periods give the histograms' numbers."""

from datetime import date

from murojaat.statistics.models import PeriodMedian
from murojaat.statistics.refresh import counts_refresh, median_windows
from murojaat.statistics.selectors import Period, area_resolve, counts_by_value
from tests.statistics.dataset import NOW

THIS_YEAR = Period(date(2026, 1, 1), date(2026, 3, 31))  # a window of NOW (1 March 2026)


def medians(dimension, period=THIS_YEAR, values=None):
    rows = counts_by_value(area=area_resolve(), period=period, dimension=dimension, values=values)
    return {value: counts["median_days"] for value, counts in rows.items()}


def test_the_refresh_works_out_the_split_medians_of_the_standard_periods(appeals):
    assert median_windows(date(2026, 3, 1)) == [
        (date(2025, 4, 1), date(2026, 3, 1)),
        (date(2026, 1, 1), date(2026, 3, 1)),
        (date(2025, 1, 1), date(2025, 12, 1)),
    ]
    assert median_windows(date(2026, 12, 31))[0] == (date(2026, 1, 1), date(2026, 12, 1))
    row = PeriodMedian.objects.filter(first_month=date(2026, 1, 1), dimension="organisation").first()
    PeriodMedian.objects.filter(pk=row.pk).update(median_days=99.5)
    assert medians("organisation")[row.value] == 99.5  # read from the worked-out row


def test_a_refresh_in_december_works_out_the_year_once(appeals):
    # In December the last twelve months are this year so far: one period, one
    # set of rows (two sets broke the refresh for the whole month).
    assert median_windows(date(2026, 12, 31)) == [
        (date(2026, 1, 1), date(2026, 12, 1)),
        (date(2025, 1, 1), date(2025, 12, 1)),
    ]
    counts_refresh(now=NOW.replace(month=12, day=31, hour=23, minute=59))
    year = PeriodMedian.objects.filter(first_month=date(2026, 1, 1), last_month=date(2026, 12, 1))
    assert year.filter(dimension="total").count() == 1
    assert year.filter(dimension="organisation").exists()


def test_worked_out_medians_equal_the_medians_from_the_histograms(appeals):
    worked_out = {
        d: medians(d) for d in ("organisation", "category", "district", "region", "kind", "channel")
    }
    assert any(m is not None for m in worked_out["organisation"].values())
    some = sorted(worked_out["organisation"])[:1]
    assert medians("organisation", values=some) == {v: worked_out["organisation"][v] for v in some}
    PeriodMedian.objects.all().delete()  # no longer worked out: read from the histograms
    assert {d: medians(d) for d in worked_out} == worked_out
    counts_refresh(now=NOW)
    assert PeriodMedian.objects.exists()
    assert {d: medians(d) for d in worked_out} == worked_out


def test_a_period_that_is_not_a_standard_one_reads_the_histograms(appeals):
    february = Period(date(2026, 2, 1), date(2026, 2, 28))
    from_histograms = medians("organisation", period=february)
    PeriodMedian.objects.all().delete()
    assert medians("organisation", period=february) == from_histograms
