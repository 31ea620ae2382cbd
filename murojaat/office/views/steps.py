"""One page per step an official takes on an appeal.

A step the lifecycle refuses comes back on its form, in the reader's
language, and nothing has changed (the action's transaction rolled back).
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from murojaat.accounts.access import official_required
from murojaat.accounts.selectors import visible_organisation_ids
from murojaat.appeals import codes, lifecycle, steps
from murojaat.core.errors import DomainError
from murojaat.core.forms import add_domain_error
from murojaat.office import pages
from murojaat.office.step_pages import STEPS
from murojaat.office.views.appeal import appeal_or_404


@official_required
def step(request, code: str, action: str):
    if action not in STEPS:
        raise Http404
    user = request.user
    appeal = appeal_or_404(user, code)
    definition = STEPS[action]
    back = reverse("office:appeal", args=[appeal.tracking_code])
    if request.method == "POST":
        form, context = pages.step_form(action, request, appeal, request.POST)
        if form.is_valid():
            try:
                steps.step_take(action, appeal=appeal, official=user, values=form.cleaned_data)
            except DomainError as error:
                if definition.inline:
                    messages.error(request, str(error.message))
                    return redirect(back)
                add_domain_error(form, error)
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
        form, context = pages.step_form(action, request, appeal, None)
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
