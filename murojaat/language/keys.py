"""The search key and the fingerprint of a text.

`search_key` is a loose Latin skeleton in which Latin and Cyrillic spellings
of a word meet (`chiqindi` and `чиқинди` both give `chiqindi`). It is the key
of everything that compares texts or names: the search index and its queries,
the text signatures of duplicate detection, the router's words, the
fingerprint of an appeal's text, territory and mahalla names.

Stored data is keyed by it (search entries, text signatures,
`Appeal.text_fingerprint`): a changed key must give exactly the key it gave
before (tests/properties/test_search_key.py), or stored keys stop matching new
ones: search entries until `murojaat search reindex`, the fingerprints of old
appeals for good (their duplicates would go unnoticed).

Why our own key and not `alifbo.fold_search_key_loose`: alifbo's key does
meet across scripts, but it runs its full conversion pipeline and takes tens
of milliseconds for a paragraph; the router and the search index fold every
appeal, so we fold with one translation table instead (microseconds). The
tests check that both keys agree on which spellings are the same word.
"""

import functools
import hashlib
import re
import unicodedata

from murojaat.language.apostrophes import APOSTROPHES
from murojaat.language.detection import KAA, KAA_CYRILLIC, KAA_LATIN
from murojaat.language.markup import strip_html

# Cyrillic letters to the Latin skeleton. Uzbek values; Russian letters land
# on their usual transliteration, which is all a key needs (the same word in
# the same script always gives the same key).
_CYRILLIC_TO_SKELETON = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "j", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "x", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh",
    "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ў": "o", "қ": "q", "ғ": "g",
    "ҳ": "h", "ә": "a", "ө": "o", "ү": "u", "ұ": "u", "ң": "n", "і": "i", "һ": "h",
}
# In Karakalpak Cyrillic ў is the consonant w (kaalin: ў -> w), not Uzbek o‘.
_KAA_OVERRIDES = {"ў": "w"}
# New (2026) and Karakalpak Latin letters to the same skeleton as 1995 Uzbek.
_LATIN_TO_SKELETON = {"ş": "sh", "ç": "ch", "ñ": "ng", "ı": "i"}
# What the key does to the rest of ASCII, in the same pass: signs dropped,
# every other character that is not a letter or digit made a space. Listing
# every ASCII character also makes `str.translate` find most characters in
# the table: a character it does not find costs it a raised KeyError, which
# made translating a text two to three times slower.
_ASCII_TO_KEY = {char: char if char.isalnum() else " " for char in map(chr, range(128))}
_DROPPED = dict.fromkeys(APOSTROPHES, "")
_SKELETON = str.maketrans({**_ASCII_TO_KEY, **_DROPPED, **_CYRILLIC_TO_SKELETON, **_LATIN_TO_SKELETON})
_KAA_SKELETON = str.maketrans(
    {**_ASCII_TO_KEY, **_DROPPED, **_CYRILLIC_TO_SKELETON, **_KAA_OVERRIDES, **_LATIN_TO_SKELETON}
)
# Cyrillic е says "ye" at the start of a word and after a vowel or a hard or
# soft sign (ер = yer, съезд = syezd): everywhere except after a consonant.
_KAA_LETTERS = KAA_CYRILLIC | KAA_LATIN
_CYRILLIC_YE = re.compile(r"(?<![бвгджзйклмнпрстфхцчшщқғҳңa-z0-9])е")
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def search_key(text: str | None, *, language: str | None = None) -> str:
    """A lowercase Latin skeleton without signs or diacritics in which the
    Latin and Cyrillic spellings of a word meet: `chiqindi` / `чиқинди`,
    `o‘zbek` / `ozbek` / `ўзбек`, `Qo‘ng‘irot` / `Қўнғирот`, `Nókis` / `Нөкис`.
    Words are separated by single spaces; punctuation is dropped. No text
    (empty or None) gives the empty key."""
    if not text:
        return ""
    text = strip_html(text).lower() if "<" in text or "&" in text else text.lower()
    if language is None:
        # isdisjoint walks the text in C: a per-letter Python loop here was a
        # third of the cost of training the router on 100,000 appeals.
        language = KAA if not _KAA_LETTERS.isdisjoint(text) else None
    if "е" in text:
        text = _CYRILLIC_YE.sub("ye", text)
    # One pass: Cyrillic and new Latin letters to the skeleton, signs dropped,
    # ASCII punctuation and spaces to spaces.
    text = text.translate(_KAA_SKELETON if language == KAA else _SKELETON)
    if text.isascii():
        # Only letters, digits and spaces are left.
        return " ".join(text.split())
    # Remaining diacritics (o‘ written as ö, á, ǵ, ń ...) are dropped.
    text = "".join(_bare_letter(c) if not c.isascii() else c for c in text)
    return _NON_WORD.sub(" ", text).strip()


@functools.lru_cache(maxsize=4096)
def _bare_letter(char: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))


def fingerprint(text: str | None) -> str:
    """A text's search key, hashed: the same letter sent twice (or to several
    bodies), however its case, spacing, apostrophes or script differ, has the
    same fingerprint."""
    return hashlib.sha256(search_key(text).encode()).hexdigest()


def query_terms(query: str | None, *, limit: int = 12) -> list[str]:
    """The words of a query in search-key form, in order, without repeats."""
    seen: list[str] = []
    for word in search_key(query).split():
        if word not in seen:
            seen.append(word)
    return seen[:limit]
