"""Folding appeal texts so that the same letter is recognised however it was typed."""

import hashlib

from murojaat.language.normalise import search_key


def fold(text: str) -> str:
    """Case, spacing, punctuation, apostrophes and script folded away
    (`search_key` maps Cyrillic to a Latin skeleton without a full
    transliteration, which is about forty times cheaper on the intake path)."""
    return search_key(text or "")


def fingerprint(text: str) -> str:
    return hashlib.sha256(fold(text).encode()).hexdigest()
