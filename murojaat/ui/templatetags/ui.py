"""Template tags shared by every page: form fields with their hints and
errors wired for screen readers, the error summary, dates in the reader's
language, and the reading of a text in the other script."""

from django import template
from django.forms import BoundField
from django.utils import timezone
from django.utils.formats import date_format

from murojaat.language.scripts import reading_in_other_script

register = template.Library()


@register.inclusion_tag("ui/includes/field.html")
def field(bound: BoundField, as_heading: bool = False, optional: bool = False, css: str = ""):
    """Render a field with label, hint and error. `as_heading` makes the label
    the page's <h1> (one question per page); `optional` says so in the label."""
    describedby = []
    if bound.help_text:
        describedby.append(f"{bound.auto_id}_helptext")
    if bound.errors:
        describedby.append(f"{bound.auto_id}_error")
    attrs = {}
    if describedby and not bound.use_fieldset:
        attrs["aria-describedby"] = " ".join(describedby)
    if bound.errors:
        attrs["aria-invalid"] = "true"
    return {
        "bound": bound,
        "widget": bound.as_widget(attrs=attrs),
        "describedby": " ".join(describedby),
        "as_heading": as_heading,
        "optional": optional,
        "css": css,
    }


def error_list(*forms) -> list[tuple[str, str]]:
    """(anchor, message) pairs for the error summary: each links to its field."""
    items: list[tuple[str, str]] = []
    for form in forms:
        if form is None or not form.is_bound:
            continue
        for message in form.non_field_errors():
            items.append(("", message))
        for name, errors in form.errors.items():
            if name == "__all__":
                continue
            bound = form[name]
            widget_id = bound.id_for_label or bound.auto_id
            for message in errors:
                items.append((widget_id, message))
    return items


@register.inclusion_tag("ui/includes/error_summary.html")
def error_summary(*forms):
    return {"errors": error_list(*forms)}


@register.inclusion_tag("ui/includes/back_link.html")
def back_link(href: str):
    return {"href": href}


@register.filter
def local_date(value, fmt: str = "DATE_FORMAT"):
    """A date or moment as the reader's locale writes it, in local time."""
    if not value:
        return ""
    if hasattr(value, "tzinfo") and hasattr(value, "hour"):
        value = timezone.localtime(value)
    return date_format(value, fmt)


@register.filter
def other_script(text: str) -> str:
    """An Uzbek or Karakalpak text in the other script (Cyrillic <-> Latin),
    or "" for Russian, English and texts without letters, which have none."""
    return reading_in_other_script(text)
