"""Every indicator against the hand-counted data set of dataset.py."""

from datetime import date

import pytest

from murojaat.statistics.selectors import Period, area_resolve, breakdown_for, indicators_for, trend_for

JANUARY = Period(date(2026, 1, 1), date(2026, 1, 31))
FEBRUARY = Period(date(2026, 2, 1), date(2026, 2, 28))


def values(period, **area):
    return indicators_for(area=area_resolve(**area), period=period)["values"]


def by(dimension, period=JANUARY, indicator="received", **area):
    rows = breakdown_for(area=area_resolve(**area), period=period, dimension=dimension)
    return {row["value"]: row["values"][indicator] for row in rows}


def test_january_indicators_match_the_hand_count(appeals):
    assert values(JANUARY) == {
        "received": 8,
        "considered": 5,  # A1-A4 answered, A5 left without consideration; A6 merged is not
        "answered": 4,
        "answered_on_time": 3,  # A1, A3 (within its extension), A4 (forwarding restarted its clock)
        "answered_on_time_extended": 1,  # A3
        "overdue": 3,  # A2 answered late, A7 and A8 still open past their deadlines
        "overdue_open": 2,
        "left_without_consideration": 1,
        "merged": 1,
        "pending": 2,
        "repeated": 1,  # A8
        "share_on_time": 50.0,  # 3 on time of 4 answered + 2 open past the deadline
        "median_days_to_answer": 15.5,  # 5, 7, 24, 25 days
        "satisfaction": 50.0,  # ratings 5 and 2
        "mean_rating": 3.5,
        "rated": 2,
        "complaints_about_answers": 0,
        "answers_contested": 1,  # A1's answer, contested in February
    }


def test_february_indicators_match_the_hand_count(appeals):
    february = values(FEBRUARY)
    assert february["received"] == 3  # A9, A10 (00:30 on 1 February), A11
    assert february["complaints_about_answers"] == 1  # A10
    assert february["answered"] == 1 and february["median_days_to_answer"] == 1
    # A9 is due in March; A10 was due on 16 February and is still open.
    assert february["pending"] == 2 and february["overdue_open"] == 1
    assert february["satisfaction"] == 100.0 and february["mean_rating"] == 4


def test_an_appeal_at_2330_on_31_january_in_tashkent_belongs_to_january(appeals):
    last_day = Period(date(2026, 1, 31), date(2026, 1, 31))
    first_day = Period(date(2026, 2, 1), date(2026, 2, 1))
    assert values(last_day)["received"] == 1  # A8, 18:30 UTC
    assert values(first_day)["received"] == 1  # A10, 19:30 UTC on 31 January


def test_a_period_of_days_reads_the_same_appeals_as_the_whole_months(appeals):
    assert values(Period(date(2026, 1, 5), date(2026, 1, 7)))["received"] == 3
    both = values(Period(date(2026, 1, 1), date(2026, 2, 28)))
    assert both["received"] == 11 and both["answered"] == 5


def test_a_forwarded_appeal_is_counted_once_under_the_body_that_decided(appeals, world):
    bodies = by("organisation")
    assert bodies == {world.body_a.code: 7, world.body_b.code: 1}
    assert by("organisation", indicator="answered_on_time")[world.body_b.code] == 1
    assert appeals.a4.addressed_to_id == world.body_a.pk


def test_the_contesting_complaint_counts_under_the_higher_body(appeals, world):
    assert by("organisation", FEBRUARY)[world.regional_hokimiyat.code] == 1


def test_splits_by_applicant(appeals):
    assert by("sex") == {"female": 4, "male": 4}
    assert by("age_band") == {"35-44": 2, "25-34": 2, "45-54": 1, "55+": 1, "18-24": 1, "<18": 1}
    assert by("applicant_type", FEBRUARY) == {"individual": 2, "legal_entity": 1}
    # A9; a legal entity has no sex, and actions.appeal_contest does not carry it over to A10.
    assert by("sex", FEBRUARY) == {"female": 1, "": 2}


def test_splits_by_kind_and_channel(appeals):
    assert by("kind") == {"complaint": 6, "application": 2}
    assert by("channel") == {"web": 5, "mobile": 1, "post": 1, "telegram": 1}


def test_splits_by_place_and_topic(appeals, world):
    assert by("region") == {world.region.soato: 8}
    assert by("district") == {world.district_a.soato: 8}
    assert by("category") == {world.roads.code: 8}


def test_a_district_and_a_region_see_their_own_appeals(appeals, world):
    assert values(JANUARY, district=world.district_a.soato)["received"] == 8
    assert values(JANUARY, region=world.region.soato, district=world.district_a.soato)["answered"] == 4
    assert values(JANUARY, region=world.region.soato)["overdue"] == 3
    assert values(JANUARY, district=world.district_b.soato)["received"] == 0


def test_trend_by_month(appeals):
    points = trend_for(
        area=area_resolve(), period=Period(date(2025, 12, 1), date(2026, 3, 1)), indicator="received"
    )
    assert [(p["month"], p["value"]) for p in points] == [
        (date(2025, 12, 1), 0),
        (date(2026, 1, 1), 8),
        (date(2026, 2, 1), 3),
        (date(2026, 3, 1), 0),
    ]
    median = trend_for(area=area_resolve(), period=JANUARY, indicator="median_days_to_answer")
    assert median[0]["value"] == 15.5


@pytest.mark.parametrize("dimension", ["kind", "channel", "sex", "age_band", "organisation", "category"])
def test_every_split_adds_up_to_the_total(appeals, dimension):
    assert sum(by(dimension).values()) == 8


def test_bodies_categories_and_districts_are_kept_by_whole_months(appeals, world):
    from murojaat.core.errors import InvalidInput
    from murojaat.statistics.models import AnswerDaysCount, AppealCount

    assert not AppealCount.objects.filter(
        grain="day", dimension__in=["organisation", "category", "district"]
    ).exists()
    assert not AnswerDaysCount.objects.exclude(dimension="total").exclude(area="", grain="month").exists()
    with pytest.raises(InvalidInput):
        by("organisation", Period(date(2026, 1, 5), date(2026, 1, 20)))
    # The small splits still answer any days.
    assert by("channel", Period(date(2026, 1, 5), date(2026, 1, 7))) == {"web": 2, "mobile": 1}


def test_medians_by_split_are_kept_country_wide(appeals, world):
    rows = breakdown_for(area=area_resolve(), period=JANUARY, dimension="organisation")
    medians = {r["value"]: r["values"]["median_days_to_answer"] for r in rows}
    assert medians == {world.body_a.code: 24, world.body_b.code: 7}  # A1 5, A2 24, A3 25 days; A4 7
    assert by("kind", indicator="median_days_to_answer") == {"complaint": 7, "application": 24}
    # Within a region only the total keeps answer times.
    assert by("organisation", indicator="median_days_to_answer", region=world.region.soato) == {
        world.body_a.code: None,
        world.body_b.code: None,
    }
    assert values(JANUARY, region=world.region.soato)["median_days_to_answer"] == 15.5


def test_the_month_under_way_reads_its_month_row_when_the_period_runs_to_today(appeals, world):
    from django.utils import timezone

    today = timezone.localdate()
    period = Period(today.replace(day=1), today)
    assert by("organisation", period) == {}  # no appeals this month, and no error


def test_rows_are_named_in_the_readers_language_and_a_renamed_body_at_once(appeals, world):
    from django.utils import translation

    def names():
        rows = breakdown_for(area=area_resolve(), period=JANUARY, dimension="organisation")
        return {r["value"]: r["label"] for r in rows}

    assert names()[world.body_a.code] == world.body_a.name_uz
    world.body_a.name_ru = "Хокимият района Карши"
    world.body_a.save()
    with translation.override("ru"):
        assert names()[world.body_a.code] == "Хокимият района Карши"
    world.body_a.name_uz = "Yangi nom bilan hokimlik"
    world.body_a.save()
    assert names()[world.body_a.code] == "Yangi nom bilan hokimlik"  # not the remembered old name
