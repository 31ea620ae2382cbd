"""Uzbek and Karakalpak script conversion through maintained libraries.

alifbo (Uzbek) and kaalin (Karakalpak) do the work; this module only fixes
which alphabet we mean. We write Uzbek Latin in the 1995 alphabet with o‘ and
g‘ (what citizens and officials type today), not the 2026 reform letters.
"""

import re

import alifbo
import kaalin

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
