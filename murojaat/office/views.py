"""The officials' workspace: the inbox, the appeal page and one page per step.

Every view reads the same way: `official_required`, one scoped fetch through
`appeals.selectors`, one call into `appeals.lifecycle`, a redirect with a
message. A step the lifecycle refuses comes back on its form, in the reader's
language, and nothing has changed (the lifecycle's transaction rolled back).
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlencode

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from django.views.decorators.http import require_POST

from murojaat.accounts.access import official_required
from murojaat.accounts.models import Membership, Role, User
from murojaat.accounts.selectors import visible_organisation_ids
from murojaat.appeals import actions, codes, lifecycle, presenters, selectors
from murojaat.appeals.models import Appeal
from murojaat.attachments.api import attachment_download_response
from murojaat.categories.models import Category
from murojaat.core.errors import DomainError, InvalidInput, NotFound
from murojaat.office import forms
from murojaat.office.models import AnswerTemplate
from murojaat.organisations.models import Organisation
from murojaat.search.similar import similar_for_official
from murojaat.territories.models import Territory

PAGE_SIZE = 25
ASSIGNING_ROLES = lifecycle.TRANSITIONS["assign"].roles
EXECUTOR_ROLES = {Role.EXECUTOR, Role.HEAD}
TEMPLATE_EDITOR_ROLES = {Role.REGISTRAR, Role.EXECUTOR, Role.HEAD}
BULK_LIMIT = 200


def _appeal(user, code: str) -> Appeal:
    try:
        return selectors.appeal_for_official(user, code)
    except NotFound:
        raise Http404 from None


def _appeal_url(appeal: Appeal) -> str:
    return reverse("office:appeal", args=[appeal.tracking_code])


def _deadline_state(appeal: Appeal, now) -> str:
    """ "overdue", "today", "tomorrow" or "" for an open appeal's effective deadline."""
    if appeal.status not in lifecycle.OPEN:
        return ""
    due = appeal.effective_due_at
    if due < now:
        return "overdue"
    days = (timezone.localdate(due) - timezone.localdate(now)).days
    return {0: "today", 1: "tomorrow"}.get(days, "")


def _safe_next(request, default: str) -> str:
    value = request.POST.get("next") or request.GET.get("next")
    if value and url_has_allowed_host_and_scheme(
        value, {request.get_host()}, require_https=request.is_secure()
    ):
        return value
    return default


# ---------------------------------------------------------------------------
# The inbox.


def _category_choices() -> list:
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


def _territory_choices(appeals) -> list:
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


def _assignable_executors(user) -> list:
    """Executors the official may assign, as (body name or "" when only one body, [(username, name)])."""
    bodies = [org_id for org_id, roles in _roles_by_body(user).items() if roles & ASSIGNING_ROLES]
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


def _roles_by_body(user) -> dict[int, set[str]]:
    return user.roles_by_body


def _filtered(qs, form: forms.InboxFilterForm, user):
    status = form.value("status", forms.OPEN_STATUSES)
    if status == forms.OPEN_STATUSES:
        qs = qs.filter(status__in=list(lifecycle.OPEN))
    elif status != forms.ALL_STATUSES:
        qs = qs.filter(status=status)
    if due := form.value("due"):
        qs = qs.filter(selectors.due_filter(due))
    if category := form.value("category"):
        qs = qs.filter(Q(category__code=category) | Q(category__parent__code=category))
    if territory := form.value("territory"):
        qs = qs.filter(Q(territory__soato=territory) | Q(territory__parent__soato=territory))
    if kind := form.value("kind"):
        qs = qs.filter(kind=kind)
    if form.value("mine", False):
        qs = qs.filter(assignee=user)
    return qs


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


@official_required
def inbox(request):
    user = request.user
    appeals = selectors.appeals_for_official(user)
    data = request.GET.copy()
    data.setdefault("status", forms.OPEN_STATUSES)
    form = forms.InboxFilterForm(
        data, categories=_category_choices(), territories=_territory_choices(appeals)
    )
    form.is_valid()
    counts = appeals.aggregate(
        overdue=Count("pk", filter=selectors.due_filter("overdue")),
        today=Count("pk", filter=selectors.due_filter("today")),
        tomorrow=Count("pk", filter=selectors.due_filter("tomorrow")),
    )
    sort = form.value("sort", "due_at")
    rows = _filtered(appeals, form, user).select_related("category", "territory", "assignee", "organisation")
    paginator = Paginator(rows.order_by(sort, "pk"), PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    now = timezone.now()
    items = list(page.object_list)
    for appeal in items:
        appeal.deadline_state = _deadline_state(appeal, now)
        appeal.display_code = codes.display(appeal.tracking_code)

    params = {k: v for k, v in form.cleaned_data.items()} if hasattr(form, "cleaned_data") else {}
    params = {k: v for k, v in params.items() if k != "sort"}
    params["sort"] = sort if sort != "due_at" else ""
    bucket_link = lambda due: _query({"status": forms.OPEN_STATUSES}, due=due)  # noqa: E731
    executors = _assignable_executors(user)
    context = {
        "form": form,
        "page_has_errors": False,
        "counts": [
            {
                "key": "overdue",
                "label": _("Overdue"),
                "number": counts["overdue"],
                "href": bucket_link("overdue"),
                "css": "figure--alert",
            },
            {
                "key": "today",
                "label": _("Due today"),
                "number": counts["today"],
                "href": bucket_link("today"),
                "css": "figure--warn",
            },
            {
                "key": "tomorrow",
                "label": _("Due tomorrow"),
                "number": counts["tomorrow"],
                "href": bucket_link("tomorrow"),
                "css": "",
            },
        ],
        "page": page,
        "appeals": items,
        "total": paginator.count,
        "headers": {
            "received_at": _sort_header(params, sort, "received_at", _("Received")),
            "due_at": _sort_header(params, sort, "due_at", _("Due")),
        },
        "previous_href": _query(params, page=page.previous_page_number()) if page.has_previous() else "",
        "next_href": _query(params, page=page.next_page_number()) if page.has_next() else "",
        "executors": executors,
        "can_assign": bool(executors),
        "here": request.get_full_path(),
        "filtered": any(request.GET.get(k) for k in ("due", "category", "territory", "kind", "mine"))
        or request.GET.get("status", forms.OPEN_STATUSES) != forms.OPEN_STATUSES,
    }
    # The form object is only for the filters: its errors are not the page's.
    response = render(request, "office/inbox.html", {**context, "form": None, "filters": form})
    return response


@official_required
@require_POST
def bulk_assign(request):
    user = request.user
    back = _safe_next(request, reverse("office:inbox"))
    wanted = [c for c in request.POST.getlist("appeals") if c][:BULK_LIMIT]
    username = request.POST.get("executor", "")
    if not wanted:
        messages.error(request, _("Choose at least one appeal to assign."))
        return redirect(back)
    executor = User.objects.filter(username=username, is_active=True).first() if username else None
    if executor is None:
        messages.error(request, _("Choose the executor."))
        return redirect(back)
    done, refused = [], []
    for code in wanted:
        shown = codes.display(codes.normalise(code))
        try:
            appeal = selectors.appeal_for_official(user, code)
            actions.appeal_assign(appeal=appeal, actor=user, executor=executor)
        except DomainError as error:
            message = error.message if not isinstance(error, NotFound) else _("No such appeal among yours.")
            refused.append((shown, str(message)))
        else:
            done.append(shown)
    if done:
        messages.success(
            request,
            _("Assigned to %(name)s: %(codes)s.") % {"name": executor.full_name(), "codes": ", ".join(done)},
        )
    for shown, message in refused:
        messages.error(
            request, _("%(code)s was not assigned: %(reason)s") % {"code": shown, "reason": message}
        )
    return redirect(back)


# ---------------------------------------------------------------------------
# The appeal page.


def _routing_suggestions(appeal: Appeal) -> dict:
    """What the routing model suggests for this text, when a model has been trained."""
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


@official_required
def appeal_page(request, code: str):
    user = request.user
    appeal = _appeal(user, code)
    roles = lifecycle.roles_in(user, appeal.organisation_id)
    sees_personal_data = bool(roles & selectors.PERSONAL_DATA_ROLES)
    applicant = cosigners = None
    if sees_personal_data and request.GET.get("applicant") == "show":
        applicant = selectors.applicant_for_official(user, appeal, purpose="view")
        cosigners = [c.full_name for c in appeal.cosigners.all()]
    allowed = lifecycle.allowed_actions(appeal, user)
    actions = [
        {
            "name": name,
            "label": STEPS[name].link_label,
            "url": reverse("office:step", args=[appeal.tracking_code, name]),
            "inline": STEPS[name].inline,
            "warning": STEPS[name].warning,
        }
        for name in allowed
        if name in STEPS
    ]
    now = timezone.now()
    context = {
        "appeal": appeal,
        "display_code": codes.display(appeal.tracking_code),
        "deadline_state": _deadline_state(appeal, now),
        "sees_personal_data": sees_personal_data,
        "applicant": applicant,
        "cosigners": cosigners,
        "attachments": list(appeal.attachments.all()),
        "timeline": presenters.timeline(appeal, public_only=False),
        "similar": similar_for_official(appeal, user),
        "routing": _routing_suggestions(appeal) if appeal.status in lifecycle.OPEN else {},
        "actions": actions,
        "can_forward": "forward" in allowed,
        "can_mark_repeated": "mark_repeated" in allowed,
        "can_merge": "merge" in allowed,
        "related": {
            "repeated_of": appeal.repeated_of,
            "merged_into": appeal.merged_into,
            "contests": appeal.contests,
        },
    }
    return render(request, "office/appeal.html", context)


@official_required
def attachment(request, code: str, attachment_id: str):
    appeal = _appeal(request.user, code)
    try:
        return attachment_download_response(appeal=appeal, attachment_id=attachment_id)
    except NotFound:
        raise Http404 from None


# ---------------------------------------------------------------------------
# One page per step.


@dataclass(frozen=True)
class Step:
    title: str  # the page's <h1>
    link_label: str  # on the appeal page
    button: str
    form: type
    run: Callable  # (appeal, user, cleaned_data) -> None
    done: Callable  # (appeal, cleaned_data) -> success message
    inline: bool = False  # a button on the appeal page, no form to fill
    warning: bool = False


def _other_appeal(user, code: str) -> Appeal:
    try:
        return selectors.appeal_for_official(user, code)
    except NotFound:
        raise InvalidInput(fields={"tracking_code": _("No such appeal among those you can see.")}) from None


def _executor(username: str) -> User:
    executor = User.objects.filter(username=username, is_active=True).first()
    if executor is None:
        raise InvalidInput(fields={"executor": _("Choose an executor of this body.")})
    return executor


def _body(code: str) -> Organisation:
    body = Organisation.objects.filter(code=code, is_active=True).first()
    if body is None:
        raise InvalidInput(fields={"to": _("Choose a body from the list.")})
    return body


STEPS: dict[str, Step] = {
    "register": Step(
        gettext_lazy("Register the appeal"),
        gettext_lazy("Register"),
        gettext_lazy("Register"),
        forms.EmptyStepForm,
        lambda a, u, d: actions.appeal_register(appeal=a, actor=u),
        lambda a, d: _("The appeal is registered."),
        inline=True,
    ),
    "forward": Step(
        gettext_lazy("Forward to the competent body"),
        gettext_lazy("Forward to another body"),
        gettext_lazy("Forward"),
        forms.ForwardForm,
        lambda a, u, d: actions.appeal_forward(appeal=a, actor=u, to=_body(d["to"]), reason=d["reason"]),
        lambda a, d: _("The appeal was forwarded to %(body)s.") % {"body": a.organisation.name},
    ),
    "assign": Step(
        gettext_lazy("Assign an executor"),
        gettext_lazy("Assign an executor"),
        gettext_lazy("Assign"),
        forms.AssignForm,
        lambda a, u, d: actions.appeal_assign(appeal=a, actor=u, executor=_executor(d["executor"])),
        lambda a, d: _("%(name)s is now the executor.") % {"name": a.assignee.full_name()},
    ),
    "set_extra_study": Step(
        gettext_lazy("Set the term for extra study"),
        gettext_lazy("Set the term for extra study"),
        gettext_lazy("Set the term"),
        forms.ReasonForm,
        lambda a, u, d: actions.appeal_set_extra_study(appeal=a, actor=u, reason=d["reason"]),
        lambda a, d: _("The term is now one month. The applicant is told."),
    ),
    "notify_further_study": Step(
        gettext_lazy("Tell the applicant of further study"),
        gettext_lazy("Tell the applicant of further study"),
        gettext_lazy("Tell the applicant"),
        forms.NoteForm,
        lambda a, u, d: actions.appeal_notify_further_study(appeal=a, actor=u, note=d["note"]),
        lambda a, d: _("The applicant is told the suggestion needs further study."),
    ),
    "extend": Step(
        gettext_lazy("Extend the deadline"),
        gettext_lazy("Extend the deadline"),
        gettext_lazy("Extend"),
        forms.ExtendForm,
        lambda a, u, d: actions.appeal_extend(appeal=a, actor=u, until=d["until"], reason=d["reason"]),
        lambda a, d: _("The deadline is extended. The applicant is told."),
    ),
    "answer": Step(
        gettext_lazy("Answer the appeal"),
        pgettext_lazy("appeal step", "Answer"),
        gettext_lazy("Send the answer"),
        forms.AnswerForm,
        lambda a, u, d: actions.appeal_answer(appeal=a, actor=u, text=d["text"], form=d["form"]),
        lambda a, d: _("The answer is sent to the applicant."),
    ),
    "leave_without_consideration": Step(
        gettext_lazy("Leave without consideration"),
        gettext_lazy("Leave without consideration"),
        gettext_lazy("Leave without consideration"),
        forms.WithoutConsiderationForm,
        lambda a, u, d: actions.appeal_leave_without_consideration(
            appeal=a, actor=u, reason=d["reason"], conclusion=d["conclusion"]
        ),
        lambda a, d: _("The appeal is left without consideration. The applicant is told why."),
        warning=True,
    ),
    "merge": Step(
        gettext_lazy("Merge with another appeal"),
        gettext_lazy("Merge with another appeal"),
        gettext_lazy("Merge"),
        forms.OtherAppealForm,
        lambda a, u, d: actions.appeal_merge(appeal=a, actor=u, into=_other_appeal(u, d["tracking_code"])),
        lambda a, d: (
            _("The appeal is merged into %(code)s.") % {"code": codes.display(a.merged_into.tracking_code)}
        ),
        warning=True,
    ),
    "mark_repeated": Step(
        gettext_lazy("Mark as a repeated appeal"),
        gettext_lazy("Mark as repeated"),
        gettext_lazy("Mark as repeated"),
        forms.OtherAppealForm,
        lambda a, u, d: actions.appeal_mark_repeated(
            appeal=a, actor=u, earlier=_other_appeal(u, d["tracking_code"])
        ),
        lambda a, d: (
            _("The appeal is marked as a repeat of %(code)s.")
            % {"code": codes.display(a.repeated_of.tracking_code)}
        ),
    ),
    "close": Step(
        gettext_lazy("Close the appeal"),
        gettext_lazy("Close"),
        gettext_lazy("Close"),
        forms.EmptyStepForm,
        lambda a, u, d: actions.appeal_close(appeal=a, actor=u),
        lambda a, d: _("The appeal is closed."),
        inline=True,
    ),
}


def _apostrophes(text: str) -> str:
    return "".join("‘" if ch in "'`ʻʼ’" else ch for ch in text)


def _forward_bodies(request, appeal: Appeal) -> tuple[list[Organisation], str, bool]:
    """Bodies to offer: those matching the search (any script, code or name), or
    without a search the suggested ones and those of the appeal's place."""
    from murojaat.core.scripts import cyrillic_to_latin, is_cyrillic, latin_to_cyrillic

    query = request.GET.get("q", "").strip()[:100]
    active = Organisation.objects.filter(is_active=True).exclude(pk=appeal.organisation_id)
    limit = 50
    if query:
        variants = {query, _apostrophes(query)}
        variants.add(
            cyrillic_to_latin(query) if is_cyrillic(query) else latin_to_cyrillic(_apostrophes(query))
        )
        match = Q(code__icontains=query)
        for v in variants:
            for column in ("name_uz", "name_uz_cyrl", "name_kaa", "name_ru", "name_en"):
                match |= Q(**{f"{column}__icontains": v})
        found = list(active.filter(match).select_related("territory").order_by("level", "code")[: limit + 1])
        return found[:limit], query, len(found) > limit
    suggested = [s["organisation"] for s in _routing_suggestions(appeal).get("bodies", [])]
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
    return bodies, "", False


def _executors_of(appeal: Appeal) -> list:
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


def _step_form(step_name: str, request, appeal: Appeal, data):
    extra, initial, context = {}, {}, {}
    if step_name == "forward":
        bodies, query, more = _forward_bodies(request, appeal)
        extra["bodies"] = [(b.code, b.name) for b in bodies]
        initial["to"] = request.GET.get("to", "")
        context.update(query=query, more_bodies=more, body_count=len(bodies))
    elif step_name == "assign":
        extra["executors"] = _executors_of(appeal)
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


@official_required
def step(request, code: str, action: str):
    if action not in STEPS:
        raise Http404
    user = request.user
    appeal = _appeal(user, code)
    definition = STEPS[action]
    back = _appeal_url(appeal)
    if request.method == "POST":
        form, context = _step_form(action, request, appeal, request.POST)
        if form.is_valid():
            try:
                definition.run(appeal, user, form.cleaned_data)
            except DomainError as error:
                if definition.inline:
                    messages.error(request, str(error.message))
                    return redirect(back)
                form.add_domain_error(error)
            else:
                messages.success(request, definition.done(appeal, form.cleaned_data))
                if appeal.organisation_id not in visible_organisation_ids(user):
                    # Forwarded out of this official's bodies: nothing more to see here.
                    return redirect("office:inbox")
                return redirect(back)
        elif definition.inline:
            messages.error(request, _("This step could not be done."))
            return redirect(back)
    else:
        if definition.inline:
            return redirect(back)
        if action not in lifecycle.allowed_actions(appeal, user):
            messages.error(
                request,
                _("“%(action)s” is not possible for you on this appeal now.")
                % {"action": lifecycle.ACTION_LABELS.get(action, action)},
            )
            return redirect(back)
        form, context = _step_form(action, request, appeal, None)
    return render(
        request,
        f"office/steps/{action}.html",
        {
            "appeal": appeal,
            "display_code": codes.display(appeal.tracking_code),
            "step": definition,
            "action": action,
            "form": form,
            "back": back,
            **context,
        },
    )


# ---------------------------------------------------------------------------
# Answer templates.


def _template_bodies(user) -> list[Organisation]:
    ids = [org_id for org_id, roles in _roles_by_body(user).items() if roles & TEMPLATE_EDITOR_ROLES]
    return list(Organisation.objects.filter(pk__in=ids).order_by("code"))


@official_required
def answer_templates(request):
    bodies = _template_bodies(request.user)
    templates = AnswerTemplate.objects.filter(organisation__in=bodies).select_related("organisation")
    return render(
        request,
        "office/templates_list.html",
        {
            "templates": templates,
            "can_edit": bool(bodies),
            "several_bodies": len(bodies) > 1,
        },
    )


@official_required
def answer_template_edit(request, pk: int | None = None):
    bodies = _template_bodies(request.user)
    if not bodies:
        raise Http404
    instance = get_object_or_404(AnswerTemplate, pk=pk, organisation__in=bodies) if pk else AnswerTemplate()
    form = forms.AnswerTemplateForm(request.POST or None, instance=instance, organisations=bodies)
    if request.method == "POST" and form.is_valid():
        template = form.save(commit=False)
        template.organisation = next(b for b in bodies if str(b.pk) == form.cleaned_data["organisation"])
        template.updated_at = timezone.now()
        template.save()
        messages.success(request, _("The answer template “%(title)s” is saved.") % {"title": template.title})
        return redirect("office:answer_templates")
    return render(request, "office/template_form.html", {"form": form, "template": instance})


@official_required
@require_POST
def answer_template_delete(request, pk: int):
    bodies = _template_bodies(request.user)
    template = get_object_or_404(AnswerTemplate, pk=pk, organisation__in=bodies)
    template.delete()
    messages.success(request, _("The answer template “%(title)s” is deleted.") % {"title": template.title})
    return redirect("office:answer_templates")
