"""The search key is the key of every stored search entry, text signature and
duplicate fingerprint: made faster, it must give exactly the key it gave
before, or stored keys stop matching new ones (and duplicates of old appeals
go unnoticed) until `murojaat search reindex`.

The reference below is the key as first written, one regular expression per
step; the key in murojaat/language/normalise.py does the same in fewer passes.
"""

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from murojaat.language import normalise
from murojaat.language.normalise import APOSTROPHES, KAA, search_key, strip_html

_DROP = re.compile(rf"[{APOSTROPHES}]")
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_SKELETON = str.maketrans({**normalise._CYRILLIC_TO_SKELETON, **normalise._LATIN_TO_SKELETON})
_KAA_SKELETON = str.maketrans(
    {**normalise._CYRILLIC_TO_SKELETON, **normalise._KAA_OVERRIDES, **normalise._LATIN_TO_SKELETON}
)


def reference_key(text: str) -> str:
    text = strip_html(text).lower() if "<" in text or "&" in text else text.lower()
    language = KAA if not normalise._KAA_LETTERS.isdisjoint(text) else None
    text = normalise._CYRILLIC_YE.sub("ye", text)
    text = text.translate(_KAA_SKELETON if language == KAA else _SKELETON)
    text = _DROP.sub("", text)
    if not text.isascii():
        text = "".join(normalise._bare_letter(c) if not c.isascii() else c for c in text)
    return _NON_WORD.sub(" ", text).strip()


# What appeals are written with: both Uzbek alphabets, Karakalpak and Russian
# letters, every apostrophe, ASCII punctuation and spaces, digits, and
# whatever else a phone keyboard sends (emoji, typographic quotes, dashes).
LETTERS = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяўқғҳАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯЎҚҒҲ"
    "әөүұңіһӘӨҮҰҢáóúıńǵÁÓÚÍŃǴşçñŞÇÑöüé"
    + APOSTROPHES
    + " \t\n\r.,;:!?-_()[]{}\"/\\|@#$%^&*+=~<>«»—–…№²³½"
)
texts = st.text(alphabet=st.sampled_from(LETTERS), max_size=80) | st.text(max_size=40)


@settings(max_examples=3000, deadline=None)
@given(texts)
@example("Ko‘chamizdagi yo‘l buzilgan! Iltimos, ta’mirlab bering.")
@example("Кўчамиздаги йўл бузилган. Ер, съезд, эълон — «Нукус».")
@example("Nókis qalasında jol buzılǵan, járdem beriń")
@example("<p>Gaz&nbsp;yo‘q!</p>")
@example("__a__b__ ' ` ʼ 2-3")
def test_the_key_is_the_same_as_the_reference(text):
    assert search_key(text) == reference_key(text)
