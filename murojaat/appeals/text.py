"""Folding appeal texts so that the same letter is recognised however it was typed."""

import hashlib
import re
import unicodedata

from murojaat.core.scripts import cyrillic_to_latin, is_cyrillic

# The many ways people type the o‘/g‘ letter and the tutuq belgisi.
_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bb\u02bc\u0060\u00b4']")
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    if is_cyrillic(text):
        text = cyrillic_to_latin(text)
    text = _APOSTROPHES.sub("", text).casefold()
    return _NON_WORD.sub(" ", text).strip()


def fingerprint(text: str) -> str:
    return hashlib.sha256(fold(text).encode()).hexdigest()
