import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def attachment_path(instance: "Attachment", filename: str) -> str:
    # Names come from us, never from the uploader: no path tricks reach storage.
    return f"appeals/{instance.appeal.tracking_code}/{instance.sha256[:16]}.{instance.extension}"


class Attachment(models.Model):
    """A file attached to an appeal, already inspected and cleaned by
    `murojaat.attachments.inspection`; written only by `services.attachment_add`."""

    # Addressed by this opaque code in every URL, never by the sequential id.
    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    appeal = models.ForeignKey("appeals.Appeal", on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(_("file"), upload_to=attachment_path, max_length=255)
    # The uploader's name, sanitised; for display and downloads only.
    original_name = models.CharField(_("original name"), max_length=255)
    content_type = models.CharField(_("type"), max_length=100)
    extension = models.CharField(max_length=8)
    size = models.PositiveIntegerField(_("size in bytes"))
    sha256 = models.CharField(max_length=64)  # of the stored (cleaned) bytes
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["uploaded_at", "id"]
        constraints = [
            # The same file attached twice is one attachment.
            models.UniqueConstraint(fields=["appeal", "sha256"], name="attachment_unique_per_appeal"),
        ]

    def __str__(self) -> str:
        return self.original_name
