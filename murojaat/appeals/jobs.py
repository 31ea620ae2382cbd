"""The appeals app's background work, run by `murojaat worker` (murojaat/jobs/):
the deadline scan every minute and the hourly purge of expired idempotency keys.

The deadline scan alerts bodies before and after an answer falls due. For
each open appeal due within the next two local days or already late it alerts
the body that has it:

- due tomorrow (local date)  -> "due_tomorrow"
- due today, not yet passed  -> "due_today"
- the due moment has passed  -> "overdue", and the first time the appeal is
  escalated to the supervising body by the lifecycle (which audits and notifies)

and for suggestions whose applicant had to be told of further study and was
not -> "further_study_notice_overdue".

Alerts carry the local date as their sequence, so the dedupe key lets each one
go out once per day however often the scan runs. Cost: one query per chunk of
appeals to read them, three per chunk to write the alerts; the escalation of a
newly overdue appeal (once in its life) is the lifecycle's own step.
"""

import logging
from datetime import datetime, time, timedelta

from django.db.models import Q
from django.utils import timezone

from murojaat.appeals import actions
from murojaat.appeals.idempotency import idempotency_keys_purge
from murojaat.appeals.models import Appeal, Kind, Status
from murojaat.jobs.registry import periodic_job
from murojaat.notifications.services import notify_bodies

logger = logging.getLogger(__name__)

OPEN_STATUSES = (Status.RECEIVED, Status.REGISTERED, Status.IN_PROGRESS)
CHUNK = 500


def deadlines_scan(*, now: datetime | None = None) -> dict:
    now = now or timezone.now()
    today = timezone.localdate(now)
    # Everything due before the start of the day after tomorrow is of interest.
    horizon = timezone.make_aware(datetime.combine(today + timedelta(days=2), time.min))
    counts = {
        "due_tomorrow": 0,
        "due_today": 0,
        "overdue": 0,
        "escalated": 0,
        "escalation_errors": 0,
        "further_study_notice_overdue": 0,
        "alerts_created": 0,
    }

    due_soon = (
        # Spelled out rather than Coalesce() so the (status, due_at) index serves it.
        Appeal.objects.filter(status__in=OPEN_STATUSES)
        .filter(Q(extended_until__lt=horizon) | Q(extended_until__isnull=True, due_at__lt=horizon))
        .select_related("organisation")
        .order_by("pk")
    )
    to_escalate = []
    alerts = []
    for appeal in due_soon.iterator(chunk_size=CHUNK):
        event = _deadline_event(appeal.effective_due_at, now=now, today=today)
        if event is None:
            continue
        counts[event] += 1
        alerts.append((appeal.organisation, appeal, event, {"seq": today.isoformat()}))
        if event == "overdue" and appeal.escalated_at is None:
            to_escalate.append(appeal)
        if len(alerts) >= CHUNK:
            counts["alerts_created"] += len(notify_bodies(alerts=alerts))
            alerts = []

    notice_late = (
        Appeal.objects.filter(
            status__in=OPEN_STATUSES,
            kind=Kind.SUGGESTION,
            further_study_notice_due_at__lte=now,
            further_study_notified_at__isnull=True,
        )
        .select_related("organisation")
        .order_by("pk")
    )
    for appeal in notice_late.iterator(chunk_size=CHUNK):
        counts["further_study_notice_overdue"] += 1
        alerts.append(
            (
                appeal.organisation,
                appeal,
                "further_study_notice_overdue",
                {
                    "seq": today.isoformat(),
                    "due_date": timezone.localdate(appeal.further_study_notice_due_at).isoformat(),
                },
            )
        )
        if len(alerts) >= CHUNK:
            counts["alerts_created"] += len(notify_bodies(alerts=alerts))
            alerts = []
    counts["alerts_created"] += len(notify_bodies(alerts=alerts))

    if to_escalate:
        for appeal in to_escalate:
            try:
                actions.appeal_escalate(appeal=appeal, at=now)
            except Exception:
                # One appeal the lifecycle refuses (escalated meanwhile by another
                # scan, answered a moment ago) must not stop the others.
                logger.exception("could not escalate appeal %s", appeal.tracking_code)
                counts["escalation_errors"] += 1
            else:
                counts["escalated"] += 1
    return counts


def _deadline_event(due: datetime, *, now: datetime, today) -> str | None:
    if due < now:
        return "overdue"
    due_day = timezone.localdate(due)
    if due_day == today:
        return "due_today"
    if due_day == today + timedelta(days=1):
        return "due_tomorrow"
    return None


periodic_job("deadlines_scan", deadlines_scan)
# Keys live a day (idempotency.py); an hour more or less before one goes is no matter.
periodic_job("idempotency_keys_purge", idempotency_keys_purge, every=timedelta(hours=1))
