"""/api/v1/appeals: filing and following appeals, officials' inbox and steps.

Handlers are thin: parse, fetch through `selectors`, call `intake` or
`lifecycle`, shape the answer. Rules live in those modules.
"""

import hashlib
import json
from datetime import date, datetime
from typing import Literal

from django.db import IntegrityError
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema
from ninja import Status as Respond

from murojaat.accounts.api_auth import official_auth, optional_user
from murojaat.accounts.models import User
from murojaat.accounts.selectors import is_official
from murojaat.appeals import actions, codes, idempotency, intake, lifecycle, selectors, steps
from murojaat.appeals.models import Appeal, AppealEvent, Status
from murojaat.appeals.presenters import (
    AppealListItem,
    AppealOfficialOut,
    AppealPublicOut,
    ApplicantOut,
    applicant_out,
    list_item,
    official_view,
    public_view,
)
from murojaat.core.api_schemas import ErrorOut, JsonBody
from murojaat.core.errors import Conflict, NotFound
from murojaat.core.ratelimit import rate_limit

router = Router(tags=["appeals"])

ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}
# What the rate-limited operations may also answer (murojaat/core/ratelimit.py).
LIMITED = {**ERRORS, 429: ErrorOut}

KindLiteral = Literal["application", "suggestion", "complaint"]
ChannelLiteral = Literal[
    "web", "mobile", "psc_operator", "peoples_reception", "post", "consulate", "trust_line", "telegram"
]


class CoSignerIn(JsonBody):
    full_name: str = Field(..., max_length=255)
    address: str = Field("", max_length=500)


class AppealIn(JsonBody):
    kind: KindLiteral
    text: str = Field(..., max_length=20000, description="The essence of the appeal, in any script.")
    summary: str = Field("", max_length=255)
    category: str = Field("", max_length=64, description="Category code (GET /api/v1/categories).")
    territory: str = Field("", max_length=10, description="SOATO code of the district or city.")
    mahalla: str = Field("", max_length=20)
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)
    addressed_to: str = Field("", max_length=64, description="Organisation code, if the applicant chose the body.")
    applicant_type: Literal["individual", "legal_entity"] = "individual"
    full_name: str = Field("", max_length=255)
    address: str = Field("", max_length=500)
    phone: str = Field("", max_length=32)
    email: str = Field("", max_length=254)
    pinfl: str = Field("", max_length=14)
    birth_date: date | None = None
    sex: Literal["", "male", "female"] = ""
    organisation_name: str = Field("", max_length=255)
    tin: str = Field("", max_length=9)
    signatory_name: str = Field("", max_length=255)
    signatory_position: str = Field("", max_length=255)
    representative_name: str = Field("", max_length=255)
    representative_document: str = Field("", max_length=255)
    cosigners: list[CoSignerIn] = Field(default_factory=list, max_length=500)
    channel: ChannelLiteral = "mobile"
    form: Literal["oral", "written", "electronic"] = "electronic"
    language: Literal["", "uz", "uz-cyrl", "kaa", "ru", "en"] = Field(
        "", description="The applicant's language for messages; defaults to the request's language."
    )


class OrganisationRef(JsonBody):
    code: str
    name: str


class AppealCreated(JsonBody):
    tracking_code: str
    access_key: str
    status: str
    due_at: datetime
    organisation: OrganisationRef
    merged_into: str | None = None


def _submitter(request, *args, **kwargs):
    """Who the per-account submission limit counts: the signed-in citizen, if any."""
    user = optional_user(request)
    return user.pk if user is not None else None


def _has_key(request, *args, **kwargs) -> bool:
    """Only lookups by access key are limited: an account sees only its own appeals."""
    return bool(request.headers.get("X-Access-Key"))


def _key_lookup(request, tracking_code: str, *args, **kwargs) -> str:
    """Who the failed-lookup limit counts: the tracking code a key was tried on."""
    return codes.normalise(tracking_code)


def _request_hash(payload: dict) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


@router.post(
    "",
    response={201: AppealCreated, **LIMITED},
    summary="File an appeal (public). Send an Idempotency-Key header to retry safely.",
)
@rate_limit("submit", account=_submitter)
def create_appeal(request, payload: AppealIn):
    key = (request.headers.get("Idempotency-Key") or "").strip()[:128]
    data = payload.model_dump()
    if key:
        replay = _replay(key, data)
        if replay is not None:
            return replay
    data["cosigners"] = [intake.CoSignerIn(**c) for c in data["cosigners"]]
    data["language"] = data["language"] or _request_language()
    submission = intake.Submission(**data)
    user = optional_user(request)
    citizen = user if user is not None and not is_official(user) else None

    # Kept with the appeal: a retry with the same key answers as this did.
    kept = idempotency.IdempotencyRequest(key, _request_hash(payload.model_dump()), _created_body) if key else None
    try:
        receipt = actions.appeal_submit(submission=submission, user=citizen, idempotency=kept)
    except IntegrityError:
        # Another request with the same key committed first: answer as it did.
        replay = _replay(key, payload.model_dump()) if key else None
        if replay is None:
            raise
        return replay
    return Respond(201, _created_body(receipt))


def _replay(key: str, data: dict):
    record = idempotency.idempotency_record_live(key=key)
    if record is None:
        return None
    if record.request_hash != _request_hash(data):
        raise Conflict(_("This Idempotency-Key was already used for a different appeal."), code="idempotency_key_reused")
    return Respond(record.status_code, record.response)


def _created_body(receipt: intake.Receipt) -> dict:
    appeal = receipt.appeal
    return {
        "tracking_code": codes.display(appeal.tracking_code),
        "access_key": codes.display(receipt.access_key),
        "status": appeal.status,
        "due_at": appeal.effective_due_at.isoformat(),
        "organisation": {"code": appeal.organisation.code, "name": appeal.organisation.name},
        "merged_into": codes.display(receipt.duplicate_of.tracking_code) if receipt.duplicate_of else None,
    }


def _request_language() -> str:
    lang = (get_language() or "uz").lower()
    return lang if lang in intake.LANGUAGES else "uz"


# ---------------------------------------------------------------------------
# Officials: inbox.


class InboxFilters(Schema):
    status: list[Literal[tuple(Status.values)]] = Field(default_factory=list)  # type: ignore[valid-type]
    due: Literal["", "overdue", "today", "tomorrow", "week"] = ""
    category: str = Field("", max_length=64)
    territory: str = Field("", max_length=10, description="SOATO of a region or a district.")
    kind: Literal["", "application", "suggestion", "complaint"] = ""
    organisation: str = Field("", max_length=64)
    assigned_to_me: bool = False
    repeated: bool | None = None
    sort: Literal["due_at", "-due_at", "received_at", "-received_at"] = "due_at"
    limit: int = Field(50, ge=1, le=200)
    offset: int = Field(0, ge=0, le=10_000_000)


class InboxPage(Schema):
    count: int
    items: list[AppealListItem]


class InboxSummary(Schema):
    open: int
    overdue: int
    due_today: int
    due_tomorrow: int


def _official(request) -> User:
    user = request.auth
    if not is_official(user):
        raise NotFound()
    return user


@router.get("", response={200: InboxPage, **ERRORS}, auth=official_auth, summary="Officials: the inbox")
def inbox(request, filters: Query[InboxFilters]):
    user = _official(request)
    query = selectors.InboxQuery(
        statuses=tuple(filters.status), due=filters.due, category=filters.category,
        territory=filters.territory, kind=filters.kind, organisation=filters.organisation,
        assigned_to_me=filters.assigned_to_me, repeated=filters.repeated, sort=filters.sort,
    )
    qs = selectors.inbox_appeals(user, query)
    page = qs[filters.offset : filters.offset + filters.limit]
    return {"count": qs.count(), "items": [list_item(a) for a in page]}


@router.get("/summary", response={200: InboxSummary, **ERRORS}, auth=official_auth,
            summary="Officials: what needs action (counts)")
def inbox_summary(request):
    counts = selectors.inbox_counts(_official(request))
    return {
        "open": counts["open"], "overdue": counts["overdue"],
        "due_today": counts["today"], "due_tomorrow": counts["tomorrow"],
    }


# ---------------------------------------------------------------------------
# Following an appeal.


@router.get(
    "/{tracking_code}",
    response={200: AppealPublicOut | AppealOfficialOut, **LIMITED},
    summary="An appeal: for its applicant (X-Access-Key or own account) or for an official of its body",
)
@rate_limit("lookup", account=_key_lookup, failed=NotFound, methods=("GET",), when=_has_key)
def get_appeal(request, tracking_code: str):
    key = request.headers.get("X-Access-Key", "")
    user = optional_user(request)
    if key or (user is not None and not is_official(user)):
        appeal = selectors.appeal_for_applicant(tracking_code, access_key=key, user=user)
        return public_view(appeal)
    if user is not None:
        appeal = selectors.appeal_for_official(user, tracking_code)
        return official_view(appeal, user)
    raise NotFound()


@router.get(
    "/{tracking_code}/applicant",
    response={200: ApplicantOut, **ERRORS},
    auth=official_auth,
    summary="Officials: the applicant's personal data (each opening is recorded)",
)
def get_applicant(request, tracking_code: str):
    user = _official(request)
    appeal = selectors.appeal_for_official(user, tracking_code)
    return applicant_out(selectors.applicant_for_official(user, appeal))


# ---------------------------------------------------------------------------
# The applicant's steps.


class RatingIn(Schema):
    rating: int = Field(..., ge=1, le=5)
    comment: str = Field("", max_length=2000)


class ContestIn(Schema):
    text: str = Field(..., max_length=20000)


def _applicant_appeal(request, tracking_code: str) -> Appeal:
    return selectors.appeal_for_applicant(
        tracking_code, access_key=request.headers.get("X-Access-Key", ""), user=optional_user(request)
    )


@router.post("/{tracking_code}/rating", response={200: AppealPublicOut, **LIMITED},
             summary="The applicant rates the answer (1-5) with a comment")
@rate_limit("lookup", account=_key_lookup, failed=NotFound, when=_has_key)
def rate_appeal(request, tracking_code: str, payload: RatingIn):
    appeal = _applicant_appeal(request, tracking_code)
    actions.appeal_rate(appeal=appeal, rating=payload.rating, comment=payload.comment)
    return public_view(appeal)


@router.post("/{tracking_code}/contest", response={201: AppealCreated, **LIMITED},
             summary="The applicant contests the answer: a complaint to the higher body")
@rate_limit("lookup", account=_key_lookup, failed=NotFound, when=_has_key)
def contest_appeal(request, tracking_code: str, payload: ContestIn):
    appeal = _applicant_appeal(request, tracking_code)
    receipt = actions.appeal_contest(appeal=appeal, text=payload.text)
    return Respond(201, _created_body(receipt))


# ---------------------------------------------------------------------------
# Officials' steps: one endpoint per lifecycle transition.


class Empty(Schema):
    pass


class ForwardIn(Schema):
    to: str = Field(..., max_length=64, description="Organisation code of the competent body.")
    reason: str = Field("", max_length=2000)


class AssignIn(Schema):
    executor: str = Field(..., max_length=150, description="User name of the executor.")


class ReasonIn(Schema):
    reason: str = Field(..., max_length=2000)


class NoteIn(Schema):
    note: str = Field("", max_length=2000)


class ExtendIn(Schema):
    until: date
    reason: str = Field(..., max_length=2000)


class AnswerIn(Schema):
    text: str = Field(..., max_length=50000)
    form: Literal["written", "electronic"] = "electronic"


class WithoutConsiderationIn(Schema):
    reason: Literal[tuple(lifecycle.WITHOUT_CONSIDERATION_GROUNDS)]  # type: ignore[valid-type]
    conclusion: str = Field(..., max_length=20000)


class OtherAppealIn(Schema):
    tracking_code: str = Field(..., max_length=20)


def _step(request, tracking_code: str, name: str, payload: Schema | None) -> AppealOfficialOut:
    """Take the official's step `name` (murojaat/appeals/steps.py) with the request's values."""
    user = _official(request)
    appeal = selectors.appeal_for_official(user, tracking_code)
    values = payload.model_dump() if payload is not None else {}
    steps.step_take(name, appeal=appeal, official=user, values=values)
    return official_view(appeal, user)


def _action(path: str, summary: str):
    return router.post(
        f"/{{tracking_code}}/{path}", response={200: AppealOfficialOut, **ERRORS}, auth=official_auth,
        summary=summary,
    )


@_action("register", "Register the appeal")
def act_register(request, tracking_code: str, payload: Empty | None = None):
    return _step(request, tracking_code, "register", payload)


@_action("forward", "Forward to the competent body (within 5 days); the deadline restarts there")
def act_forward(request, tracking_code: str, payload: ForwardIn):
    return _step(request, tracking_code, "forward", payload)


@_action("assign", "Assign an executor")
def act_assign(request, tracking_code: str, payload: AssignIn):
    return _step(request, tracking_code, "assign", payload)


@_action("set_extra_study", "Set the one-month term for extra study, checks or documents")
def act_extra_study(request, tracking_code: str, payload: ReasonIn):
    return _step(request, tracking_code, "set_extra_study", payload)


@_action("notify_further_study", "Suggestions: tell the applicant it needs further study")
def act_further_study(request, tracking_code: str, payload: NoteIn):
    return _step(request, tracking_code, "notify_further_study", payload)


@_action("extend", "The head extends the deadline once, by at most one month")
def act_extend(request, tracking_code: str, payload: ExtendIn):
    return _step(request, tracking_code, "extend", payload)


@_action("answer", "Answer the appeal")
def act_answer(request, tracking_code: str, payload: AnswerIn):
    return _step(request, tracking_code, "answer", payload)


@_action("leave_without_consideration", "Leave without consideration, with the head's written conclusion")
def act_without_consideration(request, tracking_code: str, payload: WithoutConsiderationIn):
    return _step(request, tracking_code, "leave_without_consideration", payload)


@_action("merge", "Merge a duplicate into another appeal")
def act_merge(request, tracking_code: str, payload: OtherAppealIn):
    return _step(request, tracking_code, "merge", payload)


@_action("mark_repeated", "Mark as a repeated appeal, linked to the earlier one")
def act_mark_repeated(request, tracking_code: str, payload: OtherAppealIn):
    return _step(request, tracking_code, "mark_repeated", payload)


@_action("close", "Close an answered appeal")
def act_close(request, tracking_code: str, payload: Empty | None = None):
    return _step(request, tracking_code, "close", payload)


__all__ = ["router", "AppealEvent"]
