"""Queueing notifications to applicants and to bodies.

A step of the appeal lifecycle calls `notify_applicant` inside its transaction.
We only write rows here; sending waits for the commit (`transaction.on_commit`),
so a step that rolls back never messages anyone, and the network is never
touched while the appeal row is locked. Intake (`new_appeal=True`) with the
database task queue writes its task rows in the same transaction instead: they
become visible to the workers only when the appeal commits.

Each row has a dedupe key built from the appeal, the event, the channel and a
sequence (`context["seq"]`, e.g. the local date for the daily deadline
alerts). The key is unique in the database: the same event reported twice (a
retried request, two scans at once) inserts nothing the second time.
"""

import contextlib
import contextvars
import logging
from collections.abc import Iterable, Iterator
from datetime import date, datetime

from django.conf import settings
from django.db import connection, models, transaction
from django.utils import timezone

from murojaat.core.i18n import localized
from murojaat.jobs.outboxes import worker_drains_outboxes
from murojaat.notifications.models import Notification

logger = logging.getLogger(__name__)

# Events that may legitimately happen more than once to one appeal. When the
# caller gives no `seq`, the new due date (and the new body) tell the second
# occurrence from a retry of the first.
REPEATABLE_EVENTS = {"forwarded", "extended"}

# Replaying history (the demo loader, a legacy import of long-answered
# appeals) must not message people about events of months ago.
_muted = contextvars.ContextVar("murojaat_notifications_muted", default=False)


@contextlib.contextmanager
def muted() -> Iterator[None]:
    """Within this block no notification is created or sent."""
    token = _muted.set(True)
    try:
        yield
    finally:
        _muted.reset(token)


def notify_applicant(
    *, appeal, event: str, context: dict | None = None, new_appeal: bool = False
) -> list[Notification]:
    """One message per contact the applicant gave (e-mail, phone), in the applicant's language.

    Returns the notifications this call created; an event already notified
    (same dedupe key) returns nothing new. `new_appeal=True` (intake, for an
    appeal inserted in the caller's transaction) skips the dedupe read: no
    other transaction can have seen the appeal, so no key can exist yet.
    """
    return _queue(_applicant_messages(appeal, event, context), new_appeal=new_appeal)


def receipt_outbox_rows(*, appeal, event: str, context: dict | None = None) -> list[Notification] | None:
    """For intake, which writes its rows together: the
    unsaved messages to the applicant of a brand-new appeal when the pending
    rows are the outbox (database task queue: every worker round sends them).
    None when this set-up needs `notify_applicant` instead (another queue
    backend wants the ids to enqueue after commit)."""
    if not worker_drains_outboxes():
        return None
    return _applicant_messages(appeal, event, context)


def _applicant_messages(appeal, event: str, context: dict | None) -> list[Notification]:
    if _muted.get():
        return []
    try:
        applicant = appeal.applicant
    except models.ObjectDoesNotExist:
        return []
    language = appeal.language or settings.LANGUAGE_CODE
    contacts = [(Notification.Channel.EMAIL, applicant.email), (Notification.Channel.SMS, applicant.phone)]
    if appeal.applicant_user_id:
        # A signed-in applicant's settings (the cabinet): the channels they
        # allow and the language they chose. Anonymous applicants: as given.
        person = appeal.applicant_user
        language = person.notify_language or language
        allowed = {Notification.Channel.EMAIL: person.notify_email, Notification.Channel.SMS: person.notify_sms}
        contacts = [(channel, address) for channel, address in contacts if allowed[channel]]
    values = _message_context(appeal, language, context or {})
    seq = _seq(event, appeal, values)
    return [
        Notification(
            appeal=appeal,
            channel=channel,
            address=address.strip(),
            language=language,
            event=event,
            context=values,
            dedupe_key=f"appeal:{appeal.pk}:{event}:{channel}:{seq}",
        )
        for channel, address in contacts
        if address and address.strip()
    ]


def notify_body(*, organisation, appeal, event: str, context: dict | None = None) -> list[Notification]:
    """Alert a body (deadline alerts, escalations, low ratings) at its e-mail address."""
    return notify_bodies(alerts=[(organisation, appeal, event, context)])


def notify_bodies(*, alerts: Iterable[tuple]) -> list[Notification]:
    """Many body alerts in a few queries: (organisation, appeal, event, context) each.
    The deadline scan uses this so its cost does not grow by a query per appeal."""
    if _muted.get():
        return []
    language = settings.LANGUAGE_CODE  # bodies work in the state language
    candidates = []
    for organisation, appeal, event, context in alerts:
        address = (organisation.email or "").strip()
        if not address:
            continue
        values = _message_context(appeal, language, context or {})
        seq = _seq(event, appeal, values)
        channel = Notification.Channel.EMAIL
        candidates.append(
            Notification(
                appeal=appeal,
                organisation=organisation,
                channel=channel,
                address=address,
                language=language,
                event=event,
                context=values,
                dedupe_key=f"body:{organisation.pk}:appeal:{appeal.pk}:{event}:{channel}:{seq}",
            )
        )
    return _queue(candidates)


def _queue(candidates: list[Notification], *, new_appeal: bool = False) -> list[Notification]:
    if not candidates:
        return []
    if new_appeal and connection.features.can_return_rows_from_bulk_insert:
        # One insert that returns the ids; nothing to read first for a new appeal.
        created = Notification.objects.bulk_create(candidates)
        _enqueue_on_commit([n.pk for n in created])
        return created
    keys = [n.dedupe_key for n in candidates]
    existing = set(Notification.objects.filter(dedupe_key__in=keys).values_list("dedupe_key", flat=True))
    fresh = [n for n in candidates if n.dedupe_key not in existing]
    if not fresh:
        return []
    # ignore_conflicts: a concurrent transaction may insert the same key after
    # our read; the unique index keeps one row and neither of us fails.
    Notification.objects.bulk_create(fresh, ignore_conflicts=True)
    # Inserting with ignore_conflicts does not give the ids back, so read them.
    created = list(Notification.objects.filter(dedupe_key__in=[n.dedupe_key for n in fresh]).order_by("pk"))
    _enqueue_on_commit([n.pk for n in created])
    return created


def _enqueue_on_commit(ids: list[int]) -> None:
    def enqueue_after_commit() -> None:
        # A named function, not functools.partial: Django logs a failing robust
        # callback by its __qualname__, which a partial does not have.
        _enqueue_sending(ids)

    transaction.on_commit(enqueue_after_commit, robust=True)


def _enqueue_sending(notification_ids: list[int]) -> None:
    from murojaat.notifications.tasks import send_notification

    for notification_id in notification_ids:
        try:
            send_notification.enqueue(notification_id)
        except Exception:
            # The row is committed and pending: the worker's sweep
            # (`notifications_send_due`) sends it even if this enqueue is lost.
            logger.exception("could not enqueue notification %s; the sweep will send it", notification_id)


def _message_context(appeal, language: str, context: dict) -> dict:
    """What the message needs, as plain JSON values in the reader's language.
    The caller's keys win over the defaults taken from the appeal."""
    values = {
        "tracking_code": appeal.tracking_code,
        "due_date": _local_date_iso(appeal.effective_due_at),
        "body_name": localized(appeal.organisation, "name", language),
    }
    if appeal.rating is not None:
        values["rating"] = appeal.rating
    for key, value in context.items():
        values[key] = _plain(value, language)
    if "into" in values and "merged_into" not in values:
        values["merged_into"] = values["into"]  # the lifecycle's name for the other appeal
    return values


def _seq(event: str, appeal, values: dict) -> str:
    seq = values.get("seq", "")
    if seq in ("", None) and event in REPEATABLE_EVENTS:
        seq = f"{appeal.organisation_id}-{values.get('due_date', '')}"
    return str(seq)


def _plain(value, language: str):
    if isinstance(value, datetime):
        return _local_date_iso(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, models.Model) and hasattr(value, "name_uz"):
        return localized(value, "name", language)
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list | tuple):
        return [_plain(v, language) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v, language) for k, v in value.items()}
    return str(value)


def _local_date_iso(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return (
        timezone.localtime(moment).date().isoformat()
        if timezone.is_aware(moment)
        else moment.date().isoformat()
    )
