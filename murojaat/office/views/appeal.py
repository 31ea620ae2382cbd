"""An appeal's page for the officials of its body, and its attached files."""

from django.http import Http404
from django.shortcuts import render

from murojaat.accounts.access import official_required
from murojaat.appeals import selectors
from murojaat.appeals.models import Appeal
from murojaat.attachments.api import attachment_download_response
from murojaat.core.errors import NotFound
from murojaat.office import pages


def appeal_or_404(user, code: str) -> Appeal:
    """The appeal among those the official can see; any other code is "not found"."""
    try:
        return selectors.appeal_for_official(user, code)
    except NotFound:
        raise Http404 from None


@official_required
def appeal_page(request, code: str):
    user = request.user
    appeal = appeal_or_404(user, code)
    context = pages.appeal_context(appeal, user, show_applicant=request.GET.get("applicant") == "show")
    return render(request, "office/appeal.html", context)


@official_required
def attachment(request, code: str, attachment_id: str):
    appeal = appeal_or_404(request.user, code)
    try:
        return attachment_download_response(appeal=appeal, attachment_id=attachment_id)
    except NotFound:
        raise Http404 from None
