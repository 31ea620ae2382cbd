"""Sending: one claim wins, failures back off and end as failed, lost work is swept up."""

import threading
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone

from murojaat.notifications.channels import DeliveryError
from murojaat.notifications.models import Notification
from murojaat.notifications.services import notify_applicant
from murojaat.notifications.tasks import (
    SENDING_LEASE,
    notification_claim,
    notifications_claim_due,
    notifications_send_due,
    retry_delay,
    send_notification,
)

Status = Notification.Status


@pytest.fixture
def email_notification(make_appeal):
    appeal = make_appeal(email="dilnoza@example.uz")
    (notification,) = notify_applicant(appeal=appeal, event="answered")
    return notification


@pytest.fixture
def broken_email(monkeypatch):
    """The mail server refuses every message."""
    calls = []

    def refuse(notification):
        calls.append(notification.pk)
        raise DeliveryError("connection refused")

    monkeypatch.setattr("murojaat.notifications.channels.email.adapter.send", refuse)
    return calls


def test_it_sends_an_email_and_marks_it_sent(email_notification):
    assert send_notification.call(email_notification.pk) == "sent"

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["dilnoza@example.uz"]
    assert "is answered" not in mail.outbox[0].subject  # Uzbek applicant, Uzbek words
    assert "javob" in mail.outbox[0].subject
    email_notification.refresh_from_db()
    assert email_notification.status == Status.SENT
    assert email_notification.sent_at is not None
    assert email_notification.attempts == 1


def test_the_same_notification_handed_out_twice_is_sent_once(email_notification):
    assert send_notification.call(email_notification.pk) == "sent"
    assert send_notification.call(email_notification.pk) == "skipped"

    assert len(mail.outbox) == 1


def test_a_second_claim_is_refused_while_the_first_holds_it(email_notification):
    assert notification_claim(notification_id=email_notification.pk, worker="one") is True
    assert notification_claim(notification_id=email_notification.pk, worker="two") is False

    email_notification.refresh_from_db()
    assert email_notification.status == Status.SENDING
    assert email_notification.claimed_by == "one"


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="threads racing need a real server")
def test_two_workers_claiming_at_the_same_moment_get_one_claim(make_appeal):
    appeal = make_appeal(email="dilnoza@example.uz")
    (notification,) = notify_applicant(appeal=appeal, event="answered")
    start = threading.Barrier(2)
    results = []

    def claim(worker):
        try:
            start.wait()
            results.append(notification_claim(notification_id=notification.pk, worker=worker))
        finally:
            connection.close()

    threads = [threading.Thread(target=claim, args=(name,)) for name in ("one", "two")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(results) == [False, True]


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="threads racing need a real server")
def test_two_sweeps_at_the_same_moment_share_the_due_rows_without_overlap(make_appeal):
    for i in range(30):
        notify_applicant(appeal=make_appeal(email=f"fuqaro{i}@example.uz"), event="answered")
    start = threading.Barrier(2)
    claimed = {}

    def sweep(worker):
        try:
            start.wait()
            claimed[worker] = notifications_claim_due(worker=worker, limit=20)
        finally:
            connection.close()

    threads = [threading.Thread(target=sweep, args=(name,)) for name in ("one", "two")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert not set(claimed["one"]) & set(claimed["two"])
    assert len(claimed["one"]) + len(claimed["two"]) == 30  # 20 + 10: the second skipped the first's rows
    for worker, ids in claimed.items():
        assert set(Notification.objects.filter(claimed_by=worker).values_list("pk", flat=True)) == set(ids)


def test_a_sweep_claims_the_oldest_due_rows_first_and_leaves_the_rest_pending(make_appeal):
    notifications = [
        notify_applicant(appeal=make_appeal(email=f"fuqaro{i}@example.uz"), event="answered")[0] for i in range(3)
    ]
    Notification.objects.filter(pk=notifications[0].pk).update(next_attempt_at=timezone.now() - timedelta(hours=1))
    Notification.objects.filter(pk=notifications[2].pk).update(next_attempt_at=timezone.now() + timedelta(hours=1))

    assert notifications_claim_due(worker="one", limit=10) == [notifications[0].pk, notifications[1].pk]
    assert Notification.objects.get(pk=notifications[2].pk).status == Status.PENDING
    assert notifications_claim_due(worker="two", limit=10) == []  # nothing else is due


def test_it_is_not_sent_before_its_time(email_notification):
    Notification.objects.filter(pk=email_notification.pk).update(
        next_attempt_at=timezone.now() + timedelta(minutes=5)
    )

    assert send_notification.call(email_notification.pk) == "skipped"
    assert mail.outbox == []


def test_a_failed_delivery_is_retried_later_with_growing_delays(email_notification, broken_email):
    before = timezone.now()
    assert send_notification.call(email_notification.pk) == "retry"

    email_notification.refresh_from_db()
    assert email_notification.status == Status.PENDING
    assert email_notification.attempts == 1
    assert email_notification.last_error == "connection refused"
    assert email_notification.next_attempt_at >= before + timedelta(minutes=1)
    # Not due yet: asking again does not hammer the server.
    assert send_notification.call(email_notification.pk) == "skipped"
    assert broken_email == [email_notification.pk]
    assert [retry_delay(n) for n in (1, 2, 3, 4)] == [timedelta(minutes=m) for m in (1, 2, 4, 8)]
    assert retry_delay(30) == timedelta(hours=2)


def test_it_gives_up_after_the_maximum_attempts(email_notification, broken_email, settings):
    settings.NOTIFICATION_MAX_ATTEMPTS = 3
    outcomes = []
    for _ in range(3):
        Notification.objects.filter(pk=email_notification.pk).update(next_attempt_at=timezone.now())
        outcomes.append(send_notification.call(email_notification.pk))

    assert outcomes == ["retry", "retry", "failed"]
    email_notification.refresh_from_db()
    assert email_notification.status == Status.FAILED
    assert email_notification.attempts == 3
    Notification.objects.filter(pk=email_notification.pk).update(next_attempt_at=timezone.now())
    assert send_notification.call(email_notification.pk) == "skipped"
    assert len(broken_email) == 3


def test_a_number_no_gateway_can_reach_fails_at_once(make_appeal):
    appeal = make_appeal(phone="+7 912 345-67-89")
    (notification,) = notify_applicant(appeal=appeal, event="received")

    assert send_notification.call(notification.pk) == "failed"
    notification.refresh_from_db()
    assert notification.attempts == 1
    assert "not an Uzbek mobile number" in notification.last_error


def test_a_retry_is_enqueued_for_its_time_on_the_database_queue(email_notification, broken_email):
    from django_tasks_db.models import DBTaskResult

    send_notification.call(email_notification.pk)

    email_notification.refresh_from_db()
    retry = DBTaskResult.objects.get()
    assert retry.args_kwargs["args"] == [email_notification.pk]
    assert retry.run_after == email_notification.next_attempt_at


def test_the_sweep_sends_what_no_task_was_enqueued_for(make_appeal):
    appeal = make_appeal(email="dilnoza@example.uz", phone="+998901234567")
    notify_applicant(appeal=appeal, event="received")  # the on-commit enqueue never runs in this test

    result = notifications_send_due()

    assert result == {"released": 0, "sent": 2}
    assert len(mail.outbox) == 1
    assert set(Notification.objects.values_list("status", flat=True)) == {"sent"}


def test_the_sweep_returns_a_row_whose_sender_died_and_sends_it(email_notification):
    # A worker claimed it and vanished.
    claimed_at = timezone.now() - SENDING_LEASE - timedelta(minutes=1)
    Notification.objects.filter(pk=email_notification.pk).update(next_attempt_at=claimed_at)
    assert notification_claim(notification_id=email_notification.pk, worker="dead", now=claimed_at)

    assert notifications_send_due(now=claimed_at + timedelta(minutes=5)) == {"released": 0}
    result = notifications_send_due()

    assert result == {"released": 1, "sent": 1}
    email_notification.refresh_from_db()
    assert email_notification.status == Status.SENT
    assert email_notification.attempts == 2  # the lost attempt counts


def test_a_sweep_marks_what_it_sent_in_groups_not_one_update_per_message(make_appeal):
    from django.test.utils import CaptureQueriesContext

    for i in range(45):
        notify_applicant(appeal=make_appeal(email=f"fuqaro{i}@example.uz"), event="answered")

    with CaptureQueriesContext(connection) as captured:
        result = notifications_send_due()

    assert result == {"released": 0, "sent": 45}
    assert len(mail.outbox) == 45
    assert set(Notification.objects.values_list("status", "attempts")) == {("sent", 1)}
    marks = [q["sql"] for q in captured.captured_queries if q["sql"].startswith("UPDATE") and "'sent'" in q["sql"]]
    assert len(marks) == 3  # 20 + 20 + 5
