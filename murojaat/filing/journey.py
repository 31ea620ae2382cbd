"""The order of the filing journey's questions and how a page moves along it.

kind -> about -> category -> region -> district -> mahalla (when the district
has any) -> place (optional point on a map) -> files -> who -> details ->
check -> done. A step opened before the steps it depends on sends the reader
to the first unanswered one (or to the first step when there is no draft).
`?change=1` on a step returns to the check page.
"""

from functools import wraps

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from murojaat.accounts.selectors import acting_entity, is_official
from murojaat.appeals import intake
from murojaat.filing import draft as drafts

STEPS = ["kind", "about", "category", "region", "district", "mahalla", "place", "files", "who", "details"]
# Which step asks for each field intake knows: errors at "Send" go back there.
STEP_OF_FIELD = {
    "kind": "kind",
    "text": "about",
    "summary": "about",
    "category": "category",
    "territory": "district",
    "mahalla": "mahalla",
    "latitude": "place",
    "longitude": "place",
    "applicant_type": "who",
}


def language() -> str:
    code = (get_language() or "uz").lower()
    return code if code in intake.LANGUAGES else "uz"


def citizen(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or is_official(user):
        return None
    return user


def acting(request) -> dict | None:
    """The company the signed-in citizen acts for, or None (themselves)."""
    user = citizen(request)
    return acting_entity(user, request.session) if user else None


def steps_of(draft: dict) -> list[str]:
    """The steps that apply to this draft: no mahalla step in a district without mahallas."""
    return [s for s in STEPS if s != "mahalla" or draft.get("has_mahallas")]


def first_unanswered(draft: dict) -> str | None:
    return next((s for s in steps_of(draft) if not drafts.answered(draft, s)), None)


def url(step: str, change: bool = False) -> str:
    return reverse(f"filing:{step}") + ("?change=1" if change else "")


def changing(request) -> bool:
    return (request.POST.get("change") or request.GET.get("change")) == "1"


def next_step(request, draft: dict, step: str):
    if changing(request):
        missing = first_unanswered(draft)
        return redirect(url(missing, change=True) if missing else reverse("filing:check"))
    steps = steps_of(draft)
    later = steps[steps.index(step) + 1 :] if step in steps else []
    return redirect(url(later[0]) if later else reverse("filing:check"))


def back_url(request, draft: dict | None, step: str) -> str:
    if draft is not None and changing(request):
        return reverse("filing:check")
    if step == "kind" or draft is None:
        return reverse("filing:start")
    steps = steps_of(draft)
    earlier = steps[: steps.index(step)] if step in steps else steps
    return url(earlier[-1]) if earlier else reverse("filing:start")


def journey_step(step: str):
    """Load the draft; send the reader to the right step when this one is out of order."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            draft = drafts.get(request)
            if draft is None:
                messages.info(
                    request,
                    _(
                        "We do not have your earlier answers: they are kept for a few hours only. "
                        "Please start from the first question."
                    ),
                )
                return redirect("filing:kind")
            steps = steps_of(draft)
            if step not in steps:
                return redirect(url(first_unanswered(draft) or "check"))
            for earlier in steps[: steps.index(step)]:
                if not drafts.answered(draft, earlier):
                    return redirect(url(earlier))
            return view(request, draft, *args, **kwargs)

        return wrapper

    return decorator


def answered(request, draft: dict, step: str, answers: dict | None = None):
    """Keep a step's answers, mark it answered, and go on to the next step."""
    if answers:
        draft.update(answers)
    drafts.mark(draft, step)
    drafts.save(request, draft)
    return next_step(request, draft, step)


def form_for(request, form_class, draft: dict, initial: dict, **kwargs):
    """A step's form: bound to what was sent, or showing the draft's answers (`initial`)."""
    if request.method == "POST":
        return form_class(request.POST, draft=draft, language=language(), **kwargs)
    return form_class(initial=initial, draft=draft, language=language(), **kwargs)


def step_page(request, draft, step, form, **extra):
    return render(
        request,
        extra.pop("template", "filing/step.html"),
        {
            "form": form,
            "step": step,
            "back_url": back_url(request, draft, step),
            "change": changing(request),
            **extra,
        },
    )


def form_step(step: str, form_class, template="filing/step.html"):
    """The view of a step that is one form whose answers go into the draft as they are."""

    @require_http_methods(["GET", "POST"])
    @journey_step(step)
    def view(request, draft):
        form = form_for(request, form_class, draft, {name: draft.get(name, "") for name in form_class.base_fields})
        if request.method == "POST" and form.is_valid():
            return answered(request, draft, step, form.answers())
        return step_page(request, draft, step, form, template=template)

    view.__name__ = step
    return view
