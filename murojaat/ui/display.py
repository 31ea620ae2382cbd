"""Display settings a reader chooses once and keeps: text size, contrast and
a simplified layout with large buttons (for elderly readers and anyone on a
small screen). They live in one cookie, not in an account, so they work
before signing in and on a shared phone in a mahalla office.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

COOKIE = "murojaat_display"
COOKIE_MAX_AGE = 2 * 365 * 24 * 3600

TEXT_SIZES = {
    "100": _("Standard"),
    "150": _("Large (150%)"),
    "200": _("Largest (200%)"),
}


@dataclass(frozen=True)
class Display:
    text_size: str = "100"
    high_contrast: bool = False
    simple: bool = False

    @property
    def css_classes(self) -> str:
        classes = [f"text-{self.text_size}"]
        if self.high_contrast:
            classes.append("high-contrast")
        if self.simple:
            classes.append("simple")
        return " ".join(classes)

    def to_cookie(self) -> str:
        return f"{self.text_size}.{int(self.high_contrast)}.{int(self.simple)}"


def from_cookie(value: str | None) -> Display:
    """Anything unreadable falls back to the defaults: a cookie is input too."""
    try:
        size, contrast, simple = (value or "").split(".")
    except ValueError:
        return Display()
    if size not in TEXT_SIZES or contrast not in ("0", "1") or simple not in ("0", "1"):
        return Display()
    return Display(text_size=size, high_contrast=contrast == "1", simple=simple == "1")
