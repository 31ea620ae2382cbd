"""What the appeal is about: its text, then its topic."""

from django.views.decorators.http import require_http_methods

from murojaat.filing import draft as drafts
from murojaat.filing import forms, journey, pages

about = journey.form_step("about", forms.AboutForm, "filing/about.html")


@require_http_methods(["GET", "POST"])
@journey.journey_step("category")
def category(request, draft):
    query = " ".join(request.GET.get("q", "").split())[:100]
    if request.method == "POST":
        form = forms.CategoryForm(request.POST, draft=draft, language=journey.language())
        if form.is_valid():
            return journey.answered(request, draft, "category", form.answers())
        chosen = request.POST.get("category", "")
    else:
        chosen = draft.get("category", "") or (forms.NOT_SURE if drafts.answered(draft, "category") else "")
        form = forms.CategoryForm(draft=draft, language=journey.language())
    return journey.step_page(
        request, draft, "category", form, template="filing/category.html", chosen=chosen,
        **pages.category_page(draft, query),
    )
