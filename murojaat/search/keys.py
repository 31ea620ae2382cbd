"""The search key: the text of an appeal in one spelling, so that Latin and
Cyrillic spellings of the same word meet (`чиқинди` and `chiqindi` both
become `chiqindi`).

The language module owns normalisation (`language.normalise.search_key`);
without it we fall back to `appeals.text.fold` after transliterating every
Cyrillic run (fold alone leaves a Cyrillic word in a mostly Latin text
untouched). Index and query must use the same key, so after the key function
changes run `murojaat search reindex`.
"""

import re

from murojaat.appeals.text import fold
from murojaat.core.scripts import cyrillic_to_latin

try:  # pragma: no cover - depends on which engineer's work has landed
    from murojaat.language.normalise import search_key as _language_search_key
except ImportError:  # pragma: no cover
    _language_search_key = None

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# The FTS query syntaxes give "_" and digits-with-letters no trouble, but an
# underscore would glue two words together in the key.
_SEPARATORS = re.compile(r"[\s_]+")


def search_key(text: str) -> str:
    if _language_search_key is not None:
        key = _language_search_key(text or "")
    else:
        text = text or ""
        if _CYRILLIC.search(text):
            text = cyrillic_to_latin(text)
        key = fold(text)
    return _SEPARATORS.sub(" ", key).strip()


def query_terms(query: str, *, limit: int = 12) -> list[str]:
    """The words of a query in search-key form, in order, without repeats."""
    seen: list[str] = []
    for word in search_key(query).split():
        if word not in seen:
            seen.append(word)
    return seen[:limit]
