"""Who writes: an individual or a legal entity, then their details."""

from django.views.decorators.http import require_http_methods

from murojaat.appeals.models import ApplicantType
from murojaat.filing import draft as drafts
from murojaat.filing import forms, journey, pages


@require_http_methods(["GET", "POST"])
@journey.journey_step("who")
def who(request, draft):
    # A person acting for a company writes for it unless they say otherwise.
    default = ApplicantType.LEGAL_ENTITY if journey.acting(request) else ""
    form = journey.form_for(
        request, forms.ApplicantTypeForm, draft, {"applicant_type": draft.get("applicant_type", default)}
    )
    if request.method == "POST" and form.is_valid():
        if draft.get("applicant_type") != form.cleaned_data["applicant_type"]:
            drafts.unmark(draft, "details")
        return journey.answered(request, draft, "who", form.answers())
    return journey.step_page(request, draft, "who", form)


@require_http_methods(["GET", "POST"])
@journey.journey_step("details")
def details(request, draft):
    legal = draft.get("applicant_type") == ApplicantType.LEGAL_ENTITY
    form_class = forms.LegalEntityForm if legal else forms.IndividualForm
    if request.method == "POST":
        form = form_class(request.POST, draft=draft, language=journey.language())
        if form.is_valid():
            return journey.answered(request, draft, "details", form.answers())
    else:
        initial = {name: draft.get(name, "") for name in form_class.base_fields}
        if not drafts.answered(draft, "details"):
            initial.update(
                {k: v for k, v in pages.prefill(journey.citizen(request), legal, journey.acting(request)).items() if v and not initial.get(k)}
            )
        form = form_class(initial=initial, draft=draft, language=journey.language())
    return journey.step_page(
        request,
        draft,
        "details",
        form,
        template="filing/details.html",
        legal=legal,
        optional=("phone", "email", "pinfl", "tin", "signatory_position"),
    )
