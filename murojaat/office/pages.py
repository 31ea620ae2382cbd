"""What the officials' inbox and appeal page show, assembled from the selectors.

Views stay thin: they parse the request, call one selector or action, and
render what these functions build.
"""

from datetime import timedelta
from urllib.parse import urlencode

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from murojaat.accounts.models import Membership, Role
from murojaat.appeals import codes, lifecycle, presenters, selectors
from murojaat.appeals.models import Appeal
from murojaat.categories.models import Category
from murojaat.language.apostrophes import normalise_apostrophes
from murojaat.language.scripts import cyrillic_to_latin, is_cyrillic, latin_to_cyrillic
from murojaat.office import forms
from murojaat.office.models import AnswerTemplate
from murojaat.office.step_pages import STEPS
from murojaat.organisations.models import Organisation
from murojaat.search.similar import similar_for_official
from murojaat.territories.models import Territory

ASSIGNING_ROLES = lifecycle.TRANSITIONS["assign"].roles
EXECUTOR_ROLES = {Role.EXECUTOR, Role.HEAD}


def deadline_state(appeal: Appeal, now) -> str:
    """ "overdue", "today", "tomorrow" or "" for an open appeal's effective deadline."""
    if appeal.status not in lifecycle.OPEN:
        return ""
    due = appeal.effective_due_at
    if due < now:
        return "overdue"
    days = (timezone.localdate(due) - timezone.localdate(now)).days
    return {0: "today", 1: "tomorrow"}.get(days, "")


# ---------------------------------------------------------------------------
# The inbox.


def category_choices() -> list:
    groups: dict[int | None, list[Category]] = {}
    for cat in Category.objects.filter(is_active=True).order_by("position", "code"):
        groups.setdefault(cat.parent_id, []).append(cat)
    choices = []
    for top in groups.get(None, []):
        children = groups.get(top.pk, [])
        if children:
            options = [(top.code, _("All of “%(group)s”") % {"group": top.name})]
            options += [(c.code, c.name) for c in children]
            choices.append((top.name, options))
        else:
            choices.append((top.code, top.name))
    return choices


def territory_choices(appeals) -> list:
    """Districts and cities that the official's appeals come from, by region."""
    districts = (
        Territory.objects.filter(pk__in=appeals.exclude(territory=None).values("territory_id"))
        .select_related("parent")
        .order_by("parent__soato", "soato")
    )
    regions: dict = {}
    for district in districts:
        region = district.parent or district
        regions.setdefault(region, []).append(district)
    choices = []
    for region, items in regions.items():
        options = [(region.soato, _("All of %(region)s") % {"region": region.name})]
        options += [(d.soato, d.name) for d in items if d.pk != region.pk]
        choices.append((region.name, options))
    return choices


def assignable_executors(user) -> list:
    """Executors the official may assign, as (body name or "" when only one body, [(username, name)])."""
    bodies = [org_id for org_id, roles in user.roles_by_body.items() if roles & ASSIGNING_ROLES]
    if not bodies:
        return []
    rows = (
        Membership.objects.filter(
            organisation_id__in=bodies, is_active=True, role__in=EXECUTOR_ROLES, user__is_active=True
        )
        .select_related("user", "organisation")
        .order_by("organisation__code", "user__last_name", "user__first_name", "user__username")
    )
    seen, by_body = set(), {}
    for m in rows:
        if (m.organisation_id, m.user_id) in seen:
            continue
        seen.add((m.organisation_id, m.user_id))
        by_body.setdefault(m.organisation, []).append((m.user.username, m.user.full_name()))
    if len(by_body) == 1:
        return [("", next(iter(by_body.values())))]
    return [(org.name, members) for org, members in by_body.items()]


def inbox_query(form: forms.InboxFilterForm) -> selectors.InboxQuery:
    """The inbox's filters as the selector takes them ("open" is the open statuses, "all" is any)."""
    status = form.value("status", forms.OPEN_STATUSES)
    if status == forms.OPEN_STATUSES:
        statuses = tuple(lifecycle.OPEN)
    elif status == forms.ALL_STATUSES:
        statuses = ()
    else:
        statuses = (status,)
    return selectors.InboxQuery(
        statuses=statuses,
        due=form.value("due"),
        category=form.value("category"),
        territory=form.value("territory"),
        kind=form.value("kind"),
        assigned_to_me=bool(form.value("mine", False)),
        sort=form.value("sort", "due_at"),
    )


def _query(params: dict, **changes) -> str:
    merged = {k: v for k, v in params.items() if v not in ("", None, False)}
    for key, value in changes.items():
        if value in ("", None):
            merged.pop(key, None)
        else:
            merged[key] = value
    return "?" + urlencode(merged, doseq=True) if merged else "?"


def _sort_header(params: dict, sort: str, column: str, label: str) -> dict:
    """A column header link that sorts by `column`, flipping when already sorted by it."""
    if sort == column:
        state, next_sort = "ascending", f"-{column}"
    elif sort == f"-{column}":
        state, next_sort = "descending", column
    else:
        state, next_sort = "none", column
    return {"label": label, "aria_sort": state, "href": _query(params, sort=next_sort, page="")}


def _count_figures(counts: dict) -> list[dict]:
    """The three deadline figures above the inbox, each a link to its appeals."""

    def link(due: str) -> str:
        return _query({"status": forms.OPEN_STATUSES}, due=due)

    return [
        {
            "key": "overdue",
            "label": _("Overdue"),
            "number": counts["overdue"],
            "href": link("overdue"),
            "css": "figure--alert",
        },
        {
            "key": "today",
            "label": _("Due today"),
            "number": counts["today"],
            "href": link("today"),
            "css": "figure--warn",
        },
        {
            "key": "tomorrow",
            "label": _("Due tomorrow"),
            "number": counts["tomorrow"],
            "href": link("tomorrow"),
            "css": "",
        },
    ]


def inbox_context(user, form: forms.InboxFilterForm, page, total: int, counts: dict) -> dict:
    """The inbox page's data around one page of appeals."""
    sort = form.value("sort", "due_at")
    now = timezone.now()
    items = list(page.object_list)
    for appeal in items:
        appeal.deadline_state = deadline_state(appeal, now)
        appeal.display_code = codes.display(appeal.tracking_code)
    params = {k: v for k, v in form.cleaned_data.items()} if hasattr(form, "cleaned_data") else {}
    params = {k: v for k, v in params.items() if k != "sort"}
    params["sort"] = sort if sort != "due_at" else ""
    executors = assignable_executors(user)
    data = form.data
    return {
        "page_has_errors": False,
        "counts": _count_figures(counts),
        "page": page,
        "appeals": items,
        "total": total,
        "headers": {
            "received_at": _sort_header(params, sort, "received_at", _("Received")),
            "due_at": _sort_header(params, sort, "due_at", _("Due")),
        },
        "previous_href": _query(params, page=page.previous_page_number()) if page.has_previous() else "",
        "next_href": _query(params, page=page.next_page_number()) if page.has_next() else "",
        "executors": executors,
        "can_assign": bool(executors),
        "filtered": any(data.get(k) for k in ("due", "category", "territory", "kind", "mine"))
        or data.get("status", forms.OPEN_STATUSES) != forms.OPEN_STATUSES,
    }


# ---------------------------------------------------------------------------
# The appeal page.


def routing_suggestions(appeal: Appeal) -> dict:
    """What the routing model suggests for this text, when a model has been trained."""
    # Imported here so that scikit-learn loads with the first suggestion, not with every page.
    from murojaat.routing.data import appeal_routing_text
    from murojaat.routing.store import suggest

    text = f"{appeal.summary}\n{appeal.text}" if appeal.summary else appeal.text
    result = {"bodies": [], "categories": []}
    body_pairs = suggest(appeal_routing_text(appeal, target="organisation"), "organisation")
    if body_pairs:
        found = Organisation.objects.in_bulk([c for c, _p in body_pairs], field_name="code")
        result["bodies"] = [
            {"organisation": found[c], "percent": round(p * 100)} for c, p in body_pairs if c in found
        ]
    cat_pairs = suggest(text, "category")
    if cat_pairs:
        found = Category.objects.in_bulk([c for c, _p in cat_pairs], field_name="code")
        result["categories"] = [
            {"category": found[c], "percent": round(p * 100)} for c, p in cat_pairs if c in found
        ]
    return result


def appeal_context(appeal: Appeal, user, *, show_applicant: bool) -> dict:
    """The appeal page's data; the applicant's personal data only when asked for (and recorded)."""
    roles = lifecycle.roles_in(user, appeal.organisation_id)
    sees_personal_data = bool(roles & selectors.PERSONAL_DATA_ROLES)
    applicant = cosigners = None
    if sees_personal_data and show_applicant:
        applicant = selectors.applicant_for_official(user, appeal, purpose="view")
        cosigners = [c.full_name for c in appeal.cosigners.all()]
    allowed = lifecycle.allowed_actions(appeal, user)
    return {
        "appeal": appeal,
        "display_code": codes.display(appeal.tracking_code),
        "deadline_state": deadline_state(appeal, timezone.now()),
        "sees_personal_data": sees_personal_data,
        "applicant": applicant,
        "cosigners": cosigners,
        "attachments": list(appeal.attachments.all()),
        "timeline": presenters.timeline(appeal, public_only=False),
        "similar": similar_for_official(appeal, user),
        "routing": routing_suggestions(appeal) if appeal.status in lifecycle.OPEN else {},
        "actions": [
            {
                "name": name,
                "label": STEPS[name].link_label,
                "url": reverse("office:step", args=[appeal.tracking_code, name]),
                "inline": STEPS[name].inline,
                "warning": STEPS[name].warning,
            }
            for name in allowed
            if name in STEPS
        ],
        "can_forward": "forward" in allowed,
        "can_mark_repeated": "mark_repeated" in allowed,
        "can_merge": "merge" in allowed,
        "related": {
            "repeated_of": appeal.repeated_of,
            "merged_into": appeal.merged_into,
            "contests": appeal.contests,
        },
    }


# ---------------------------------------------------------------------------
# What the step pages offer.


def forward_bodies(appeal: Appeal, query: str) -> tuple[list[Organisation], bool]:
    """Bodies to offer: those matching the search (any script, code or name), or
    without a search the suggested ones and those of the appeal's place; and
    whether the search found more than are shown."""
    active = Organisation.objects.filter(is_active=True).exclude(pk=appeal.organisation_id)
    limit = 50
    if query:
        # o‘ and g‘ however typed, the tutuq kept as ’: how the bodies' names are stored.
        fixed = normalise_apostrophes(query, restore_missing=False)
        variants = {query, fixed}
        variants.add(cyrillic_to_latin(query) if is_cyrillic(query) else latin_to_cyrillic(fixed))
        match = Q(code__icontains=query)
        for v in variants:
            for column in ("name_uz", "name_uz_cyrl", "name_kaa", "name_ru", "name_en"):
                match |= Q(**{f"{column}__icontains": v})
        found = list(active.filter(match).select_related("territory").order_by("level", "code")[: limit + 1])
        return found[:limit], len(found) > limit
    suggested = [s["organisation"] for s in routing_suggestions(appeal).get("bodies", [])]
    place = Q(pk=appeal.organisation.parent_id)
    if appeal.territory_id:
        place |= Q(territory_id=appeal.territory_id)
        if appeal.territory.parent_id:
            place |= Q(territory_id=appeal.territory.parent_id)
    nearby = list(active.filter(place).select_related("territory").order_by("level", "code")[:limit])
    seen, bodies = set(), []
    for body in suggested + nearby:
        if body.pk not in seen and body.pk != appeal.organisation_id and body.is_active:
            seen.add(body.pk)
            bodies.append(body)
    return bodies, False


def executors_of(appeal: Appeal) -> list:
    rows = (
        Membership.objects.filter(
            organisation_id=appeal.organisation_id,
            is_active=True,
            role__in=EXECUTOR_ROLES,
            user__is_active=True,
        )
        .select_related("user")
        .order_by("user__last_name", "user__first_name", "user__username")
    )
    seen, choices = set(), []
    for m in rows:
        if m.user_id not in seen:
            seen.add(m.user_id)
            choices.append((m.user.username, m.user.full_name()))
    return choices


def step_form(step_name: str, request, appeal: Appeal, data) -> tuple:
    """The step page's form (bound to `data` when sent) and what the page shows around it."""
    extra, initial, context = {}, {}, {}
    if step_name == "forward":
        query = request.GET.get("q", "").strip()[:100]
        bodies, more = forward_bodies(appeal, query)
        extra["bodies"] = [(b.code, b.name) for b in bodies]
        initial["to"] = request.GET.get("to", "")
        context.update(query=query, more_bodies=more, body_count=len(bodies))
    elif step_name == "assign":
        extra["executors"] = executors_of(appeal)
        if appeal.assignee_id:
            initial["executor"] = appeal.assignee.username
    elif step_name == "answer":
        templates = list(AnswerTemplate.objects.filter(organisation_id=appeal.organisation_id))
        chosen = request.GET.get("template", "")
        context.update(templates=templates, chosen_template=chosen)
        picked = next((t for t in templates if str(t.pk) == chosen), None)
        if picked is not None:
            initial["text"] = picked.text
    elif step_name in ("mark_repeated", "merge"):
        if step_name == "merge":
            extra["label"] = _("Tracking code of the appeal to merge into")
        initial["tracking_code"] = request.GET.get("code", "")
        context["similar"] = similar_for_official(appeal, request.user)
    elif step_name == "extend":
        context["max_until"] = timezone.localdate(appeal.due_at) + timedelta(days=30)
    form = STEPS[step_name].form(data, initial=initial, **extra)
    return form, context
