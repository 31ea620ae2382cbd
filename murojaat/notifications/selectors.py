"""Reading the outbox for one audience."""

from murojaat.notifications.models import Notification


def applicant_messages(appeal_ids):
    """The messages sent (or queued) to the applicant of these appeals, oldest first."""
    return Notification.objects.filter(appeal_id__in=list(appeal_ids), organisation__isnull=True).order_by(
        "created_at", "id"
    )
