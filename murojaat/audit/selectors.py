"""Reading the audit trail for one audience."""

from django.db.models import QuerySet

from murojaat.audit.models import AuditEvent


def events_about(*, object_type: str, object_ids, actions) -> QuerySet[AuditEvent]:
    """The events of the given actions about these objects, newest first."""
    ids = [str(i) for i in object_ids]
    return (
        AuditEvent.objects.filter(object_type=object_type, object_id__in=ids, action__in=list(actions))
        .select_related("actor")
        .order_by("-occurred_at", "-id")
    )


def events_by_actor(user, *, actions) -> QuerySet[AuditEvent]:
    return AuditEvent.objects.filter(actor=user, action__in=list(actions)).order_by("-occurred_at", "-id")
