"""The check page, "Send", and the receipt."""

import logging

from django.db import IntegrityError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from murojaat.appeals import actions, presenters
from murojaat.appeals.idempotency import IdempotencyRequest
from murojaat.appeals.models import IdempotencyRecord
from murojaat.attachments.services import attachment_add
from murojaat.core.errors import DomainError, InvalidInput
from murojaat.core.ratelimit import rate_limit
from murojaat.filing import draft as drafts
from murojaat.filing import journey, pages

log = logging.getLogger(__name__)


def _idempotency_key(draft: dict) -> str:
    return f"web-draft:{draft['id']}"


@require_http_methods(["GET", "POST"])
@rate_limit("submit", account=lambda request: request.user.pk if request.user.is_authenticated else None)
def check(request):
    draft = drafts.get(request)
    if draft is None:
        # "Send" pressed again after the appeal went: show what was sent.
        if request.session.get(drafts.RECEIPT_KEY):
            return redirect("filing:done")
        return redirect("filing:kind")
    missing = journey.first_unanswered(draft)
    if missing:
        return redirect(journey.url(missing))
    errors = []
    if request.method == "POST":
        if IdempotencyRecord.objects.filter(key=_idempotency_key(draft)).exists():
            return redirect("filing:done")
        try:
            return _send(request, draft)
        except InvalidInput as exc:
            errors = [(journey.STEP_OF_FIELD.get(name, "details"), message) for name, message in exc.fields.items()]
            if not errors:
                errors = [("", str(exc.message))]
    # The page shows what will be filed: the company's name while acting for one.
    shown = {**draft, **pages.acting_overrides(journey.citizen(request), journey.acting(request))}
    return render(
        request,
        "filing/check.html",
        {
            "draft": shown,
            "summary": pages.summary(shown),
            "back_url": journey.url(journey.steps_of(draft)[-1]),
            "send_errors": [(journey.url(step, change=True) if step else "", message) for step, message in errors],
            "page_has_errors": bool(errors),
        },
    )


def _send(request, draft: dict):
    user = journey.citizen(request)
    # While acting for a company the appeal is the company's, the person its signatory.
    overrides = pages.acting_overrides(user, journey.acting(request))
    submission = drafts.submission(draft, language=journey.language(), **overrides)
    key = _idempotency_key(draft)
    # Kept with the appeal, the key makes a second "Send" of the same draft
    # (a double click, a retry) create nothing: its write fails, and nothing
    # of it is written. The access key is not stored.
    kept = IdempotencyRequest(key, "", lambda receipt: {"tracking_code": receipt.appeal.tracking_code})
    try:
        receipt = actions.appeal_submit(submission=submission, user=user, idempotency=kept)
    except IntegrityError:
        if IdempotencyRecord.objects.filter(key=key).exists():
            return redirect("filing:done")
        raise
    appeal = receipt.appeal
    for held in draft["files"]:
        # Inspected when uploaded; attached now that the appeal exists.
        try:
            attachment_add(appeal=appeal, upload=(held["name"], drafts.file_read(held)), actor=user)
        except (DomainError, OSError):
            log.exception("held file %s could not be attached to %s", held["id"], appeal.tracking_code)
    drafts.discard(request)
    request.session[drafts.RECEIPT_KEY] = presenters.receipt_kept(receipt, files=len(draft["files"]))
    return redirect("filing:done")


@require_GET
def done(request):
    # The access key is shown on the first view only: after that it is gone
    # from the session and the page says so.
    shown = presenters.receipt_shown_once(request, drafts.RECEIPT_KEY)
    if shown is None:
        return redirect("filing:start")
    return render(request, "filing/done.html", pages.done_page(*shown))
