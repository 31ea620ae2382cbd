"""Spelling fixes shared by the territory data build, the mahalla import and search.

Uzbek Latin writes o‘ and g‘ with the turned comma U+2018 and the tutuq
belgisi (the Cyrillic ъ) with U+2019, as Uzbek typographers do. Files typed on
ordinary keyboards use the ASCII apostrophe or look-alikes for both, and
Russian names typed on mixed keyboards hide Latin letters that look Cyrillic
("Улугноpский" with a Latin p), which break search and sorting.
"""

import re

OKINA = "\u2018"  # ‘ in o‘ and g‘
TUTUQ = "\u2019"  # ’ for the glottal stop (Cyrillic ъ)
# Every character people type for either mark.
APOSTROPHES = "'`\u2018\u2019\u02bb\u02bc\u00b4"

_MARK = re.compile(f"([oOgG]?)[{APOSTROPHES}]")

# Latin letters that look like Cyrillic ones.
_LOOKALIKES = str.maketrans("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ")
_LATIN_LETTER = re.compile("[A-Za-z]")


def uzbek_apostrophes(text: str) -> str:
    """Uzbek Latin text with o‘/g‘ and the tutuq written in the proper letters."""
    return _MARK.sub(lambda m: m.group(1) + (OKINA if m.group(1) else TUTUQ), text)


def cyrillic_lookalikes_fixed(text: str) -> str:
    """Cyrillic text with Latin look-alike letters replaced by the Cyrillic ones.

    Only words that are mostly Cyrillic are touched, so a Latin abbreviation
    inside a Russian name stays as it is."""

    def fix(match: re.Match) -> str:
        word = match.group(0)
        cyrillic = sum(1 for c in word if "\u0400" <= c <= "\u04ff")
        return word.translate(_LOOKALIKES) if cyrillic and _LATIN_LETTER.search(word) else word

    return re.sub(r"\w+", fix, text)


def search_key(text: str) -> str:
    """A form of a name to compare queries against: case and apostrophes ignored.

    Case folding is done here, not in the database, because SQLite's LIKE
    only folds ASCII, so "карши" would not find "Карши" there."""
    folded = re.sub(f"[{APOSTROPHES}]", "", text).casefold().replace("ё", "е")
    return " ".join(folded.split())
