"""An append-only, hash-chained record of every state change and every opening
of personal data. Each event's hash covers its content and the previous hash,
so altering or deleting a row breaks the chain at that row.

An event is written without its place in the chain (seq and hash empty) in
the transaction of the change it records; the worker seals new events into
the chain about every second (`chain.seal_pending`). See chain.py for why."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditEvent(models.Model):
    # Empty until sealed into the chain.
    seq = models.BigIntegerField(_("sequence"), unique=True, null=True, blank=True)
    occurred_at = models.DateTimeField(_("when"), db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("actor"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="+",
    )
    actor_label = models.CharField(_("actor"), max_length=255, blank=True)
    action = models.CharField(_("action"), max_length=64, db_index=True)
    object_type = models.CharField(_("object type"), max_length=64, blank=True)
    object_id = models.CharField(_("object"), max_length=64, blank=True, db_index=True)
    payload = models.JSONField(_("details"), default=dict)
    prev_hash = models.CharField(max_length=64, blank=True, default="")
    hash = models.CharField(max_length=64, unique=True, null=True, blank=True)

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ["id"]
        indexes = [
            # The sealer's only question: which events are not in the chain yet.
            models.Index(fields=["id"], condition=models.Q(seq__isnull=True), name="audit_event_unsealed"),
        ]

    def __str__(self) -> str:
        place = f"#{self.seq}" if self.seq is not None else "(not sealed yet)"
        return f"{place} {self.action} {self.object_type}:{self.object_id}"


class AuditChainHead(models.Model):
    """One row that writers lock to append in order (SELECT ... FOR UPDATE)."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    seq = models.BigIntegerField(default=0)
    hash = models.CharField(max_length=64, default="0" * 64)

    def __str__(self) -> str:
        return f"audit chain head #{self.seq}"
