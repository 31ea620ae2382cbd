"""Writes from the cabinet that belong to no lower app."""

from django.db import transaction
from django.utils.translation import gettext as _

from murojaat.accounts.models import User
from murojaat.audit.chain import audit_record
from murojaat.cabinet.models import CorrectionRequest
from murojaat.core.errors import InvalidInput

CORRECTION_MAX = 2000


def correction_request_submit(user: User, *, text: str) -> CorrectionRequest:
    """Record a person's request to correct their data. The operator's
    administrators see it in the admin (Correction requests) and in the audit trail."""
    text = (text or "").strip()
    if not text:
        message = _("Say what is wrong and what it should be.")
        raise InvalidInput(message, fields={"text": message})
    if len(text) > CORRECTION_MAX:
        message = _("Write at most %(max)d characters.") % {"max": CORRECTION_MAX}
        raise InvalidInput(message, fields={"text": message})
    with transaction.atomic():
        request = CorrectionRequest.objects.create(user=user, text=text)
        audit_record(
            action="personal_data.correction_requested", actor=user, object_type="user",
            object_id=str(user.pk), payload={"request": request.pk},
        )
    return request
