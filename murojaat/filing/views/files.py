"""Files attached to the appeal: inspected when uploaded, held with the draft,
attached once the appeal is sent."""

from django.conf import settings
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from murojaat.attachments.inspection import inspect_upload
from murojaat.core.errors import InvalidInput
from murojaat.filing import draft as drafts
from murojaat.filing import forms, journey


@require_http_methods(["GET", "POST"])
@journey.journey_step("files")
def files(request, draft):
    form = forms.FileForm()
    if request.method == "POST":
        form = forms.FileForm(request.POST, request.FILES)
        removed = request.POST.get("remove")
        if removed:
            drafts.file_release(draft, removed)
            drafts.save(request, draft)
            return redirect(journey.url("files", journey.changing(request)))
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
                return journey.answered(request, draft, "files")
            return redirect(journey.url("files", journey.changing(request)))
    return journey.step_page(
        request,
        draft,
        "files",
        form,
        template="filing/files.html",
        held=draft["files"],
        max_files=settings.ATTACHMENT_MAX_COUNT,
        can_add=len(draft["files"]) < settings.ATTACHMENT_MAX_COUNT,
    )
