"""The appeal being written, kept in the session until it is sent.

Nothing is saved as an appeal until the last step: the draft is a plain dict
in the session (answers, which steps are answered, the files held), and
`submission()` turns it into the `intake.Submission` that `appeal_submit`
receives. Files are inspected when uploaded (`attachments.inspection`), and
their cleaned bytes are held in storage under `drafts/<draft id>/` until the
appeal is sent; then `attachments.services.attachment_add` attaches them and
the held copies are deleted.
"""

import uuid

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from murojaat.appeals import intake
from murojaat.appeals.models import ApplicantType, Channel, Form

SESSION_KEY = "filing_draft"
RECEIPT_KEY = "filing_receipt"

PERSONAL = ("full_name", "address", "phone", "email", "pinfl")
ORGANISATION = (
    "organisation_name",
    "tin",
    "address",
    "signatory_name",
    "signatory_position",
    "phone",
    "email",
)


def get(request) -> dict | None:
    return request.session.get(SESSION_KEY)


def start(request) -> dict:
    draft = {"id": uuid.uuid4().hex, "answered": [], "files": []}
    request.session[SESSION_KEY] = draft
    request.session.pop(RECEIPT_KEY, None)
    return draft


def save(request, draft: dict) -> None:
    request.session[SESSION_KEY] = draft
    request.session.modified = True


def discard(request) -> None:
    draft = request.session.pop(SESSION_KEY, None)
    if draft:
        files_delete(draft)


def answered(draft: dict, step: str) -> bool:
    return step in draft.get("answered", [])


def mark(draft: dict, step: str) -> None:
    if step not in draft["answered"]:
        draft["answered"].append(step)


def unmark(draft: dict, *steps: str) -> None:
    draft["answered"] = [s for s in draft["answered"] if s not in steps]


def submission(draft: dict, *, language: str, **overrides) -> intake.Submission:
    """The draft (with `overrides` on top) as intake receives it."""
    values = {**draft, **overrides}
    legal = values.get("applicant_type") == ApplicantType.LEGAL_ENTITY
    fields = ORGANISATION if legal else PERSONAL
    return intake.Submission(
        kind=values.get("kind", ""),
        text=values.get("text", ""),
        summary=values.get("summary", ""),
        category=values.get("category", ""),
        territory=values.get("territory", ""),
        mahalla=values.get("mahalla", ""),
        latitude=values.get("latitude"),
        longitude=values.get("longitude"),
        applicant_type=values.get("applicant_type") or ApplicantType.INDIVIDUAL,
        channel=Channel.WEB,
        form=Form.ELECTRONIC,
        language=language,
        **{name: values.get(name, "") for name in fields},
    )


# --- files held with the draft ----------------------------------------------


def file_hold(draft: dict, inspected) -> bool:
    """Hold an inspected file with the draft; False when the same file is already held."""
    if any(f["sha256"] == inspected.sha256 for f in draft["files"]):
        return False
    path = default_storage.save(
        f"drafts/{draft['id']}/{inspected.sha256[:16]}.{inspected.extension}", ContentFile(inspected.data)
    )
    draft["files"].append(
        {
            "id": uuid.uuid4().hex[:12],
            "name": inspected.safe_name,
            "path": path,
            "size": inspected.size,
            "sha256": inspected.sha256,
            "content_type": inspected.content_type,
        }
    )
    return True


def file_release(draft: dict, file_id: str) -> None:
    for held in [f for f in draft["files"] if f["id"] == file_id]:
        default_storage.delete(held["path"])
        draft["files"].remove(held)


def file_read(held: dict) -> bytes:
    with default_storage.open(held["path"], "rb") as handle:
        return handle.read()


def files_delete(draft: dict) -> None:
    for held in draft.get("files", []):
        if default_storage.exists(held["path"]):
            default_storage.delete(held["path"])


def drafts_purge(*, older_than) -> int:
    """Delete files held for drafts that were never sent (their session has
    expired): every `drafts/<id>/` folder whose files are all older than the
    moment `older_than`. Returns how many files were deleted."""
    try:
        folders, _files = default_storage.listdir("drafts")
    except FileNotFoundError:
        return 0
    deleted = 0
    for folder in folders:
        _dirs, names = default_storage.listdir(f"drafts/{folder}")
        paths = [f"drafts/{folder}/{name}" for name in names]
        if all(default_storage.get_modified_time(path) < older_than for path in paths):
            for path in paths:
                default_storage.delete(path)
                deleted += 1
    return deleted
