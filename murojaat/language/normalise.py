"""What we store and show of a citizen's text."""

import unicodedata

from murojaat.language.apostrophes import normalise_apostrophes
from murojaat.language.detection import UZ_LATN, detect_language
from murojaat.language.markup import strip_html


def normalise(text: str) -> str:
    """What we store and show: plain text, NFC, one form of o‘/g‘, single spaces.
    The script is kept as the citizen wrote it."""
    text = unicodedata.normalize("NFC", strip_html(text))
    return normalise_apostrophes(text, restore_missing=detect_language(text) == UZ_LATN)
