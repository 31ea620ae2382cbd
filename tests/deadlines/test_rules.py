"""Deadlines of ZRU-445 on real dates of 2025 and 2026.

Facts of the `holidays` package (0.109) these rely on, checked in
test_calendar.py: in 2026 Eid al-Fitr is Friday 20 March, Navruz Saturday
21 March (observed Monday 23 March), Day of Memory and Honor Saturday 9 May
(observed Monday 11 May), Eid al-Adha Wednesday 27 May with decree days off
on 28 and 29 May.
"""

from datetime import UTC, date, datetime

import pytest

from murojaat.core.errors import InvalidInput
from murojaat.deadlines import rules
from murojaat.deadlines.calendar import WorkCalendar
from murojaat.deadlines.models import DayOff
from tests.deadlines.conftest import end_of, tashkent


class TestRegistration:
    def test_it_is_due_the_same_day_within_working_hours(self, uz_calendar):
        assert rules.registration_due(tashkent(2026, 3, 19, 10), calendar=uz_calendar) == end_of(2026, 3, 19)

    def test_before_opening_still_counts_as_that_day(self, uz_calendar):
        assert rules.registration_due(tashkent(2026, 3, 19, 7), calendar=uz_calendar) == end_of(2026, 3, 19)

    def test_after_hours_it_is_due_the_next_working_day(self, uz_calendar):
        assert rules.registration_due(tashkent(2026, 3, 18, 18, 30), calendar=uz_calendar) == end_of(2026, 3, 19)

    def test_received_on_the_eve_of_navruz_it_waits_for_eid_navruz_and_the_observed_monday(self, uz_calendar):
        # Friday 20 March 2026, evening: Eid al-Fitr itself, then Navruz on
        # Saturday, Sunday, Navruz observed on Monday 23 March.
        due = rules.registration_due(tashkent(2026, 3, 20, 19, 45), calendar=uz_calendar)
        assert due == end_of(2026, 3, 24)

    def test_the_deadline_is_the_end_of_the_local_day(self, uz_calendar):
        # 16:00 UTC on Tuesday 17 March is 21:00 in Tashkent: after hours.
        due = rules.registration_due(datetime(2026, 3, 17, 16, 0, tzinfo=UTC), calendar=uz_calendar)
        assert due == end_of(2026, 3, 18)
        assert due == datetime(2026, 3, 18, 18, 59, 59, 999999, tzinfo=UTC)


def test_a_body_that_is_not_competent_forwards_within_five_days(uz_calendar):
    assert rules.forward_due(tashkent(2026, 4, 1), calendar=uz_calendar) == end_of(2026, 4, 6)
    # 3 March 2025 + 5 = Saturday 8 March, Women's Day, observed on Monday 10 March.
    assert rules.forward_due(tashkent(2025, 3, 3), calendar=uz_calendar) == end_of(2025, 3, 11)
    # Sunday 15 March 2026 + 5 = Friday 20 March, Eid al-Fitr: Tuesday 24 March.
    assert rules.forward_due(tashkent(2026, 3, 15), calendar=uz_calendar) == end_of(2026, 3, 24)


class TestAnswer:
    @pytest.mark.parametrize("kind", ["application", "complaint"])
    def test_fifteen_calendar_days_from_receipt(self, uz_calendar, kind):
        due = rules.answer_due(kind=kind, term="standard", decider_received_at=tashkent(2025, 3, 3),
                               calendar=uz_calendar)
        assert due == end_of(2025, 3, 18)

    def test_a_term_ending_on_eid_al_fitr_rolls_past_navruz(self, uz_calendar):
        due = rules.answer_due(kind="application", term="standard", decider_received_at=tashkent(2026, 3, 5),
                               calendar=uz_calendar)
        assert due == end_of(2026, 3, 24)

    def test_a_term_ending_on_eid_al_adha_rolls_past_the_decree_days_and_weekend(self, uz_calendar):
        due = rules.answer_due(kind="complaint", term="standard", decider_received_at=tashkent(2026, 5, 12),
                               calendar=uz_calendar)
        assert due == end_of(2026, 6, 1)

    def test_without_rolling_forward_a_term_may_end_on_a_holiday(self):
        calendar = WorkCalendar(country="UZ", roll_forward=False)
        due = rules.answer_due(kind="application", term="standard", decider_received_at=tashkent(2026, 5, 12),
                               calendar=calendar)
        assert due == end_of(2026, 5, 27)

    def test_extra_study_gives_one_month_clamped_to_month_end(self, uz_calendar):
        due = rules.answer_due(kind="application", term="extra_study", decider_received_at=tashkent(2025, 1, 31),
                               calendar=uz_calendar)
        assert due == end_of(2025, 2, 28)

    def test_one_month_ending_on_a_saturday_rolls_to_monday(self, uz_calendar):
        # 31 January 2026 + 1 month = Saturday 28 February 2026.
        due = rules.answer_due(kind="complaint", term="extra_study", decider_received_at=tashkent(2026, 1, 31),
                               calendar=uz_calendar)
        assert due == end_of(2026, 3, 2)

    @pytest.mark.parametrize("term", ["standard", "extra_study"])
    def test_a_suggestion_gets_one_month_whatever_the_term(self, uz_calendar, term):
        # 10 May 2026 is a Sunday and Monday 11 May the observed Day of Memory and Honor.
        due = rules.answer_due(kind="suggestion", term=term, decider_received_at=tashkent(2026, 4, 10),
                               calendar=uz_calendar)
        assert due == end_of(2026, 5, 12)

    def test_working_mode_counts_fifteen_working_days(self):
        calendar = WorkCalendar(country="UZ", day_mode="working")
        # From Thursday 5 March 2026, skipping weekends, Women's Day observed
        # (9 March), Eid al-Fitr (20 March) and Navruz observed (23 March).
        due = rules.answer_due(kind="application", term="standard", decider_received_at=tashkent(2026, 3, 5),
                               calendar=calendar)
        assert due == end_of(2026, 3, 31)

    def test_unknown_kind_or_term_is_a_programming_error(self, uz_calendar):
        with pytest.raises(ValueError):
            rules.answer_due(kind="petition", term="standard", decider_received_at=tashkent(2026, 3, 5),
                             calendar=uz_calendar)
        with pytest.raises(ValueError):
            rules.answer_due(kind="application", term="long", decider_received_at=tashkent(2026, 3, 5),
                             calendar=uz_calendar)


def test_the_applicant_is_told_of_further_study_within_ten_days(uz_calendar):
    assert rules.further_study_notice_due(tashkent(2025, 3, 3), calendar=uz_calendar) == end_of(2025, 3, 13)
    # 10 March 2026 + 10 = Friday 20 March, Eid al-Fitr.
    assert rules.further_study_notice_due(tashkent(2026, 3, 10), calendar=uz_calendar) == end_of(2026, 3, 24)


class TestExtension:
    # Tuesday 28 April 2026 + 1 month = Thursday 28 May, a decree day off after
    # Eid al-Adha; then 29 May and the weekend: the latest is Monday 1 June.
    current_due = end_of(2026, 4, 28)

    def test_latest_is_one_month_later_rolled_to_a_working_day(self, uz_calendar):
        assert rules.latest_extension(self.current_due, calendar=uz_calendar) == end_of(2026, 6, 1)

    def test_it_returns_the_end_of_the_requested_day(self, uz_calendar):
        new_due = rules.check_extension(current_due=self.current_due, requested_until=tashkent(2026, 5, 15, 10),
                                        already_extended=False, calendar=uz_calendar)
        assert new_due == end_of(2026, 5, 15)

    def test_a_requested_day_off_rolls_forward(self, uz_calendar):
        new_due = rules.check_extension(current_due=self.current_due, requested_until=tashkent(2026, 5, 29),
                                        already_extended=False, calendar=uz_calendar)
        assert new_due == end_of(2026, 6, 1)

    def test_the_latest_date_itself_is_allowed(self, uz_calendar):
        new_due = rules.check_extension(current_due=self.current_due, requested_until=end_of(2026, 6, 1),
                                        already_extended=False, calendar=uz_calendar)
        assert new_due == end_of(2026, 6, 1)

    def test_a_second_extension_is_refused(self, uz_calendar):
        with pytest.raises(InvalidInput) as refused:
            rules.check_extension(current_due=self.current_due, requested_until=tashkent(2026, 5, 15),
                                  already_extended=True, calendar=uz_calendar)
        assert refused.value.code == "extension_repeated"
        assert "only one extension" in str(refused.value.fields["until"])

    @pytest.mark.parametrize("requested", [tashkent(2026, 4, 28, 20), tashkent(2026, 4, 20)])
    def test_a_date_not_after_the_current_due_is_refused(self, uz_calendar, requested):
        with pytest.raises(InvalidInput) as refused:
            rules.check_extension(current_due=self.current_due, requested_until=requested,
                                  already_extended=False, calendar=uz_calendar)
        assert refused.value.code == "extension_not_later"
        assert "until" in refused.value.fields

    def test_more_than_one_month_is_refused(self, uz_calendar):
        with pytest.raises(InvalidInput) as refused:
            rules.check_extension(current_due=self.current_due, requested_until=tashkent(2026, 6, 2),
                                  already_extended=False, calendar=uz_calendar)
        assert refused.value.code == "extension_too_long"
        assert "one month" in str(refused.value.fields["until"])


class TestDaysLeft:
    due = end_of(2026, 3, 24)

    def test_it_counts_local_days(self, uz_calendar):
        assert rules.days_left(self.due, tashkent(2026, 3, 20, 23, 0), calendar=uz_calendar) == 4
        assert rules.days_left(self.due, tashkent(2026, 3, 24, 23, 30), calendar=uz_calendar) == 0

    def test_it_is_negative_once_overdue(self, uz_calendar):
        # 19:30 UTC on 24 March is already 00:30 on 25 March in Tashkent.
        now = datetime(2026, 3, 24, 19, 30, tzinfo=UTC)
        assert rules.days_left(self.due, now, calendar=uz_calendar) == -1
        assert rules.days_left(self.due, tashkent(2026, 4, 3), calendar=uz_calendar) == -10


class TestAdministratorDaysOff:
    """Through the process-wide calendar, as the appeal lifecycle calls the rules."""

    def test_a_day_off_added_by_an_administrator_moves_a_deadline(self, db):
        received = tashkent(2025, 3, 3)
        assert rules.answer_due(kind="application", term="standard", decider_received_at=received) == end_of(
            2025, 3, 18
        )
        DayOff.objects.create(date=date(2025, 3, 18), name="Regional day of mourning")
        assert rules.answer_due(kind="application", term="standard", decider_received_at=received) == end_of(
            2025, 3, 19
        )

    def test_a_saturday_made_a_working_day_ends_a_term(self, db):
        received = tashkent(2026, 1, 31)
        assert rules.answer_due(kind="complaint", term="extra_study", decider_received_at=received) == end_of(
            2026, 3, 2
        )
        DayOff.objects.create(date=date(2026, 2, 28), name="Worked for a bridge day", is_working_day=True)
        assert rules.answer_due(kind="complaint", term="extra_study", decider_received_at=received) == end_of(
            2026, 2, 28
        )

    def test_settings_choose_the_counting(self, db, settings):
        received = tashkent(2026, 5, 12)
        settings.DEADLINE_ROLL_FORWARD = False
        assert rules.answer_due(kind="application", term="standard", decider_received_at=received) == end_of(
            2026, 5, 27
        )
        settings.DEADLINE_ROLL_FORWARD = True
        settings.DEADLINE_DAY_MODE = "working"
        # 15 working days from Tuesday 12 May 2026, skipping Eid al-Adha and its decree days.
        assert rules.answer_due(kind="application", term="standard", decider_received_at=received) == end_of(
            2026, 6, 5
        )
