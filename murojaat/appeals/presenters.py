"""How an appeal is shown: to its applicant, and to officials. Shared by the
API and the web pages, so both show the same facts under the same rules."""

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from django.urls import reverse
from django.utils import timezone
from ninja import Schema

from murojaat.appeals import codes, lifecycle
from murojaat.appeals.models import Appeal, Applicant
from murojaat.language.scripts import other_script


class Named(Schema):
    code: str
    name: str


class TimelineEntry(Schema):
    action: str
    label: str
    at: datetime
    organisation: str | None = None
    note: str = ""


class AnswerOut(Schema):
    text: str
    form: str
    answered_at: datetime


class AppealPublicOut(Schema):
    tracking_code: str
    kind: str
    status: str
    status_label: str
    summary: str
    text: str
    category: Named | None = None
    organisation: Named
    received_at: datetime
    due_at: datetime
    extended_until: datetime | None = None
    extension_reason: str = ""
    answer: AnswerOut | None = None
    conclusion: str = ""
    rating: int | None = None
    can_rate: bool
    can_contest: bool
    merged_into: str | None = None
    timeline: list[TimelineEntry]


class AppealListItem(Schema):
    tracking_code: str
    kind: str
    status: str
    summary: str
    category: Named | None = None
    territory: Named | None = None
    organisation: Named
    assignee: str | None = None
    received_at: datetime
    due_at: datetime
    days_left: int
    is_repeated: bool
    is_collective: bool
    escalated: bool


class SimilarOut(Schema):
    tracking_code: str
    score: float
    reason: str  # "repeated" (same applicant) or "duplicate" (near-identical text, same district)


class AppealOfficialOut(AppealListItem):
    text: str
    text_other_script: str
    language: str
    channel: str
    form: str
    applicant_type: str
    registered_at: datetime | None = None
    decider_received_at: datetime
    extended_until: datetime | None = None
    extension_reason: str = ""
    term: str
    answer: AnswerOut | None = None
    conclusion: str = ""
    rating: int | None = None
    rating_comment: str = ""
    repeated_of: str | None = None
    merged_into: str | None = None
    contests: str | None = None
    allowed_actions: list[str]
    similar: list[SimilarOut]
    timeline: list[TimelineEntry]


class ApplicantOut(Schema):
    full_name: str
    pinfl: str
    address: str
    phone: str
    email: str
    birth_date: date | None = None
    organisation_name: str
    tin: str
    signatory_name: str
    signatory_position: str
    representative_name: str
    representative_document: str
    identity_verification: str
    cosigners: list[str]


def _named(obj, code_attr: str = "code") -> dict | None:
    return {"code": getattr(obj, code_attr), "name": obj.name} if obj is not None else None


def _code(appeal: Appeal | None) -> str | None:
    return codes.display(appeal.tracking_code) if appeal is not None else None


def _answer(appeal: Appeal) -> dict | None:
    if not appeal.answered_at:
        return None
    return {"text": appeal.answer_text, "form": appeal.answer_form, "answered_at": appeal.answered_at}


def timeline(appeal: Appeal, *, public_only: bool) -> list[dict]:
    events = appeal.events.select_related("organisation").order_by("at", "pk")
    if public_only:
        events = events.filter(public=True)
    return [
        {
            "action": e.action,
            "label": str(lifecycle.ACTION_LABELS.get(e.action, e.action)),
            "at": e.at,
            "organisation": e.organisation.name if e.organisation else None,
            "note": e.note if not public_only or e.action in ("forward", "extend", "set_extra_study",
                                                               "merge", "contested") else "",
        }
        for e in events
    ]


def public_view(appeal: Appeal) -> dict:
    now = timezone.now()
    return {
        "tracking_code": codes.display(appeal.tracking_code),
        "kind": appeal.kind,
        "status": appeal.status,
        "status_label": str(appeal.get_status_display()),
        "summary": appeal.summary,
        "text": appeal.text,
        "category": _named(appeal.category),
        "organisation": _named(appeal.organisation),
        "received_at": appeal.received_at,
        "due_at": appeal.effective_due_at,
        "extended_until": appeal.extended_until,
        "extension_reason": appeal.extension_reason,
        "answer": _answer(appeal),
        "conclusion": appeal.conclusion,
        "rating": appeal.rating,
        "can_rate": appeal.status in lifecycle.FINISHED and appeal.rated_at is None,
        "can_contest": appeal.status in lifecycle.FINISHED and lifecycle.contest_window_open(appeal, now)
        and appeal.organisation.parent_id is not None
        and not Appeal.objects.filter(contests=appeal).exists(),
        "merged_into": _code(appeal.merged_into),
        "timeline": timeline(appeal, public_only=True),
    }


def list_item(appeal: Appeal) -> dict:
    now = timezone.now()
    due = appeal.effective_due_at
    return {
        "tracking_code": codes.display(appeal.tracking_code),
        "kind": appeal.kind,
        "status": appeal.status,
        "summary": appeal.summary,
        "category": _named(appeal.category),
        "territory": _named(appeal.territory, "soato"),
        "organisation": _named(appeal.organisation),
        "assignee": appeal.assignee.get_username() if appeal.assignee_id else None,
        "received_at": appeal.received_at,
        "due_at": due,
        "days_left": (timezone.localdate(due) - timezone.localdate(now)).days,
        "is_repeated": appeal.is_repeated,
        "is_collective": appeal.is_collective,
        "escalated": appeal.escalated_at is not None,
    }


# Sections that apps above appeals add to an official's view of an appeal
# (search adds "similar", the suggested repeats and duplicates): appeals may
# not import them, so each registers its section from its AppConfig.ready().
_official_sections: dict[str, Callable[[Appeal, Any], object]] = {}


def register_official_section(name: str, build: Callable[[Appeal, Any], object]) -> None:
    _official_sections[name] = build


def official_view(appeal: Appeal, user) -> dict:
    return {
        **list_item(appeal),
        "text": appeal.text,
        "text_other_script": other_script(appeal.text, karakalpak=appeal.language == "kaa"),
        "language": appeal.language,
        "channel": appeal.channel,
        "form": appeal.form,
        "applicant_type": appeal.applicant_type,
        "registered_at": appeal.registered_at,
        "decider_received_at": appeal.decider_received_at,
        "extended_until": appeal.extended_until,
        "extension_reason": appeal.extension_reason,
        "term": appeal.term,
        "answer": _answer(appeal),
        "conclusion": appeal.conclusion,
        "rating": appeal.rating,
        "rating_comment": appeal.rating_comment,
        "repeated_of": _code(appeal.repeated_of),
        "merged_into": _code(appeal.merged_into),
        "contests": _code(appeal.contests),
        "allowed_actions": lifecycle.allowed_actions(appeal, user),
        **{name: build(appeal, user) for name, build in _official_sections.items()},
        "timeline": timeline(appeal, public_only=False),
    }


def applicant_out(applicant: Applicant) -> dict:
    return {
        **{f: getattr(applicant, f) for f in (
            "full_name", "pinfl", "address", "phone", "email", "birth_date", "organisation_name", "tin",
            "signatory_name", "signatory_position", "representative_name", "representative_document",
            "identity_verification")},
        "cosigners": [c.full_name for c in applicant.appeal.cosigners.all()],
    }


def receipt_kept(receipt, files: int) -> dict:
    """What the session keeps of a new appeal's receipt (`intake.Receipt`)
    for the page that shows it. The access key goes once: that page takes it
    out when it shows it (`receipt_shown_once`)."""
    appeal = receipt.appeal
    return {
        "code": appeal.tracking_code,
        "key": receipt.access_key,
        "due_at": appeal.effective_due_at.isoformat(),
        "registration_due_at": appeal.registration_due_at.isoformat(),
        "organisation": appeal.organisation_id,
        "kind": appeal.kind,
        "merged_into": receipt.duplicate_of.tracking_code if receipt.duplicate_of else "",
        "files": files,
    }


def receipt_shown_once(request, session_key: str) -> tuple[dict, str, str] | None:
    """A new appeal's receipt kept in the session under `session_key`, for a
    page that shows the access key on its first view only (filing's "sent"
    page, the slip a registrar prints): the receipt, the access key (empty
    after the first view: it is gone from the session then) and the tracking
    page's address with the code filled in. None when there is no receipt."""
    receipt = request.session.get(session_key)
    if not receipt:
        return None
    access_key = receipt.pop("key", "")
    if access_key:
        request.session[session_key] = receipt
    track_url = request.build_absolute_uri(reverse("tracking:find")) + f"?code={codes.display(receipt['code'])}"
    return receipt, access_key, track_url
