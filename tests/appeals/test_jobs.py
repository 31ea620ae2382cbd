"""appeals/jobs.py: the deadline scan (which bodies are alerted, once a day, and who is escalated)."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from murojaat.appeals import actions
from murojaat.appeals.jobs import deadlines_scan
from murojaat.appeals.models import Appeal, Kind, Status
from murojaat.notifications.models import Notification
from tests.notifications import conftest as notification_fixtures

# Appeals made directly, with what each test needs set; SMS into a temp file.
make_appeal = notification_fixtures.make_appeal
sms_to_file = notification_fixtures.sms_to_file

TASHKENT = ZoneInfo("Asia/Tashkent")
NOW = datetime(2026, 3, 10, 10, 0, tzinfo=TASHKENT)


def at(day: int, hour: int = 18) -> datetime:
    return datetime(2026, 3, day, hour, 0, tzinfo=TASHKENT)


@pytest.fixture
def escalations(monkeypatch):
    """Stands in for actions.appeal_escalate(), recording calls and setting escalated_at as it does."""
    calls = []

    def escalate(*, appeal, at=None, actor=None):
        calls.append((appeal.tracking_code, at))
        Appeal.objects.filter(pk=appeal.pk).update(escalated_at=at)
        return appeal

    monkeypatch.setattr(actions, "appeal_escalate", escalate)
    return calls


@pytest.fixture
def body_a(world):
    world.body_a.email = "qarshi@example.uz"
    world.body_a.save()
    return world.body_a


def alerts():
    return sorted(
        (n.appeal.tracking_code, n.event, n.context.get("seq"))
        for n in Notification.objects.filter(organisation__isnull=False).select_related("appeal")
    )


def test_it_alerts_the_body_before_and_after_the_due_date(make_appeal, body_a, escalations):
    received = at(1, 9)
    tomorrow = make_appeal(received_at=received, due_at=at(11))
    today = make_appeal(received_at=received, due_at=at(10))
    late = make_appeal(received_at=received, due_at=at(9), status=Status.IN_PROGRESS)
    make_appeal(received_at=received, due_at=at(20))  # not yet
    make_appeal(received_at=received, due_at=at(9), extended_until=at(20))  # extended
    make_appeal(received_at=received, due_at=at(9), status=Status.ANSWERED)  # done

    counts = deadlines_scan(now=NOW)

    assert alerts() == sorted(
        [
            (tomorrow.tracking_code, "due_tomorrow", "2026-03-10"),
            (today.tracking_code, "due_today", "2026-03-10"),
            (late.tracking_code, "overdue", "2026-03-10"),
        ]
    )
    assert escalations == [(late.tracking_code, NOW)]
    assert counts["due_tomorrow"] == counts["due_today"] == counts["overdue"] == counts["escalated"] == 1
    assert counts["alerts_created"] == 3
    assert set(Notification.objects.values_list("address", flat=True)) == {"qarshi@example.uz"}


def test_an_appeal_whose_due_moment_passed_today_is_overdue(make_appeal, body_a, escalations):
    appeal = make_appeal(received_at=at(1), due_at=at(10, 9))  # due 09:00, now 10:00

    deadlines_scan(now=NOW)

    assert alerts() == [(appeal.tracking_code, "overdue", "2026-03-10")]


def test_running_twice_a_day_alerts_once_and_escalates_once(make_appeal, body_a, escalations):
    late = make_appeal(received_at=at(1), due_at=at(9))
    make_appeal(received_at=at(1), due_at=at(11))

    deadlines_scan(now=NOW)
    second = deadlines_scan(now=NOW + timedelta(hours=3))

    assert second["alerts_created"] == 0
    assert len(alerts()) == 2
    assert escalations == [(late.tracking_code, NOW)]

    next_day = deadlines_scan(now=NOW + timedelta(days=1))

    # Still late the next day: the body hears again; the supervisor does not.
    assert (next_day["overdue"], next_day["due_today"], next_day["alerts_created"]) == (1, 1, 2)
    assert len(escalations) == 1


def test_it_reminds_the_body_to_tell_of_further_study(make_appeal, body_a, escalations):
    late_notice = make_appeal(
        kind=Kind.SUGGESTION, received_at=at(1), due_at=at(31), further_study_notice_due_at=at(9)
    )
    make_appeal(
        kind=Kind.SUGGESTION,
        received_at=at(1),
        due_at=at(31),
        further_study_notice_due_at=at(9),
        further_study_notified_at=at(8),
    )
    make_appeal(kind=Kind.SUGGESTION, received_at=at(1), due_at=at(31), further_study_notice_due_at=at(12))

    counts = deadlines_scan(now=NOW)

    assert counts["further_study_notice_overdue"] == 1
    (notification,) = Notification.objects.all()
    assert (notification.appeal, notification.event) == (late_notice, "further_study_notice_overdue")
    assert notification.context["due_date"] == "2026-03-09"


def test_a_body_without_email_is_skipped_but_still_escalated(make_appeal, world, escalations):
    late = make_appeal(organisation=world.body_b, received_at=at(1), due_at=at(9))

    counts = deadlines_scan(now=NOW)

    assert counts["alerts_created"] == 0
    assert escalations == [(late.tracking_code, NOW)]


def test_one_refused_escalation_does_not_stop_the_others(make_appeal, body_a, monkeypatch):
    first = make_appeal(received_at=at(1), due_at=at(8))
    second = make_appeal(received_at=at(1), due_at=at(9))
    escalated = []

    def escalate(*, appeal, at=None, actor=None):
        if appeal.pk == first.pk:
            raise RuntimeError("answered a moment ago")
        escalated.append(appeal.pk)

    monkeypatch.setattr(actions, "appeal_escalate", escalate)

    counts = deadlines_scan(now=NOW)

    assert escalated == [second.pk]
    assert counts["escalation_errors"] == 1 and counts["escalated"] == 1


def test_its_queries_do_not_grow_with_the_number_of_appeals(make_appeal, body_a, escalations):
    def queries_for_a_scan(day: int) -> int:
        with CaptureQueriesContext(connection) as queries:
            deadlines_scan(now=NOW + timedelta(days=day))
        return len(queries)

    for _ in range(3):
        make_appeal(received_at=at(1), due_at=at(12))
    few = queries_for_a_scan(day=1)
    for _ in range(30):
        make_appeal(received_at=at(1), due_at=at(13))
    many = queries_for_a_scan(day=2)

    assert many == few
    assert Notification.objects.count() == 3 + 33


def test_with_the_real_lifecycle_the_supervising_body_hears_of_an_overdue_appeal(make_appeal, body_a, world):
    world.regional_hokimiyat.email = "viloyat@example.uz"
    world.regional_hokimiyat.save()
    late = make_appeal(received_at=at(1), due_at=at(9))

    deadlines_scan(now=NOW)

    late.refresh_from_db()
    assert late.escalated_at == NOW
    escalated = Notification.objects.get(event="escalated")
    assert (escalated.organisation, escalated.appeal) == (world.regional_hokimiyat, late)
