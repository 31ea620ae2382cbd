"""Names stored in several languages, read in the reader's language.

Reference data (territories, bodies, categories) carries one column per
locale. `localized(obj, "name")` picks the column for the active language and
falls back along a chain that a reader of that language can still read:
Karakalpak readers get Uzbek Latin before Russian, Uzbek Cyrillic readers get
the Latin name transliterated rather than nothing.
"""

from collections.abc import Callable

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

# Locale code -> column suffix.
LOCALE_SUFFIX = {"uz": "uz", "uz-cyrl": "uz_cyrl", "kaa": "kaa", "ru": "ru", "en": "en"}
FALLBACKS = {
    "uz": ["uz", "uz_cyrl", "ru", "en"],
    "uz-cyrl": ["uz_cyrl", "uz", "ru", "en"],
    "kaa": ["kaa", "uz", "ru", "en"],
    "ru": ["ru", "uz", "en"],
    "en": ["en", "uz", "ru"],
}


def active_locale() -> str:
    lang = (get_language() or "uz").lower()
    if lang in FALLBACKS:
        return lang
    if lang.startswith("uz") and "cyrl" in lang:
        return "uz-cyrl"
    return lang.split("-")[0] if lang.split("-")[0] in FALLBACKS else "uz"


# A name kept only in Uzbek Latin is shown to Uzbek Cyrillic readers converted.
# The converter belongs to murojaat.language, a layer above core, which hands
# it over when it starts (LanguageConfig.ready).
_uzbek_to_cyrillic: Callable[[str], str] | None = None


def use_uzbek_to_cyrillic(convert: Callable[[str], str]) -> None:
    global _uzbek_to_cyrillic
    _uzbek_to_cyrillic = convert


def localized(obj, field: str = "name", locale: str | None = None) -> str:
    locale = locale or active_locale()
    for suffix in FALLBACKS.get(locale, FALLBACKS["uz"]):
        value = getattr(obj, f"{field}_{suffix}", "")
        if value:
            if suffix == "uz" and locale == "uz-cyrl" and _uzbek_to_cyrillic is not None:
                return _uzbek_to_cyrillic(value)
            return value
    return ""


class LocalizedNameMixin(models.Model):
    """Five name columns and a `name` property in the reader's language."""

    name_uz = models.CharField(_("name (Uzbek, Latin)"), max_length=255)
    name_uz_cyrl = models.CharField(_("name (Uzbek, Cyrillic)"), max_length=255, blank=True)
    name_kaa = models.CharField(_("name (Karakalpak)"), max_length=255, blank=True)
    name_ru = models.CharField(_("name (Russian)"), max_length=255, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=255, blank=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return localized(self, "name")
