"""Compose an appeal, an answer or a comment from the language modules.

An appeal is put together as a citizen writes one: maybe a greeting, maybe a
line with the address, the body of the template, a polite closing that fits
its kind. Slots (`{street}`, `{months}`...) are filled from pools of the same
language, the place names from what the caller knows. A share of the texts is
then roughened the way people type on a phone (see `noise`).
"""

import random
import re
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from murojaat.demo.texts import kaa, noise, ru, uz
from murojaat.language.scripts import is_cyrillic, latin_to_cyrillic

LANGUAGES = ("uz", "uz-cyrl", "kaa", "ru")
KINDS = ("application", "complaint", "suggestion")

_MODULES: dict[str, ModuleType] = {"uz": uz, "uz-cyrl": uz, "kaa": kaa, "ru": ru}
# How often a text is "as typed" rather than as a clerk would spell it.
_AS_TYPED_SHARE = {"uz": 0.25, "uz-cyrl": 0.15, "kaa": 0.12, "ru": 0.15}
_SLOT = re.compile(r"\{([a-z_]+)\}")
# Slots and the Latin tokens that Uzbek Cyrillic text keeps as they are.
_KEEP_LATIN = re.compile(r"(\{[a-z_]+\}|\bmy\.gov\.uz\b|\bOneID\b|\bQR\b|\bID\b)")
# Place names arrive as stored ("Navbahor MFY", "махалля «Navbahor»"); the
# templates add the word for mahalla themselves, so it is taken off here.
_MAHALLA_WORDS = re.compile(
    r"^(?:махалл[яа]|маҳалла|mahalla|МСГ|МФЙ|MFY)\s+|"
    r"\s+(?:MFY|МФЙ|MPJ|APJ|МСГ|mahallasi|mahallası|mahalla|маҳалласи|маҳалла|махалля|махалла|"
    r"fuqarolar yig[‘'`ʻ]?ini|puqaralar jıyını|мфй)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ComposedText:
    subject: str
    text: str


def compose_appeal(*, category_code: str, kind: str, language: str, rng: random.Random,
                   place: dict | None = None) -> ComposedText:
    lang = _language(language)
    module = _MODULES[lang]
    kind, (subject, body) = _pick_template(module, category_code, kind, rng)
    parts = []
    if rng.random() < 0.6:
        parts.append(rng.choice(module.GREETINGS))
    if "{street}" not in body and rng.random() < 0.55:
        parts.append(rng.choice(module.ADDRESS_LINES))
    parts.append(body)
    if not _ends_with_closing(module, body):
        parts.append(rng.choice(module.CLOSINGS[kind]))
    slots = _Slots(lang, module, rng, place or {})
    text = _render(" ".join(p for p in parts if p), lang, slots)
    if rng.random() < _AS_TYPED_SHARE[lang]:
        text = noise.as_typed(text, language=lang, rng=rng)
    return ComposedText(subject=_render(subject, lang, slots), text=text)


def compose_answer(*, category_code: str, language: str, rng: random.Random, place: dict | None = None) -> str:
    lang = _language(language)
    module = _MODULES[lang]
    answers = module.ANSWERS.get(category_code) or module.GENERIC_ANSWERS
    return _render(rng.choice(answers), lang, _Slots(lang, module, rng, place or {}))


def compose_conclusion(*, language: str, rng: random.Random) -> str:
    """Why an appeal was left without consideration (ZRU-445, art. 25-26)."""
    lang = _language(language)
    module = _MODULES[lang]
    return _render(rng.choice(module.CONCLUSIONS), lang, _Slots(lang, module, rng, {}))


def compose_rating_comment(*, rating: int, language: str, rng: random.Random) -> str:
    lang = _language(language)
    module = _MODULES[lang]
    rating = min(5, max(1, int(rating)))
    text = rng.choice(module.RATING_COMMENTS[rating])
    if rng.random() < _AS_TYPED_SHARE[lang]:
        text = noise.as_typed(_render(text, lang, _Slots(lang, module, rng, {})), language=lang, rng=rng)
        return text
    return _render(text, lang, _Slots(lang, module, rng, {}))


def _language(language: str) -> str:
    lang = (language or "uz").strip().lower().replace("_", "-")
    if lang in LANGUAGES:
        return lang
    if lang.startswith("uz") and "cyr" in lang:
        return "uz-cyrl"
    base = lang.split("-")[0]
    return base if base in LANGUAGES else "uz"


def _pick_template(module: ModuleType, category_code: str, kind: str, rng: random.Random):
    """The wanted kind of the category, else another kind of it, else generic."""
    by_kind = module.APPEALS.get(category_code) or module.GENERIC_APPEALS
    if not by_kind.get(kind):
        kind = next(k for k in KINDS if by_kind.get(k))
    return kind, rng.choice(by_kind[kind])


def _ends_with_closing(module: ModuleType, body: str) -> bool:
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", body.strip()) if s]
    last = sentences[-1].lower() if sentences else ""
    return any(marker in last for marker in module.CLOSING_MARKERS)


def _render(template: str, lang: str, slots: "_Slots") -> str:
    if lang == "uz-cyrl":
        template = _to_cyrillic_template(template)
    return _SLOT.sub(lambda m: slots[m.group(1)], template)


@lru_cache(maxsize=4096)
def _to_cyrillic_template(template: str) -> str:
    """Transliterate the words but not the `{slot}` names or my.gov.uz between them."""
    pieces = _KEEP_LATIN.split(template)
    # re.split with a group alternates text, kept token, text, ...
    return "".join(_to_cyrillic(piece) if i % 2 == 0 else piece for i, piece in enumerate(pieces))


@lru_cache(maxsize=4096)
def _to_cyrillic(text: str) -> str:
    if not text.strip():
        return text
    converted = latin_to_cyrillic(text)
    for wrong, right in uz.CYRILLIC_FIXES.items():
        converted = converted.replace(wrong, right).replace(wrong.capitalize(), right.capitalize())
    return converted


def _spaced(number: int) -> str:
    return f"{number:,}".replace(",", " ")


class _Slots(dict):
    """Slot values made on first use, so a slot repeated in one text agrees."""

    def __init__(self, lang: str, module: ModuleType, rng: random.Random, place: dict):
        super().__init__()
        self.lang, self.module, self.rng, self.place = lang, module, rng, place

    def __missing__(self, name: str) -> str:
        value = self._make(name)
        self[name] = value
        return value

    def _make(self, name: str) -> str:
        rng, module = self.rng, self.module
        if name in ("district", "region", "mahalla"):
            return self._place(name)
        if name in _POOLS:
            return self._localised(rng.choice(getattr(module, _POOLS[name])))
        if name in _NUMBERS:
            low, high = _NUMBERS[name]
            return str(rng.randint(low, high))
        if name in _MONEY:
            low, high = _MONEY[name]
            return _spaced(rng.randrange(low, high) * 10_000)
        if name in ("date", "until"):
            day, month = rng.randint(1, 28), rng.randrange(12)
            if self.lang == "uz-cyrl":
                return (uz.date_cyrillic if name == "date" else uz.until_cyrillic)(day, month)
            return (module.date if name == "date" else module.until)(day, month)
        raise KeyError(f"no filler for slot {{{name}}}")

    def _place(self, name: str) -> str:
        value = str(self.place.get(name) or "").strip()
        if name == "mahalla" and value:
            value = _MAHALLA_WORDS.sub("", value).strip(" «»\"") or value
        if not value:
            pool = {"district": "DISTRICTS", "region": "REGIONS", "mahalla": "MAHALLAS"}[name]
            return self._localised(self.rng.choice(getattr(self.module, pool)))
        if self.lang == "uz-cyrl" and not is_cyrillic(value):
            return _to_cyrillic(value)
        return value

    def _localised(self, value: str) -> str:
        return _to_cyrillic(value) if self.lang == "uz-cyrl" else value


_POOLS = {"street": "STREETS", "name": "FULL_NAMES", "son": "SONS", "daughter": "DAUGHTERS"}
# Sums in so'm, in tens of thousands: what such a sum really is in 2024-2025.
_MONEY = {"amount": (15, 900), "salary": (250, 900), "pension": (80, 350), "fee": (3, 40)}
_NUMBERS = {
    "house": (1, 140),
    "apartment": (1, 80),
    "floor": (2, 9),
    "days": (3, 25),
    "weeks": (2, 6),
    "months": (2, 8),
    "years": (2, 12),
    "hours": (3, 14),
    "count": (12, 85),
    "school_no": (1, 64),
    "kindergarten_no": (1, 45),
    "polyclinic_no": (1, 14),
    "route_no": (2, 95),
    "year": (2012, 2023),
}
