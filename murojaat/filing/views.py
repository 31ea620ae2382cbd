"""The citizen's journey for filing an appeal, one question per page.

kind -> about -> category -> region -> district -> mahalla (when the district
has any) -> place (optional point on a map) -> files -> who -> details ->
check -> done. The answers live in the session (`draft.py`) until "Send" on
the check page calls `actions.appeal_submit`; a step opened before the steps it
depends on sends the reader to the first unanswered one (or to the first step
when there is no draft). `?change=1` on a step returns to the check page.
"""

import logging
from functools import wraps

import segno
from django.conf import settings
from django.contrib import messages
from django.db import IntegrityError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from murojaat.appeals import actions, codes, intake, selectors
from murojaat.appeals.idempotency import IdempotencyRequest
from murojaat.appeals.models import ApplicantType, IdempotencyRecord, Kind
from murojaat.attachments.inspection import inspect_upload
from murojaat.attachments.services import attachment_add
from murojaat.categories.models import Category
from murojaat.core.errors import DomainError, InvalidInput
from murojaat.core.i18n import localized
from murojaat.core.ratelimit import rate_limit
from murojaat.deadlines import rules
from murojaat.filing import draft as drafts
from murojaat.filing import forms, geo
from murojaat.organisations.models import Organisation
from murojaat.search.keys import search_key
from murojaat.territories.models import Mahalla, Territory

log = logging.getLogger(__name__)

STEPS = ["kind", "about", "category", "region", "district", "mahalla", "place", "files", "who", "details"]
# Which step asks for each field intake knows: errors at "Send" go back there.
STEP_OF_FIELD = {
    "kind": "kind",
    "text": "about",
    "summary": "about",
    "category": "category",
    "territory": "district",
    "mahalla": "mahalla",
    "latitude": "place",
    "longitude": "place",
    "applicant_type": "who",
}
SUGGESTION_MIN_PROBABILITY = 0.05


def _language() -> str:
    code = (get_language() or "uz").lower()
    return code if code in intake.LANGUAGES else "uz"


def _citizen(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or selectors.is_official(user):
        return None
    return user


def _steps(draft: dict) -> list[str]:
    """The steps that apply to this draft: no mahalla step in a district without mahallas."""
    return [s for s in STEPS if s != "mahalla" or draft.get("has_mahallas")]


def _first_unanswered(draft: dict) -> str | None:
    return next((s for s in _steps(draft) if not drafts.answered(draft, s)), None)


def _url(step: str, change: bool = False) -> str:
    return reverse(f"filing:{step}") + ("?change=1" if change else "")


def _changing(request) -> bool:
    return (request.POST.get("change") or request.GET.get("change")) == "1"


def _next(request, draft: dict, step: str):
    if _changing(request):
        missing = _first_unanswered(draft)
        return redirect(_url(missing, change=True) if missing else reverse("filing:check"))
    steps = _steps(draft)
    later = steps[steps.index(step) + 1 :] if step in steps else []
    return redirect(_url(later[0]) if later else reverse("filing:check"))


def _back(request, draft: dict | None, step: str) -> str:
    if draft is not None and _changing(request):
        return reverse("filing:check")
    if step == "kind" or draft is None:
        return reverse("filing:start")
    steps = _steps(draft)
    earlier = steps[: steps.index(step)] if step in steps else steps
    return _url(earlier[-1]) if earlier else reverse("filing:start")


def journey_step(step: str):
    """Load the draft; send the reader to the right step when this one is out of order."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            draft = drafts.get(request)
            if draft is None:
                messages.info(
                    request,
                    _(
                        "We do not have your earlier answers: they are kept for a few hours only. "
                        "Please start from the first question."
                    ),
                )
                return redirect("filing:kind")
            steps = _steps(draft)
            if step not in steps:
                return redirect(_url(_first_unanswered(draft) or "check"))
            for earlier in steps[: steps.index(step)]:
                if not drafts.answered(draft, earlier):
                    return redirect(_url(earlier))
            return view(request, draft, *args, **kwargs)

        return wrapper

    return decorator


def _step_page(request, draft, step, form, **extra):
    return render(
        request,
        extra.pop("template", "filing/step.html"),
        {
            "form": form,
            "step": step,
            "back_url": _back(request, draft, step),
            "change": _changing(request),
            **extra,
        },
    )


# --- start page ----------------------------------------------------------------


def terms() -> dict:
    """The law's terms as the start page tells them, from deadlines.rules."""
    return {
        "answer_days": rules.STANDARD_TERM_DAYS,
        "extra_months": rules.EXTRA_STUDY_MONTHS,
        "suggestion_months": rules.SUGGESTION_MONTHS,
        "forward_days": rules.FORWARD_DAYS,
        "working_days": settings.DEADLINE_DAY_MODE == "working",
    }


@require_GET
def start(request):
    return render(
        request,
        "filing/start.html",
        {
            "terms": terms(),
            "kinds": forms.KIND_HINTS.items(),
            "max_files": settings.ATTACHMENT_MAX_COUNT,
            "track_url": reverse("tracking:find"),
            "login_url": reverse("accounts:login"),
        },
    )


# --- the steps -----------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def kind(request):
    draft = drafts.get(request)
    if request.method == "POST":
        form = forms.KindForm(request.POST, draft=draft or {}, language=_language())
        if form.is_valid():
            draft = draft or drafts.start(request)
            draft.update(form.answers())
            drafts.mark(draft, "kind")
            drafts.save(request, draft)
            return _next(request, draft, "kind")
    else:
        form = forms.KindForm(initial={"kind": (draft or {}).get("kind", "")}, draft={}, language=_language())
    return _step_page(request, draft, "kind", form)


def _simple_step(step: str, form_class, template="filing/step.html"):
    @require_http_methods(["GET", "POST"])
    @journey_step(step)
    def view(request, draft):
        if request.method == "POST":
            form = form_class(request.POST, draft=draft, language=_language())
            if form.is_valid():
                draft.update(form.answers())
                drafts.mark(draft, step)
                drafts.save(request, draft)
                return _next(request, draft, step)
        else:
            form = form_class(
                initial={name: draft.get(name, "") for name in form_class.base_fields},
                draft=draft,
                language=_language(),
            )
        return _step_page(request, draft, step, form, template=template)

    view.__name__ = step
    return view


about = _simple_step("about", forms.AboutForm, "filing/about.html")


@require_http_methods(["GET", "POST"])
@journey_step("who")
def who(request, draft):
    if request.method == "POST":
        form = forms.ApplicantTypeForm(request.POST, draft=draft, language=_language())
        if form.is_valid():
            if draft.get("applicant_type") != form.cleaned_data["applicant_type"]:
                drafts.unmark(draft, "details")
            draft.update(form.answers())
            drafts.mark(draft, "who")
            drafts.save(request, draft)
            return _next(request, draft, "who")
    else:
        form = forms.ApplicantTypeForm(
            initial={"applicant_type": draft.get("applicant_type", "")}, draft=draft, language=_language()
        )
    return _step_page(request, draft, "who", form)


# --- category ------------------------------------------------------------------


def _category_groups(query: str):
    """[(group, [leaf...])] of active categories, filtered by the words of `query`
    in any language or script; each leaf gets `filter_text` for the live filter."""
    leaves = list(
        Category.objects.filter(is_active=True, parent__isnull=False, parent__is_active=True)
        .select_related("parent")
        .order_by("parent__position", "parent__code", "position", "code")
    )
    words = search_key(query).split() if query else []
    groups: dict = {}
    for leaf in leaves:
        # The live filter matches the names in every language and script; the
        # server search also reads the descriptions.
        names = {leaf.name, leaf.parent.name} | {
            getattr(obj, f"name_{lang}", "")
            for obj in (leaf, leaf.parent)
            for lang in ("uz", "uz_cyrl", "kaa", "ru", "en")
        }
        leaf.filter_text = " ".join(sorted(n for n in names if n)).lower()
        leaf.hint = localized(leaf, "description")
        if words:
            descriptions = [getattr(leaf, f"description_{lang}", "") for lang in ("uz", "ru", "en")]
            key = search_key(" ".join([leaf.filter_text, *descriptions]))
            if not all(word in key for word in words):
                continue
        groups.setdefault(leaf.parent, []).append(leaf)
    return list(groups.items())


def _suggested_categories(text: str) -> list[tuple[Category, int]]:
    """The routing model's best topics for the text, with a percentage; [] when
    there is no model or anything goes wrong (the list below still works)."""
    if not text:
        return []
    try:
        from murojaat.routing.models import Target
        from murojaat.routing.store import suggest

        pairs = [
            (code, p) for code, p in suggest(text, Target.CATEGORY, k=3) if p >= SUGGESTION_MIN_PROBABILITY
        ]
        found = {
            c.code: c
            for c in Category.objects.filter(
                code__in=[c for c, _p in pairs], is_active=True, parent__isnull=False
            )
        }
        return [(found[code], round(p * 100)) for code, p in pairs if code in found]
    except Exception:  # noqa: BLE001 - a suggestion is a help, never a reason to fail the page
        log.warning("category suggestion failed", exc_info=True)
        return []


@require_http_methods(["GET", "POST"])
@journey_step("category")
def category(request, draft):
    query = " ".join(request.GET.get("q", "").split())[:100]
    if request.method == "POST":
        form = forms.CategoryForm(request.POST, draft=draft, language=_language())
        if form.is_valid():
            draft.update(form.answers())
            drafts.mark(draft, "category")
            drafts.save(request, draft)
            return _next(request, draft, "category")
        chosen = request.POST.get("category", "")
    else:
        chosen = draft.get("category", "") or (forms.NOT_SURE if drafts.answered(draft, "category") else "")
        form = forms.CategoryForm(draft=draft, language=_language())
    groups = _category_groups(query)
    return _step_page(
        request,
        draft,
        "category",
        form,
        template="filing/category.html",
        query=query,
        groups=groups,
        chosen=chosen,
        not_sure=forms.NOT_SURE,
        suggestions=[] if query else _suggested_categories(draft["text"]),
        result_count=sum(len(leaves) for _g, leaves in groups),
    )


# --- where ---------------------------------------------------------------------


def _regions():
    return list(Territory.objects.filter(level=Territory.Level.REGION).order_by("soato"))


@require_http_methods(["GET", "POST"])
@journey_step("region")
def region(request, draft):
    regions = _regions()
    if request.method == "POST":
        form = forms.RegionForm(request.POST, draft=draft, language=_language(), regions=regions)
        if form.is_valid():
            if draft.get("region") != form.cleaned_data["region"]:
                # Another region: the district, mahalla and point belong to the old one.
                draft.update({"territory": "", "mahalla": "", "latitude": None, "longitude": None})
                drafts.unmark(draft, "district", "mahalla", "place")
            draft["region"] = form.cleaned_data["region"]
            drafts.mark(draft, "region")
            drafts.save(request, draft)
            return _next(request, draft, "region")
    else:
        form = forms.RegionForm(
            initial={"region": draft.get("region", "")}, draft=draft, language=_language(), regions=regions
        )
    return _step_page(request, draft, "region", form)


@require_http_methods(["GET", "POST"])
@journey_step("district")
def district(request, draft):
    region = Territory.objects.filter(soato=draft["region"]).first()
    districts = list(Territory.objects.filter(parent=region).order_by("kind", "name_uz")) if region else []
    if request.method == "POST":
        form = forms.DistrictForm(request.POST, draft=draft, language=_language(), districts=districts)
        if form.is_valid():
            if draft.get("territory") != form.cleaned_data["territory"]:
                drafts.unmark(draft, "mahalla")
                draft.update(form.answers())
                draft["has_mahallas"] = Mahalla.objects.filter(territory__soato=draft["territory"]).exists()
            drafts.mark(draft, "district")
            drafts.save(request, draft)
            return _next(request, draft, "district")
    else:
        form = forms.DistrictForm(
            initial={"territory": draft.get("territory", "")},
            draft=draft,
            language=_language(),
            districts=districts,
        )
    return _step_page(
        request,
        draft,
        "district",
        form,
        caption=region.name if region else "",
        filter_list=len(districts) > 12,
    )


@require_http_methods(["GET", "POST"])
@journey_step("mahalla")
def mahalla(request, draft):
    mahallas = list(Mahalla.objects.filter(territory__soato=draft["territory"]).order_by("name_uz"))
    district = Territory.objects.filter(soato=draft["territory"]).first()
    if request.method == "POST":
        form = forms.MahallaForm(request.POST, draft=draft, language=_language(), mahallas=mahallas)
        if form.is_valid():
            draft.update(form.answers())
            drafts.mark(draft, "mahalla")
            drafts.save(request, draft)
            return _next(request, draft, "mahalla")
    else:
        value = draft.get("mahalla") or (forms.NO_MAHALLA if drafts.answered(draft, "mahalla") else "")
        form = forms.MahallaForm(
            initial={"mahalla": value}, draft=draft, language=_language(), mahallas=mahallas
        )
    return _step_page(
        request,
        draft,
        "mahalla",
        form,
        caption=district.name if district else "",
        filter_list=len(mahallas) > 12,
        optional=True,
    )


def _point(draft):
    if draft.get("latitude") is None or draft.get("longitude") is None:
        return None
    return draft["latitude"], draft["longitude"]


def _map_click(request) -> tuple[float, float] | None:
    """The pixel clicked on the map image, or None. Enter pressed in a text box
    "clicks" the first submit button, which is the map, at (0, 0): that is
    not a click but "Continue"."""
    if request.method != "POST" or "map.x" not in request.POST:
        return None
    try:
        x, y = float(request.POST["map.x"]), float(request.POST.get("map.y", ""))
    except ValueError:
        return None
    return None if x == 0 and y == 0 else (x, y)


@require_http_methods(["GET", "POST"])
@journey_step("place")
def place(request, draft):
    region_map = geo.region_map(draft.get("region"))
    click = _map_click(request)
    if click is not None and region_map is not None:
        # A click on the map (works without JavaScript): keep the point, show it.
        point = region_map.to_point(*click)
        if point:
            draft["latitude"], draft["longitude"] = point
            drafts.save(request, draft)
        return redirect(_url("place", _changing(request)) + "#map")
    if request.method == "POST":
        form = forms.PlaceForm(request.POST, draft=draft, language=_language())
        if form.is_valid():
            draft.update(form.answers())
            drafts.mark(draft, "place")
            drafts.save(request, draft)
            return _next(request, draft, "place")
    else:
        point = _point(draft)
        form = forms.PlaceForm(
            initial={"latitude": point[0] if point else None, "longitude": point[1] if point else None},
            draft=draft,
            language=_language(),
        )
    region = Territory.objects.filter(soato=draft.get("region")).first()
    point = _point(draft)
    map_url = ""
    if region_map is not None:
        map_url = reverse("filing:map", args=[region_map.soato])
        if point:
            map_url += f"?lat={point[0]}&lon={point[1]}"
    return _step_page(
        request,
        draft,
        "place",
        form,
        template="filing/place.html",
        region=region,
        region_map=region_map,
        map_url=map_url,
        point=point,
    )


@require_GET
def map_image(request, soato):
    region_map = geo.region_map(soato)
    if region_map is None:
        raise Http404
    point = None
    try:
        if "lat" in request.GET and "lon" in request.GET:
            point = (float(request.GET["lat"]), float(request.GET["lon"]))
    except ValueError:
        point = None
    response = HttpResponse(geo.map_svg(region_map, point), content_type="image/svg+xml")
    response["Cache-Control"] = "public, max-age=86400"
    return response


# --- files ---------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
@journey_step("files")
def files(request, draft):
    form = forms.FileForm()
    if request.method == "POST":
        form = forms.FileForm(request.POST, request.FILES)
        removed = request.POST.get("remove")
        if removed:
            drafts.file_release(draft, removed)
            drafts.save(request, draft)
            return redirect(_url("files", _changing(request)))
        upload = request.FILES.get("file")
        if upload is not None and form.is_valid():
            if len(draft["files"]) >= settings.ATTACHMENT_MAX_COUNT:
                form.add_error(
                    "file",
                    _("An appeal can have at most %(count)s attached files.")
                    % {"count": settings.ATTACHMENT_MAX_COUNT},
                )
            else:
                try:
                    inspected = inspect_upload(
                        upload.name or "", upload, max_bytes=settings.ATTACHMENT_MAX_BYTES
                    )
                except InvalidInput as exc:
                    form.add_error("file", exc.fields.get("file") or str(exc.message))
                else:
                    drafts.file_hold(draft, inspected)
                    drafts.save(request, draft)
        if form.is_valid() and not form.errors:
            if request.POST.get("action") == "continue":
                drafts.mark(draft, "files")
                drafts.save(request, draft)
                return _next(request, draft, "files")
            return redirect(_url("files", _changing(request)))
    return _step_page(
        request,
        draft,
        "files",
        form,
        template="filing/files.html",
        held=draft["files"],
        max_files=settings.ATTACHMENT_MAX_COUNT,
        can_add=len(draft["files"]) < settings.ATTACHMENT_MAX_COUNT,
    )


# --- about you -----------------------------------------------------------------


def _prefill(user, legal: bool) -> dict:
    if user is None:
        return {}
    if legal:
        return {
            "organisation_name": user.organisation_name,
            "tin": user.tin or "",
            "phone": user.phone,
            "email": user.email,
        }
    named = " ".join(p for p in (user.last_name, user.first_name, user.middle_name) if p)
    return {"full_name": named, "phone": user.phone, "email": user.email, "pinfl": user.pinfl or ""}


@require_http_methods(["GET", "POST"])
@journey_step("details")
def details(request, draft):
    legal = draft.get("applicant_type") == ApplicantType.LEGAL_ENTITY
    form_class = forms.LegalEntityForm if legal else forms.IndividualForm
    if request.method == "POST":
        form = form_class(request.POST, draft=draft, language=_language())
        if form.is_valid():
            draft.update(form.answers())
            drafts.mark(draft, "details")
            drafts.save(request, draft)
            return _next(request, draft, "details")
    else:
        initial = {name: draft.get(name, "") for name in form_class.base_fields}
        if not drafts.answered(draft, "details"):
            initial.update(
                {k: v for k, v in _prefill(_citizen(request), legal).items() if v and not initial.get(k)}
            )
        form = form_class(initial=initial, draft=draft, language=_language())
    return _step_page(
        request,
        draft,
        "details",
        form,
        template="filing/details.html",
        legal=legal,
        optional=("phone", "email", "pinfl", "tin", "signatory_position"),
    )


# --- check and send ------------------------------------------------------------


def _summary(draft: dict) -> dict:
    """What the check page shows, with names in the reader's language."""
    category = Category.objects.filter(code=draft.get("category") or "").select_related("parent").first()
    region = Territory.objects.filter(soato=draft.get("region") or "").first()
    district = Territory.objects.filter(soato=draft.get("territory") or "").first()
    mahalla = Mahalla.objects.filter(code=draft.get("mahalla") or "").first()
    return {
        "kind": Kind(draft["kind"]).label if draft.get("kind") in Kind.values else "",
        "category": category,
        "region": region,
        "district": district,
        "mahalla": mahalla,
        "point": _point(draft),
        "legal": draft.get("applicant_type") == ApplicantType.LEGAL_ENTITY,
    }


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
    missing = _first_unanswered(draft)
    if missing:
        return redirect(_url(missing))
    errors = []
    if request.method == "POST":
        if IdempotencyRecord.objects.filter(key=_idempotency_key(draft)).exists():
            return redirect("filing:done")
        try:
            return _send(request, draft)
        except InvalidInput as exc:
            errors = [(STEP_OF_FIELD.get(name, "details"), message) for name, message in exc.fields.items()]
            if not errors:
                errors = [("", str(exc.message))]
    return render(
        request,
        "filing/check.html",
        {
            "draft": draft,
            "summary": _summary(draft),
            "back_url": _url(_steps(draft)[-1]),
            "send_errors": [(_url(step, change=True) if step else "", message) for step, message in errors],
            "page_has_errors": bool(errors),
        },
    )


def _send(request, draft: dict):
    user = _citizen(request)
    submission = drafts.submission(draft, language=_language())
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
    request.session[drafts.RECEIPT_KEY] = {
        "code": appeal.tracking_code,
        "key": receipt.access_key,
        "due_at": appeal.effective_due_at.isoformat(),
        "registration_due_at": appeal.registration_due_at.isoformat(),
        "organisation": appeal.organisation_id,
        "kind": appeal.kind,
        "merged_into": receipt.duplicate_of.tracking_code if receipt.duplicate_of else "",
        "files": len(draft["files"]),
    }
    return redirect("filing:done")


# --- done ----------------------------------------------------------------------


@require_GET
def done(request):
    receipt = request.session.get(drafts.RECEIPT_KEY)
    if not receipt:
        return redirect("filing:start")
    # The access key is shown on the first view only: after that it is gone
    # from the session and the page says so.
    access_key = receipt.pop("key", "")
    if access_key:
        request.session[drafts.RECEIPT_KEY] = receipt
    code = receipt["code"]
    track_url = request.build_absolute_uri(reverse("tracking:find")) + f"?code={codes.display(code)}"
    qr = segno.make(track_url, error="m").svg_inline(
        scale=4,
        border=2,
        svgclass="qr",
        lineclass="qr__line",
        omitsize=True,
        title=_("QR code for following appeal %(code)s") % {"code": codes.display(code)},
    )
    return render(
        request,
        "filing/done.html",
        {
            "code": codes.display(code),
            "access_key": codes.display(access_key) if access_key else "",
            "track_url": track_url,
            "qr": qr,
            "due_at": parse_datetime(receipt["due_at"]),
            "registration_due_at": parse_datetime(receipt["registration_due_at"]),
            "organisation": Organisation.objects.filter(pk=receipt["organisation"]).first(),
            "merged_into": codes.display(receipt["merged_into"]) if receipt.get("merged_into") else "",
            "is_suggestion": receipt.get("kind") == Kind.SUGGESTION,
            "now": timezone.now(),
            "files": receipt.get("files", 0),
        },
    )
