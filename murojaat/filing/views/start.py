"""The start page and the first question: which kind of appeal."""

from django.shortcuts import render
from django.views.decorators.http import require_GET, require_http_methods

from murojaat.filing import draft as drafts
from murojaat.filing import forms, journey, pages


@require_GET
def start(request):
    return render(request, "filing/start.html", pages.start_page())


@require_http_methods(["GET", "POST"])
def kind(request):
    draft = drafts.get(request)
    if request.method == "POST":
        form = forms.KindForm(request.POST, draft=draft or {}, language=journey.language())
        if form.is_valid():
            draft = draft or drafts.start(request)
            return journey.answered(request, draft, "kind", form.answers())
    else:
        form = forms.KindForm(initial={"kind": (draft or {}).get("kind", "")}, draft={}, language=journey.language())
    return journey.step_page(request, draft, "kind", form)
