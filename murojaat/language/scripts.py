"""Uzbek and Karakalpak text in the other script, through maintained libraries.

alifbo (Uzbek) and kaalin (Karakalpak) do the work; this module only fixes
which alphabet we mean. We write Uzbek Latin in the 1995 alphabet with o‘ and
g‘ (what citizens and officials type today), not the 2026 reform letters.

- `latin_to_cyrillic` / `cyrillic_to_latin`: Uzbek, whatever the text is;
- `to_latin` / `to_cyrillic`: by the detected (or given) language, so that
  Karakalpak goes through kaalin and Russian and English stay as they are;
- `other_script`: a text in the other script, as the API gives it (Uzbek, or
  Karakalpak when the appeal says so);
- `reading_in_other_script`: what the pages show beside a text: its reading in
  the other script by its detected language, none for Russian and English;
- `cyrillic_lookalikes_fixed`: Latin letters that hide in Cyrillic words.
"""

import re

import alifbo
import kaalin

from murojaat.language.apostrophes import normalise_apostrophes
from murojaat.language.detection import EN, KAA, RU, UNDETERMINED, UZ_CYRL, detect_language

# alifbo reads "ng‘" in words like Qo‘ng‘irot as the digraph "ng" followed by a
# stray apostrophe; a zero-width space keeps n and g‘ apart during conversion.
_NG_APOSTROPHE = re.compile(r"([nN])([gG][\u2018\u2019\u02bb\u02bc'`])")


def latin_to_cyrillic(text: str) -> str:
    guarded = _NG_APOSTROPHE.sub("\\1\u200b\\2", text)
    return alifbo.to_cyrillic(guarded).text.replace("\u200b", "")


def cyrillic_to_latin(text: str) -> str:
    # from_cyrillic gives the reformed alphabet; to_old_latin brings it back to
    # the 1995 letters that every reader knows.
    return alifbo.to_old_latin(alifbo.from_cyrillic(text).text).text


def is_cyrillic(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    return cyr * 2 > len(letters)


def other_script(text: str, *, karakalpak: bool = False) -> str:
    """The same text in the other script (Cyrillic <-> Latin), original untouched."""
    if karakalpak:
        return kaalin.cyrillic2latin(text) if is_cyrillic(text) else kaalin.latin2cyrillic(text)
    return cyrillic_to_latin(text) if is_cyrillic(text) else latin_to_cyrillic(text)


def to_latin(text: str, *, language: str | None = None) -> str:
    """Uzbek or Karakalpak text in Latin script (already-Latin text unchanged)."""
    language = language or detect_language(text)
    if language == KAA:
        return kaalin.cyrillic2latin(text) if is_cyrillic(text) else text
    if language == UZ_CYRL or (language not in (RU, EN) and is_cyrillic(text)):
        # alifbo writes the sign as ʻ (U+02BB); our pages use ‘.
        return normalise_apostrophes(cyrillic_to_latin(text), restore_missing=False)
    return text


def to_cyrillic(text: str, *, language: str | None = None) -> str:
    """Uzbek or Karakalpak text in Cyrillic script (already-Cyrillic text unchanged)."""
    language = language or detect_language(text)
    if is_cyrillic(text) or language in (RU, EN):
        return text
    if language == KAA:
        return kaalin.latin2cyrillic(text)
    return latin_to_cyrillic(normalise_apostrophes(text, restore_missing=False))


def reading_in_other_script(text: str) -> str:
    """An Uzbek or Karakalpak text in the other script (Cyrillic <-> Latin),
    or "" for Russian, English and texts without letters, which have none."""
    if not text:
        return ""
    language = detect_language(text)
    if language in (RU, EN, UNDETERMINED):
        return ""
    return to_latin(text, language=language) if is_cyrillic(text) else to_cyrillic(text, language=language)


# Latin letters that look like Cyrillic ones.
_LOOKALIKES = str.maketrans("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ")
_LATIN_LETTER = re.compile("[A-Za-z]")


def cyrillic_lookalikes_fixed(text: str) -> str:
    """Cyrillic text with Latin look-alike letters replaced by the Cyrillic ones.

    Russian names typed on mixed keyboards hide Latin letters that look
    Cyrillic ("Улугноpский" with a Latin p), which break search and sorting.
    Only words that are mostly Cyrillic are touched, so a Latin abbreviation
    inside a Russian name stays as it is."""

    def fix(match: re.Match) -> str:
        word = match.group(0)
        cyrillic = sum(1 for c in word if "\u0400" <= c <= "\u04ff")
        return word.translate(_LOOKALIKES) if cyrillic and _LATIN_LETTER.search(word) else word

    return re.sub(r"\w+", fix, text)
