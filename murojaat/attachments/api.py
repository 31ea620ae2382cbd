"""Attachments in the JSON API, mounted under /api/v1/appeals.

The applicant proves access with the tracking code in the path and the access
key in the X-Access-Key header. The two `attachment_*_response` functions take
an appeal already fetched, so officials' endpoints can reuse them behind their
own scoped fetch.
"""

import uuid
from typing import Annotated

from django.http import FileResponse, HttpResponse
from ninja import File, Header, Router, Schema, Status
from ninja.files import UploadedFile

from murojaat.accounts.api_auth import optional_user
from murojaat.accounts.selectors import is_official
from murojaat.appeals import codes
from murojaat.appeals.models import Appeal
from murojaat.appeals.selectors import appeal_for_applicant, appeal_for_official
from murojaat.attachments.models import Attachment
from murojaat.attachments.services import attachment_add, attachment_open
from murojaat.core.api_schemas import ErrorOut
from murojaat.core.errors import NotFound
from murojaat.core.ratelimit import rate_limit

router = Router(tags=["attachments"])

AccessKey = Annotated[
    str, Header(alias="X-Access-Key", description="The appeal's access key from the receipt.")
]


def _has_key(request, *args, **kwargs) -> bool:
    """Only requests with an access key are limited, as the appeal lookup is
    (appeals/api.py): a key tried here is a key guessed like one tried there."""
    return bool(request.headers.get("X-Access-Key"))


def _key_lookup(request, tracking_code: str, *args, **kwargs) -> str:
    """Wrong keys count against the tracking code they were tried on."""
    return codes.normalise(tracking_code)


class AttachmentOut(Schema):
    id: str
    name: str
    content_type: str
    size: int


def attachment_summary(attachment: Attachment) -> dict:
    return {
        "id": str(attachment.code),
        "name": attachment.original_name,
        "content_type": attachment.content_type,
        "size": attachment.size,
    }


def attachment_download_response(*, appeal: Appeal, attachment_id: str) -> HttpResponse:
    """Stream one of the appeal's attachments as a download, never rendered inline."""
    attachment = _attachment_of(appeal, attachment_id)
    response = FileResponse(
        attachment_open(attachment=attachment),
        as_attachment=True,
        filename=attachment.original_name,
        content_type=attachment.content_type,
    )
    response["Content-Length"] = str(attachment.size)
    # Even if a browser were told to show it, it must not guess another type
    # or run anything in our origin.
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response


@router.post("/{tracking_code}/attachments",
             response={201: AttachmentOut, 400: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut, 429: ErrorOut},
             url_name="attachment_upload")
@rate_limit("lookup", account=_key_lookup, failed=NotFound, when=_has_key)
def upload_attachment(
    request,
    tracking_code: str,
    file: Annotated[UploadedFile, File()],
    x_access_key: AccessKey = "",
):
    """Attach a PDF, JPEG, PNG or DOCX file to your appeal. Photos are stripped of location and other metadata."""
    appeal = _appeal_for_applicant(request, tracking_code, x_access_key)
    actor = request.user if request.user.is_authenticated else None
    attachment = attachment_add(appeal=appeal, upload=file, actor=actor)
    return Status(201, attachment_summary(attachment))


@router.get(
    "/{tracking_code}/attachments/{attachment_id}",
    response={404: ErrorOut, 429: ErrorOut},
    url_name="attachment_download",
    openapi_extra={"responses": {"200": {"description": "The file, as an attachment download.",
                                         "content": {"application/octet-stream": {"schema": {"type": "string",
                                                                                             "format": "binary"}}}}}},
)
@rate_limit("lookup", account=_key_lookup, failed=NotFound, methods=("GET",), when=_has_key)
def download_attachment(
    request,
    tracking_code: str,
    attachment_id: str,
    x_access_key: AccessKey = "",
):
    """Download a file attached to an appeal: for its applicant, or an official of the body that has it."""
    appeal = _appeal_for_reader(request, tracking_code, x_access_key)
    return attachment_download_response(appeal=appeal, attachment_id=attachment_id)


def _appeal_for_applicant(request, tracking_code: str, access_key: str) -> Appeal:
    return appeal_for_applicant(tracking_code, access_key=access_key, user=optional_user(request))


def _appeal_for_reader(request, tracking_code: str, access_key: str) -> Appeal:
    """The applicant (key or own account) or an official of the body that has it."""
    user = optional_user(request)
    if not access_key and is_official(user):
        return appeal_for_official(user, tracking_code)
    return _appeal_for_applicant(request, tracking_code, access_key)


def _attachment_of(appeal: Appeal, attachment_id: str) -> Attachment:
    try:
        code = uuid.UUID(attachment_id)
    except ValueError:
        raise NotFound() from None
    attachment = appeal.attachments.filter(code=code).first()
    if attachment is None:
        raise NotFound()
    return attachment
