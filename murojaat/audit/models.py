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
    seq = models.BigIntegerField(_("sequence"), null=True, blank=True)  # unique once set (Meta)
    occurred_at = models.DateTimeField(_("when"), db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("actor"), null=True, blank=True, on_delete=models.PROTECT,
        db_index=False, related_name="+",
    )
    actor_label = models.CharField(_("actor"), max_length=255, blank=True)
    action = models.CharField(_("action"), max_length=64)
    object_type = models.CharField(_("object type"), max_length=64, blank=True)
    object_id = models.CharField(_("object"), max_length=64, blank=True)
    payload = models.JSONField(_("details"), default=dict)
    prev_hash = models.CharField(max_length=64, blank=True, default="")
    hash = models.CharField(max_length=64, null=True, blank=True)  # unique once set (Meta)

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ["id"]
        # Every change writes an event and the sealer updates it once, so each
        # index here is paid twice per change: no LIKE twins of the text
        # columns, and the chain's unique seq and hash (empty until sealed) and
        # the actor (empty for applicants and the system) only where set.
        indexes = [
            # The sealer's only question: which events are not in the chain yet.
            models.Index(fields=["id"], condition=models.Q(seq__isnull=True), name="audit_event_unsealed"),
            models.Index(fields=["action"], name="audit_event_action"),
            models.Index(fields=["object_id"], name="audit_event_object"),
            models.Index(fields=["actor"], condition=models.Q(actor__isnull=False), name="audit_event_actor"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["seq"], condition=models.Q(seq__isnull=False), name="audit_event_seq_unique"),
            models.UniqueConstraint(
                fields=["hash"], condition=models.Q(hash__isnull=False), name="audit_event_hash_unique"
            ),
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
