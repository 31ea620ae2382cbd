"""`murojaat worker`: periodic jobs claimed once across workers, queued tasks run, clean stop."""

import signal
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from murojaat.notifications.management.commands.worker import WorkerLoop
from murojaat.notifications.models import Notification, ScheduledJob
from murojaat.notifications.periodic import run_periodic_jobs, scheduled_job_claim
from murojaat.notifications.services import notify_applicant

MINUTE = timedelta(minutes=1)


def test_a_periodic_job_is_claimed_once_per_interval(db):
    now = timezone.now()

    assert scheduled_job_claim(name="scan", interval=MINUTE, now=now) is True
    assert scheduled_job_claim(name="scan", interval=MINUTE, now=now) is False
    assert scheduled_job_claim(name="scan", interval=MINUTE, now=now + timedelta(seconds=30)) is False
    # A cron started slightly earlier next minute still gets its turn.
    assert scheduled_job_claim(name="scan", interval=MINUTE, now=now + timedelta(seconds=58)) is True
    assert ScheduledJob.objects.filter(name="scan").count() == 1


def test_only_the_claiming_worker_runs_the_job_and_records_its_result(db):
    runs = []
    jobs = {"count": lambda: runs.append(1) or {"done": len(runs)}}

    first = run_periodic_jobs(interval=MINUTE, jobs=jobs)
    second = run_periodic_jobs(interval=MINUTE, jobs=jobs)

    assert first == {"count": {"done": 1}}
    assert second == {}
    job = ScheduledJob.objects.get(name="count")
    assert job.last_result == {"done": 1}
    assert job.last_run_at is not None


def test_a_failing_job_does_not_stop_the_others(db):
    def broken():
        raise RuntimeError("database went away")

    results = run_periodic_jobs(interval=MINUTE, jobs={"broken": broken, "fine": lambda: {"ok": 1}})

    assert results == {"broken": {"error": "RuntimeError: database went away"}, "fine": {"ok": 1}}


@pytest.mark.usefixtures("immediate_tasks")
def test_worker_once_runs_the_deadline_scan_and_sends_its_alerts(
    make_appeal, world, django_capture_on_commit_callbacks
):
    world.body_a.email = "qarshi@example.uz"
    world.body_a.save()
    appeal = make_appeal(due_at=timezone.now() + timedelta(days=1))

    with django_capture_on_commit_callbacks(execute=True):
        call_command("worker", "--once")

    assert [m.to for m in mail.outbox] == [["qarshi@example.uz"]]
    assert appeal.tracking_code in mail.outbox[0].subject
    assert set(ScheduledJob.objects.values_list("name", flat=True)) == {
        "send_due_notifications",
        "scan_deadlines",
        "refresh_statistics",
        "refresh_trends",
        "purge_idempotency_keys",
        "purge_drafts",
    }


# Transactional: the database worker checks its connection between tasks and
# would close one that sits inside a test's transaction (PostgreSQL).
@pytest.mark.django_db(transaction=True)
def test_worker_once_runs_the_tasks_queued_in_the_database(make_appeal):
    from django_tasks_db.models import DBTaskResult

    appeal = make_appeal(email="dilnoza@example.uz")
    notify_applicant(appeal=appeal, event="received")  # no transaction around it: enqueued at once
    assert DBTaskResult.objects.filter(queue_name="notifications").count() == 1
    # The sweep must not get there first: this checks the queue is drained.
    ScheduledJob.objects.create(
        name="send_due_notifications", next_run_at=timezone.now() + timedelta(hours=1)
    )

    call_command("worker", "--once")

    assert len(mail.outbox) == 1
    assert Notification.objects.get().status == Notification.Status.SENT
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"


def test_a_stop_signal_lets_the_current_task_finish_and_a_second_one_exits_at_once():
    loop = WorkerLoop(scan_interval=60, interval=1, once=False)

    loop.stop(signal.SIGTERM, None)
    assert loop.stopping.is_set()
    loop.run()  # returns at once: nothing more is started

    with pytest.raises(SystemExit):
        loop.stop(signal.SIGTERM, None)


@pytest.mark.django_db(transaction=True)
def test_a_receipt_is_queued_without_a_task_and_the_next_worker_round_sends_it(world):
    from django_tasks_db.models import DBTaskResult

    from tests.appeals.factories import file_appeal

    file_appeal(world, phone="", email="dilnoza@example.uz")
    assert Notification.objects.get().status == Notification.Status.PENDING
    assert not DBTaskResult.objects.exists()  # the pending row is the outbox
    # Every round sends pending rows, whatever the periodic sweep's schedule.
    ScheduledJob.objects.create(name="send_due_notifications", next_run_at=timezone.now() + timedelta(hours=1))

    call_command("worker", "--once")

    assert len(mail.outbox) == 1
    assert Notification.objects.get().status == Notification.Status.SENT
