"""The inbox: the official's appeals, filtered and sorted, and assigning many at once."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from murojaat.accounts.access import official_required
from murojaat.appeals import actions, codes, selectors, steps
from murojaat.core.errors import DomainError, InvalidInput, NotFound
from murojaat.office import forms, pages, record_pages

PAGE_SIZE = 25
BULK_LIMIT = 200


def _safe_next(request, default: str) -> str:
    value = request.POST.get("next") or request.GET.get("next")
    if value and url_has_allowed_host_and_scheme(
        value, {request.get_host()}, require_https=request.is_secure()
    ):
        return value
    return default


@official_required
def inbox(request):
    user = request.user
    data = request.GET.copy()
    data.setdefault("status", forms.OPEN_STATUSES)
    form = forms.InboxFilterForm(
        data,
        categories=pages.category_choices(),
        territories=pages.territory_choices(selectors.appeals_for_official(user)),
    )
    form.is_valid()
    paginator = Paginator(selectors.inbox_appeals(user, pages.inbox_query(form)), PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    context = pages.inbox_context(user, form, page, paginator.count, selectors.inbox_counts(user))
    # The form object is only for the filters: its errors are not the page's.
    context.update(
        form=None, filters=form, here=request.get_full_path(), can_record=record_pages.can_record(user)
    )
    return render(request, "office/inbox.html", context)


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
    try:
        executor = steps.executor_by_username(user, username, "executor")
    except InvalidInput:
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
