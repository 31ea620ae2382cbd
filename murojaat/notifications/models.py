"""Messages to applicants, sent by the worker through a channel adapter."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Notification(models.Model):
    class Channel(models.TextChoices):
        EMAIL = "email", _("e-mail")
        SMS = "sms", _("SMS")
        TELEGRAM = "telegram", _("Telegram")

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting")
        SENDING = "sending", _("being sent")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    appeal = models.ForeignKey(
        "appeals.Appeal", null=True, blank=True, on_delete=models.CASCADE, related_name="notifications"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        db_index=False,  # indexed where set (Meta): most messages go to applicants
        help_text=_("Set when the message goes to a body (escalation) rather than the applicant."),
    )
    channel = models.CharField(_("channel"), max_length=16, choices=Channel.choices)
    address = models.CharField(_("address"), max_length=255)
    language = models.CharField(_("language"), max_length=8)
    event = models.CharField(_("event"), max_length=64)
    context = models.JSONField(default=dict)
    # Two scans or two retries of the same event write the same key: the
    # unique constraint makes the second insert a no-op, so nobody is told twice.
    dedupe_key = models.CharField(max_length=200, unique=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    # Pending: not to be tried before this time (backoff after a failure).
    # Sending: the claim's lease; a worker that died mid-send leaves the row
    # "sending", and once the lease has run out the sweep puts it back to pending.
    next_attempt_at = models.DateTimeField(default=timezone.now)  # indexed with the status (Meta)
    claimed_by = models.CharField(max_length=64, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        indexes = [
            # Only rows still to send or being sent: a message leaves the index
            # when it is sent, so the index stays as small as the queue and
            # marking a message sent writes no entry in it.
            models.Index(
                fields=["status", "next_attempt_at"],
                condition=models.Q(status__in=["pending", "sending"]),
                name="notification_due",
            ),
            models.Index(
                fields=["organisation"], condition=models.Q(organisation__isnull=False), name="notification_to_body"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.event} by {self.channel} to {self.address} ({self.status})"

