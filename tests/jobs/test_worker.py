"""`murojaat worker`: the registered jobs run, queued tasks run, outboxes drained every round, clean stop."""

import signal
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from murojaat.jobs.models import ScheduledJob
from murojaat.jobs.registry import periodic_jobs
from murojaat.jobs.worker import WorkerLoop
from murojaat.notifications.models import Notification
from murojaat.notifications.services import notify_applicant


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
        "deadlines_scan",
        "counts_refresh",
        "weekly_counts_refresh",
        "idempotency_keys_purge",
        "drafts_purge",
        "routers_retrain",
    }


# Transactional: the database worker checks its connection between tasks and
# would close one that sits inside a test's transaction (PostgreSQL).
@pytest.mark.django_db(transaction=True)
def test_worker_once_runs_the_tasks_queued_in_the_database(make_appeal):
    from django_tasks_db.models import DBTaskResult

    appeal = make_appeal(email="dilnoza@example.uz")
    notify_applicant(appeal=appeal, event="received")  # no transaction around it: enqueued at once
    assert DBTaskResult.objects.filter(queue_name="notifications").count() == 1

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
    # Every round drains the outboxes, whatever the periodic jobs' schedule.
    for job in periodic_jobs():
        ScheduledJob.objects.create(name=job.name, next_run_at=timezone.now() + timedelta(hours=1))

    call_command("worker", "--once")

    assert len(mail.outbox) == 1
    assert Notification.objects.get().status == Notification.Status.SENT
