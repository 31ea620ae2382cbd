"""The signed-in person's cabinet: what is open with the state for them, who
looked at their data, their settings, sessions, data download and corrections."""

import json

from django.contrib import auth, messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from murojaat.accounts import actions as account_actions
from murojaat.accounts.selectors import acting_choices, acting_entity, sessions_of
from murojaat.cabinet import actions, selectors
from murojaat.cabinet.forms import ActingAsForm, CorrectionForm, NotificationSettingsForm
from murojaat.cabinet.sections import sections
from murojaat.core.errors import DomainError
from murojaat.core.forms import add_domain_error


@login_required
@never_cache
@require_http_methods(["GET"])
def home(request):
    return _home(request, CorrectionForm())


def _home(request, correction_form):
    user = request.user
    acting = acting_entity(user, request.session)
    blocks = [{"section": s, "rows": s.rows(user, acting)} for s in sections()]
    return render(
        request, "cabinet/home.html",
        {"blocks": blocks, "accesses": selectors.data_accesses(user),
         "correction_form": correction_form, "acting": acting},
    )


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def settings_page(request):
    user = request.user
    if request.method == "POST":
        form = NotificationSettingsForm(request.POST)
        if form.is_valid():
            try:
                account_actions.notification_settings_change(
                    user, sms=form.cleaned_data["sms"], email=form.cleaned_data["email"],
                    language=form.cleaned_data["language"],
                )
            except DomainError as error:
                add_domain_error(form, error)
            else:
                messages.success(request, _("Your settings are saved."))
                return redirect("cabinet:settings")
    else:
        form = NotificationSettingsForm(
            initial={"sms": user.notify_sms, "email": user.notify_email, "language": user.notify_language}
        )
    current = request.session.session_key
    sessions = [{"session": s, "current": s.session_key == current} for s in sessions_of(user)]
    return render(request, "cabinet/settings.html", {"form": form, "sessions": sessions})


@login_required
@require_http_methods(["POST"])
def sessions_end(request):
    account_actions.sessions_end_all(request.user)
    auth.logout(request)
    messages.success(request, _("You are signed out in every browser."))
    return redirect("accounts:login")


@login_required
@never_cache
@require_http_methods(["GET"])
def data_download(request):
    data = selectors.data_export(request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="murojaat-my-data.json"'
    return response


@login_required
@never_cache
@require_http_methods(["POST"])
def correction(request):
    """The correction form of the cabinet's home: refused input shows the home again."""
    form = CorrectionForm(request.POST)
    if form.is_valid():
        try:
            actions.correction_request_submit(request.user, text=form.cleaned_data["text"])
        except DomainError as error:
            add_domain_error(form, error)
        else:
            messages.success(request, _("Your request is sent. The operator will correct the data or tell you why not."))
            return redirect("cabinet:home")
    return _home(request, form)


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def acting_as(request):
    """Choose whom to act for: oneself, or one of the organisations one represents."""
    user = request.user
    entities = acting_choices(user)
    if not entities:
        return redirect("cabinet:home")
    if request.method == "POST":
        form = ActingAsForm(request.POST, user=user, entities=entities)
        if form.is_valid():
            try:
                account_actions.acting_as_choose(user, request.session, tin=form.cleaned_data["tin"])
            except DomainError as error:
                add_domain_error(form, error)
            else:
                messages.success(request, _("Saved: whom you act for."))
                return redirect("cabinet:home")
    else:
        current = acting_entity(user, request.session)
        form = ActingAsForm(initial={"tin": current["tin"] if current else ""}, user=user, entities=entities)
    return render(request, "cabinet/acting_as.html", {"form": form})
