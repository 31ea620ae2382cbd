"""The display settings page: text size, contrast and simplified layout,
kept in a cookie (see display.py). Works without JavaScript."""

from django import forms
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _

from murojaat.ui import display


class DisplayForm(forms.Form):
    text_size = forms.ChoiceField(
        label=_("Text size"), choices=list(display.TEXT_SIZES.items()), widget=forms.RadioSelect
    )
    high_contrast = forms.BooleanField(
        label=_("High contrast: black text on white, strong outlines"), required=False
    )
    simple = forms.BooleanField(
        label=_("Simplified layout with large buttons"),
        help_text=_("Fewer things on each page, larger buttons and more space between them."),
        required=False,
    )


def _safe_next(request, value: str | None) -> str:
    if value and url_has_allowed_host_and_scheme(value, {request.get_host()}, require_https=request.is_secure()):
        return value
    return "/"


def display_settings(request):
    current = display.from_cookie(request.COOKIES.get(display.COOKIE))
    next_url = _safe_next(request, request.POST.get("next") or request.GET.get("next"))
    if request.method == "POST":
        form = DisplayForm(request.POST)
        if form.is_valid():
            chosen = display.Display(
                text_size=form.cleaned_data["text_size"],
                high_contrast=form.cleaned_data["high_contrast"],
                simple=form.cleaned_data["simple"],
            )
            response = redirect(next_url)
            response.set_cookie(
                display.COOKIE, chosen.to_cookie(), max_age=display.COOKIE_MAX_AGE, samesite="Lax",
                secure=request.is_secure(), httponly=True,
            )
            return response
    else:
        form = DisplayForm(
            initial={"text_size": current.text_size, "high_contrast": current.high_contrast, "simple": current.simple}
        )
    return render(request, "ui/display.html", {"form": form, "next": next_url})


def csrf_failure(request, reason: str = ""):
    """Shown when a form's security token is missing or old: say what to do,
    in the reader's language, and that nothing was saved."""
    return render(request, "403_csrf.html", status=403)
