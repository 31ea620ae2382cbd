"""Adding attachments to appeals and opening them again.

Files are written through the model's FileField, i.e. the configured default
storage, so an S3-compatible backend is a settings change (STORAGES).
"""

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from murojaat.appeals.models import Status
from murojaat.attachments.inspection import inspect_upload
from murojaat.attachments.models import Attachment
from murojaat.core.errors import InvalidInput, InvalidTransition

# Once an appeal is decided its file is complete; new material is a new appeal.
CLOSED_STATUSES = {Status.ANSWERED, Status.CLOSED, Status.LEFT_WITHOUT_CONSIDERATION, Status.MERGED}


def attachment_add(*, appeal, upload, actor=None) -> Attachment:
    """Inspect, clean and store one file on an appeal; return its Attachment.

    `upload` is a Django UploadedFile or a (name, bytes) pair. The same file
    (after cleaning) attached again returns the attachment already there,
    even when the appeal has reached the limit.
    """
    if appeal.status in CLOSED_STATUSES:
        raise InvalidTransition(
            _("Files can no longer be attached: this appeal has already been answered or closed."),
            code="attachment_closed",
        )
    name, source = upload if isinstance(upload, tuple) else (upload.name or "", upload)
    try:
        inspected = inspect_upload(name, source, max_bytes=settings.ATTACHMENT_MAX_BYTES)
    except InvalidInput:
        # At the limit, "no more files" is the more useful answer.
        if appeal.attachments.count() >= settings.ATTACHMENT_MAX_COUNT:
            raise _count_error() from None
        raise

    attachment = Attachment(
        appeal=appeal,
        original_name=inspected.safe_name,
        content_type=inspected.content_type,
        extension=inspected.extension,
        size=inspected.size,
        sha256=inspected.sha256,
    )
    stored_name = ""
    try:
        with transaction.atomic():
            # Lock the appeal so two uploads at once cannot both pass the count.
            list(type(appeal).objects.select_for_update().filter(pk=appeal.pk).values_list("pk", flat=True))
            existing = appeal.attachments.filter(sha256=inspected.sha256).first()
            if existing is not None:
                return existing
            if appeal.attachments.count() >= settings.ATTACHMENT_MAX_COUNT:
                raise _count_error()
            # The storage path comes from attachment_path (tracking code and
            # hash); the name given here is not used.
            attachment.file.save(f"upload.{inspected.extension}", ContentFile(inspected.data), save=False)
            stored_name = attachment.file.name
            attachment.save()
            _audit(attachment, actor)
    except IntegrityError:
        # Another request stored the same file between our check and insert.
        _delete_stored(attachment, stored_name)
        existing = appeal.attachments.filter(sha256=inspected.sha256).first()
        if existing is None:
            raise
        return existing
    except BaseException:
        # Nothing was recorded, so the file must not stay behind in storage.
        _delete_stored(attachment, stored_name)
        raise
    return attachment


def attachment_open(*, attachment: Attachment):
    """The stored file, opened for reading in binary mode (caller closes it)."""
    return attachment.file.storage.open(attachment.file.name, "rb")


def _audit(attachment: Attachment, actor) -> None:
    from murojaat.audit.chain import audit_record

    audit_record(
        action="attachment.added",
        actor=actor,
        object_type="appeal",
        object_id=str(attachment.appeal_id),
        payload={
            "attachment": str(attachment.code),
            "sha256": attachment.sha256,
            "type": attachment.content_type,
        },
    )


def _count_error() -> InvalidInput:
    message = _("An appeal can have at most %(count)s attached files.") % {
        "count": settings.ATTACHMENT_MAX_COUNT
    }
    return InvalidInput(message, code="attachment_count", fields={"file": message})


def _delete_stored(attachment: Attachment, stored_name: str) -> None:
    if stored_name:
        attachment.file.storage.delete(stored_name)
