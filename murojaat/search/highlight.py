"""A short piece of the appeal around the words that matched, with each match
in <mark> and everything else HTML-escaped, in the script the applicant wrote.

A word of the original matches when its own search key starts with a query
term, so `чиқинди` in a Cyrillic letter is marked for the query `chiqindi`.
Words are keyed one by one (cached) rather than aligned with the stored key,
which drops markup and would fall out of step with the text.
"""

import re
from functools import lru_cache
from html import escape

from murojaat.language.keys import search_key

# A word of the original: letters and digits, with the o‘/g‘ and tutuq marks inside.
_WORD = re.compile(r"(?:[^\W_]|[\u2018\u2019\u02bb\u02bc\u0060\u00b4'])+")

WORDS_BEFORE = 8
SNIPPET_WORDS = 30


@lru_cache(maxsize=65536)
def _word_keys(word: str) -> tuple[str, ...]:
    return tuple(search_key(word).split())


def matched_words(text: str, terms: list[str]) -> tuple[list[tuple[int, int]], list[bool]]:
    spans, hits = [], []
    for match in _WORD.finditer(text):
        keys = _word_keys(match.group())
        if not keys:  # a quote mark made of apostrophes
            continue
        spans.append(match.span())
        hits.append(any(key.startswith(t) for key in keys for t in terms))
    return spans, hits


def snippet(text: str, terms: list[str], *, words: int = SNIPPET_WORDS) -> str:
    spans, hits = matched_words(text, terms)
    if not spans:
        return escape(text[:200])
    first = next((i for i, hit in enumerate(hits) if hit), 0)
    begin = max(0, first - WORDS_BEFORE)
    end = min(len(spans), begin + words)
    start_char = spans[begin][0] if begin > 0 else 0
    end_char = spans[end - 1][1] if end < len(spans) else len(text)
    parts = ["…"] if begin > 0 else []
    cursor = start_char
    for i in range(begin, end):
        if not hits[i]:
            continue
        s, e = spans[i]
        parts.append(escape(text[cursor:s]))
        parts.append(f"<mark>{escape(text[s:e])}</mark>")
        cursor = e
    parts.append(escape(text[cursor:end_char]))
    if end < len(spans):
        parts.append("…")
    return "".join(parts).strip()
