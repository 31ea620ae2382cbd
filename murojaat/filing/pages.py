"""What the filing pages show, built outside the views (as statistics/pages.py
does): the start page's terms, the topic list and its suggestions, the lists
of places, the map, the prefilled details, the check page's summary and the
receipt."""

import logging

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from murojaat.appeals import codes
from murojaat.appeals.models import ApplicantType, Kind
from murojaat.categories.models import Category
from murojaat.core.i18n import localized
from murojaat.core.qr import qr_svg
from murojaat.deadlines import rules
from murojaat.filing import forms, geo
from murojaat.language.keys import search_key
from murojaat.organisations.models import Organisation
from murojaat.territories.models import Mahalla, Territory

log = logging.getLogger(__name__)

SUGGESTION_MIN_PROBABILITY = 0.05


def terms() -> dict:
    """The law's terms as the start page tells them, from deadlines.rules."""
    return {
        "answer_days": rules.STANDARD_TERM_DAYS,
        "extra_months": rules.EXTRA_STUDY_MONTHS,
        "suggestion_months": rules.SUGGESTION_MONTHS,
        "forward_days": rules.FORWARD_DAYS,
        "working_days": settings.DEADLINE_DAY_MODE == "working",
    }


def start_page() -> dict:
    return {
        "terms": terms(),
        "kinds": forms.KIND_HINTS.items(),
        "max_files": settings.ATTACHMENT_MAX_COUNT,
        "track_url": reverse("tracking:find"),
        "login_url": reverse("accounts:login"),
    }


# --- topic ---------------------------------------------------------------------


def category_groups(query: str):
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


def suggested_categories(text: str) -> list[tuple[Category, int]]:
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


def category_page(draft: dict, query: str) -> dict:
    groups = category_groups(query)
    return {
        "query": query,
        "groups": groups,
        "not_sure": forms.NOT_SURE,
        "suggestions": [] if query else suggested_categories(draft["text"]),
        "result_count": sum(len(leaves) for _g, leaves in groups),
    }


# --- place ---------------------------------------------------------------------


def regions() -> list[Territory]:
    return list(Territory.objects.filter(level=Territory.Level.REGION).order_by("soato"))


def region_and_districts(region_soato: str) -> tuple[Territory | None, list[Territory]]:
    region = Territory.objects.filter(soato=region_soato).first()
    return region, list(Territory.objects.filter(parent=region).order_by("kind", "name_uz")) if region else []


def has_mahallas(territory_soato: str) -> bool:
    return Mahalla.objects.filter(territory__soato=territory_soato).exists()


def district_and_mahallas(territory_soato: str) -> tuple[Territory | None, list[Mahalla]]:
    mahallas = list(Mahalla.objects.filter(territory__soato=territory_soato).order_by("name_uz"))
    return Territory.objects.filter(soato=territory_soato).first(), mahallas


def point(draft: dict) -> tuple[float, float] | None:
    if draft.get("latitude") is None or draft.get("longitude") is None:
        return None
    return draft["latitude"], draft["longitude"]


def place_page(draft: dict, region_map) -> dict:
    """The place page's region, map and point (`region_map`: geo.region_map's)."""
    here = point(draft)
    map_url = ""
    if region_map is not None:
        map_url = reverse("filing:map", args=[region_map.soato])
        if here:
            map_url += f"?lat={here[0]}&lon={here[1]}"
    return {
        "region": Territory.objects.filter(soato=draft.get("region")).first(),
        "region_map": region_map,
        "map_url": map_url,
        "point": here,
    }


def map_svg(soato: str, lat: str | None, lon: str | None) -> str | None:
    """The region's map with the point marked (when `lat` and `lon` are
    numbers); None for a region with no map."""
    region_map = geo.region_map(soato)
    if region_map is None:
        return None
    marked = None
    try:
        if lat is not None and lon is not None:
            marked = (float(lat), float(lon))
    except ValueError:
        marked = None
    return geo.map_svg(region_map, marked)


# --- about you -----------------------------------------------------------------


def prefill(user, legal: bool, acting: dict | None = None) -> dict:
    """What a signed-in citizen's account already says about them (and about
    the company they act for, with them as the signatory)."""
    if user is None:
        return {}
    if legal and acting:
        return {**prefill(user, True), **acting_overrides(user, acting)}
    if legal:
        return {
            "organisation_name": user.organisation_name,
            "tin": user.tin or "",
            "phone": user.phone,
            "email": user.email,
        }
    named = " ".join(p for p in (user.last_name, user.first_name, user.middle_name) if p)
    return {"full_name": named, "phone": user.phone, "email": user.email, "pinfl": user.pinfl or ""}


def acting_overrides(user, acting: dict | None) -> dict:
    """While a person acts for a company, what they file is the company's:
    filed by that legal entity, with the person as signatory."""
    if user is None or not acting:
        return {}
    return {
        "applicant_type": ApplicantType.LEGAL_ENTITY,
        "organisation_name": acting["name"],
        "tin": acting["tin"],
        "signatory_name": user.full_name(),
    }


# --- check and done ------------------------------------------------------------


def summary(draft: dict) -> dict:
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
        "point": point(draft),
        "legal": draft.get("applicant_type") == ApplicantType.LEGAL_ENTITY,
    }


def done_page(receipt: dict, access_key: str, track_url: str) -> dict:
    """The done page from the session's receipt (`presenters.receipt_kept`)."""
    code = receipt["code"]
    qr = qr_svg(track_url, _("QR code for following appeal %(code)s") % {"code": codes.display(code)})
    return {
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
    }
