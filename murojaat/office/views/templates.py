"""Answer templates: texts a body's officials start their answers from."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from murojaat.accounts.access import official_required
from murojaat.accounts.models import Role
from murojaat.office import forms
from murojaat.office.models import AnswerTemplate
from murojaat.organisations.models import Organisation

TEMPLATE_EDITOR_ROLES = {Role.REGISTRAR, Role.EXECUTOR, Role.HEAD}


def _template_bodies(user) -> list[Organisation]:
    ids = [org_id for org_id, roles in user.roles_by_body.items() if roles & TEMPLATE_EDITOR_ROLES]
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
