"""Following an appeal: find it with its tracking code and access key, see
where it is, rate the answer, contest it; and a signed-in citizen's list.

Every view fetches the appeal through `selectors.appeal_for_applicant`, as
the API does, with the key this browser proved (kept in the session, see
proof.py) or the signed-in applicant's account. A missing appeal and a
wrong key look the same, so codes cannot be probed.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from murojaat.appeals import actions, codes, intake, lifecycle, selectors
from murojaat.appeals.models import Appeal
from murojaat.appeals.presenters import public_view
from murojaat.attachments.api import attachment_download_response
from murojaat.core.errors import DomainError, InvalidInput, NotFound
from murojaat.core.forms import add_domain_error
from murojaat.core.ratelimit import rate_limit
from murojaat.language.detection import KAA, UZ_CYRL, UZ_LATN, detect_language
from murojaat.language.scripts import is_cyrillic
from murojaat.tracking import proof
from murojaat.tracking.explain import RATING_WORDS, TIMELINE_WORDS, appeal_row, explain, status_tag
from murojaat.tracking.forms import ContestForm, FindForm, RatingForm

PAGE_SIZE = 20


def _find_url(code: str = "") -> str:
    url = reverse("tracking:find")
    return f"{url}?{urlencode({'code': code})}" if code else url


def _appeal_url(appeal: Appeal) -> str:
    return reverse("tracking:appeal", args=[codes.display(appeal.tracking_code)])


def _signed_in(request):
    return request.user if request.user.is_authenticated else None


def _appeal_for_browser(request, code: str) -> Appeal | None:
    """The appeal, if this browser proved its key or the applicant is signed in."""
    token = proof.token_for(request, code)
    user = _signed_in(request)
    if not token and user is None:
        return None
    try:
        return selectors.appeal_for_applicant(code, user=user, proved=lambda appeal: proof.proves(appeal, token))
    except NotFound:
        if token:
            proof.forget(request, code)
        return None


def _canonical(code: str) -> str:
    return codes.display(codes.normalise(code))


def _gate(request, code: str, view_name: str):
    """(appeal, None) for a browser that may see it, or (None, a redirect)."""
    canonical = _canonical(code)
    if not canonical:
        return None, redirect(_find_url())
    if canonical != code:
        return None, redirect(reverse(view_name, args=[canonical]))
    appeal = _appeal_for_browser(request, code)
    if appeal is None:
        return None, redirect(_find_url(canonical))
    return appeal, None


# ---------------------------------------------------------------------------
# Find an appeal.


@require_http_methods(["GET", "POST"])
# Wrong keys count against the tracking code tried (success redirects).
@rate_limit("lookup", account=lambda request: codes.normalise(request.POST.get("code", ""))[:20],
            failed=lambda response: response.status_code != 302)
def find(request):
    if request.method == "POST":
        form = FindForm(request.POST)
        if form.is_valid():
            code, key = form.cleaned_data["code"], form.cleaned_data["access_key"]
            try:
                # The key alone proves it here, whoever is signed in.
                appeal = selectors.appeal_for_applicant(code, access_key=key)
            except NotFound:
                # One message for both halves: a code cannot be probed.
                form.add_error(
                    None,
                    _(
                        "No appeal matches this tracking code and access key. Check both against your "
                        "receipt and try again."
                    ),
                )
            else:
                # A new session id, as at sign-in: a planted session cookie gains nothing.
                request.session.cycle_key()
                proof.remember(request, appeal.tracking_code, key)
                return redirect(_appeal_url(appeal))
    else:
        form = FindForm(initial={"code": request.GET.get("code", "")[:40]})
    return render(request, "tracking/find.html", {"form": form})


# ---------------------------------------------------------------------------
# The appeal.


def _reading(text: str) -> dict:
    """The language tags of a text and of its reading in the other script."""
    tag = detect_language(text) if text else ""
    cyrillic = is_cyrillic(text)
    other = {UZ_LATN: UZ_CYRL, UZ_CYRL: UZ_LATN, KAA: KAA}.get(tag, "")
    return {"lang": tag if tag and tag != "und" else "", "other_lang": other, "to_latin": cyrillic}


def _context(request, appeal: Appeal) -> dict:
    view = public_view(appeal)
    for entry in view["timeline"]:
        entry["words"] = TIMELINE_WORDS.get(entry["action"], entry["label"])
    now = timezone.now()
    open_ = appeal.status in lifecycle.OPEN
    overdue = open_ and view["due_at"] < now
    return {
        "appeal": appeal,
        "view": view,
        "code": view["tracking_code"],
        "explained": explain(appeal.status, appeal.organisation.name),
        "is_open": open_,
        "overdue": overdue,
        "days_left": (timezone.localdate(view["due_at"]) - timezone.localdate(now)).days,
        "tag_class": status_tag(appeal.status, overdue),
        "text_reading": _reading(appeal.text),
        "answer_reading": _reading(appeal.answer_text) if appeal.answer_text else None,
        "rating_words": RATING_WORDS.get(appeal.rating or 0, ""),
        "attachments": list(
            appeal.attachments.order_by("uploaded_at", "pk").only(
                "code", "original_name", "size", "appeal_id"
            )
        ),
        "why_not_contest": _why_not_contest(appeal)
        if appeal.status in lifecycle.FINISHED and not view["can_contest"]
        else "",
        "is_owner": request.user.is_authenticated and appeal.applicant_user_id == request.user.pk,
    }


@require_http_methods(["GET"])
def appeal_page(request, code: str):
    appeal, response = _gate(request, code, "tracking:appeal")
    if response:
        return response
    context = _context(request, appeal)
    if context["view"]["can_rate"]:
        context["rating_form"] = RatingForm()
    return render(request, "tracking/appeal.html", context)


@require_http_methods(["GET"])
def download(request, code: str, file_id):
    appeal = _appeal_for_browser(request, code)
    if appeal is None:
        raise Http404()
    try:
        return attachment_download_response(appeal=appeal, attachment_id=str(file_id))
    except NotFound:
        raise Http404() from None


# ---------------------------------------------------------------------------
# Rating the answer.


@require_http_methods(["GET", "POST"])
def rate(request, code: str):
    appeal, response = _gate(request, code, "tracking:rate")
    if response:
        return response
    view = public_view(appeal)
    if not view["can_rate"]:
        if view["rating"]:
            messages.info(request, _("This answer has already been rated."))
        else:
            messages.info(request, _("You can rate the answer once the body has answered."))
        return redirect(_appeal_url(appeal))
    form = RatingForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            actions.appeal_rate(
                appeal=appeal, rating=form.cleaned_data["rating"], comment=form.cleaned_data["comment"]
            )
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            thanks = _("Thank you for rating the answer.")
            if appeal.rating <= 3 and appeal.organisation.parent_id:
                thanks += " " + _("Because the rating is low, the body above %(body)s has been told.") % {
                    "body": appeal.organisation.name
                }
            messages.success(request, thanks)
            return redirect(_appeal_url(appeal))
    return render(
        request,
        "tracking/rate.html",
        {"appeal": appeal, "view": view, "code": view["tracking_code"], "form": form},
    )


# ---------------------------------------------------------------------------
# Contesting the answer: a complaint to the higher body.


@require_http_methods(["GET", "POST"])
def contest(request, code: str):
    appeal, response = _gate(request, code, "tracking:contest")
    if response:
        return response
    view = public_view(appeal)
    if not view["can_contest"]:
        messages.info(request, _why_not_contest(appeal))
        return redirect(_appeal_url(appeal))
    form = ContestForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            receipt = actions.appeal_contest(appeal=appeal, text=form.cleaned_data["text"])
        except InvalidInput as exc:
            add_domain_error(form, exc)
        else:
            new = receipt.appeal
            proof.remember(request, new.tracking_code, receipt.access_key)
            proof.keep_receipt(request, new.tracking_code, receipt.access_key)
            return redirect(reverse("tracking:contested", args=[codes.display(new.tracking_code)]))
    return render(
        request,
        "tracking/contest.html",
        {
            "appeal": appeal,
            "view": view,
            "code": view["tracking_code"],
            "form": form,
            "higher": appeal.organisation.parent,
        },
    )


def _why_not_contest(appeal: Appeal) -> str:
    """Why the answer cannot be contested, in the words intake uses for the API."""
    if appeal.status not in lifecycle.FINISHED:
        return _("An appeal can be contested once it has been answered.")
    if not lifecycle.contest_window_open(appeal, timezone.now()):
        return _("An answer can be contested within one year.")
    earlier = intake.already_contested_by(appeal)
    if earlier is not None:
        return _("This answer has already been contested: follow complaint %(code)s.") % {
            "code": codes.display(earlier.tracking_code)
        }
    return _("This body has no higher body in Murojaat; write to a court.")


@require_http_methods(["GET"])
def contested(request, code: str):
    """The new complaint's receipt: its code and, this once, its access key."""
    appeal, response = _gate(request, code, "tracking:contested")
    if response:
        return response
    key = proof.take_receipt(request, appeal.tracking_code)
    if not key:
        return redirect(_appeal_url(appeal))
    return render(
        request,
        "tracking/contested.html",
        {
            "appeal": appeal,
            "code": codes.display(appeal.tracking_code),
            "access_key": codes.display(key),
            "contested_code": codes.display(appeal.contests.tracking_code) if appeal.contests_id else "",
            "qr_svg": _qr_svg(request, appeal),
        },
    )


def _qr_svg(request, appeal: Appeal) -> str:
    """The find page with the code filled in, as an SVG QR code (no key in it)."""
    import segno

    url = request.build_absolute_uri(_find_url(codes.display(appeal.tracking_code)))
    return segno.make(url, error="m").svg_inline(
        scale=4, omitsize=True, title=_("QR code: follow this appeal")
    )


# ---------------------------------------------------------------------------
# A signed-in citizen's appeals.


@login_required
@require_http_methods(["GET"])
def mine(request):
    appeals = selectors.appeals_for_citizen(request.user).order_by("-received_at", "-pk")
    page = Paginator(appeals, PAGE_SIZE).get_page(request.GET.get("page"))
    now = timezone.now()
    rows = [appeal_row(appeal, now) for appeal in page.object_list]
    return render(request, "tracking/mine.html", {"page": page, "rows": rows})

