"""Recording an appeal that reached the body by post, phone, in person, a
service centre or a mahalla worker: the registrar types it in for the
applicant, who gets a printed slip (and an SMS when a phone is given)."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.http import require_GET, require_http_methods

from murojaat.accounts.access import official_required
from murojaat.appeals import actions, intake, presenters
from murojaat.attachments.inspection import inspect_upload
from murojaat.attachments.services import attachment_add
from murojaat.core.errors import InvalidInput
from murojaat.core.forms import add_domain_error
from murojaat.office import actions as office_actions
from murojaat.office import forms
from murojaat.office import record_pages as pages


@official_required
@require_http_methods(["GET", "POST"])
def record(request):
    bodies = pages.recording_bodies(request.user)
    if not bodies:
        raise PermissionDenied
    choices = pages.form_choices(bodies)
    if request.method == "GET":
        form = forms.RecordForm(initial=pages.initial(bodies), **choices)
    elif "lookup" in request.POST:
        form = _looked_up(request, choices, bodies)
    else:
        form = forms.RecordForm(request.POST, request.FILES, **choices)
        if form.is_valid():
            try:
                return _record(request, form)
            except InvalidInput as error:
                add_domain_error(form, error)
    return render(request, "office/record.html", {"form": form, "page_has_errors": bool(form.errors)})


def _looked_up(request, choices, bodies):
    """The form again, with the applicant's details from their account."""
    chosen = request.POST.get("addressed_to", "")
    body = next((b.pk for b in bodies if str(b.pk) == chosen or b.code == chosen), bodies[0].pk)
    try:
        person = office_actions.applicant_look_up(
            actor=request.user, pinfl=request.POST.get("pinfl", ""), organisation_id=body
        )
    except InvalidInput as error:
        form = forms.RecordForm(request.POST, **choices)
        form.is_valid()
        form.errors.clear()
        add_domain_error(form, error)
        return form
    return forms.RecordForm(pages.with_person(request.POST, person), **choices)


def _record(request, form):
    data = form.cleaned_data
    scan = data["scan"]
    if scan is not None:
        # Refused before anything is written: a bad scan writes no appeal.
        try:
            inspect_upload(scan.name, scan, max_bytes=settings.ATTACHMENT_MAX_BYTES)
        except InvalidInput as error:
            raise InvalidInput(fields={"scan": error.message}) from None
        scan.seek(0)
    at = intake.received_moment(data["received_on"], timezone.now())
    language = get_language() or "uz"  # intake keeps it when it is one of ours
    with transaction.atomic():
        receipt = actions.appeal_submit(
            submission=pages.submission(data, language=language), user=pages.account_of(data["pinfl"]),
            at=at, recorded_by=request.user, consent=data["consent"],
        )
        if scan is not None:
            attachment_add(appeal=receipt.appeal, upload=scan, actor=request.user)
    request.session[pages.SLIP_KEY] = pages.slip_kept(receipt, files=int(scan is not None))
    return redirect("office:record_slip")


@official_required
@require_GET
def slip(request):
    """The applicant's slip. The access key is printed once: the next view has none."""
    if (shown := presenters.receipt_shown_once(request, pages.SLIP_KEY)) is not None:
        return render(request, "office/record_slip.html", pages.slip_page(*shown))
    return redirect("office:record")
