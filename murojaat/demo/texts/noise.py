"""Roughen a text the way citizens really type it.

Real appeals arrive from phones: Uzbek o‘ typed as o' or o` or plain o,
Uzbek Cyrillic typed on a Russian keyboard (у for ў, х for ҳ), Karakalpak
without its special letters, Russian without capitals or commas. A demo that
only shows clean text would hide what search and normalisation must cope with.
"""

import random

_UZ_OKINA = "‘"  # o‘, g‘
_UZ_TUTUQ = "’"  # ma’lumot
_RUSSIAN_KEYBOARD = str.maketrans("ўқғҳЎҚҒҲ", "укгхУКГХ")
_KAA_PLAIN = str.maketrans("áóúıńǵÁÓÚÍŃǴ", "aouingAOUING")


def as_typed(text: str, *, language: str, rng: random.Random) -> str:
    if language == "uz":
        text = _uz_apostrophes(text, rng)
        if rng.random() < 0.3:
            text = text.replace("hokim", "xokim").replace("Hokim", "Xokim")
    elif language == "uz-cyrl":
        if rng.random() < 0.7:
            text = text.translate(_RUSSIAN_KEYBOARD)
    elif language == "kaa":
        text = text.translate(_KAA_PLAIN) if rng.random() < 0.6 else text.replace("ǵ", "g'").replace("ń", "n'")
    elif language == "ru":
        text = text.replace("Здравствуйте", rng.choice(["Здраствуйте", "здравствуйте", "Добрый день"]))
    return _careless(text, rng)


def _uz_apostrophes(text: str, rng: random.Random) -> str:
    okina = rng.choice(["'", "'", "`", "ʻ", ""])
    tutuq = rng.choice(["'", "'", ""])
    return text.replace(_UZ_OKINA, okina).replace(_UZ_TUTUQ, tutuq)


def _careless(text: str, rng: random.Random) -> str:
    if rng.random() < 0.3:
        text = text.replace(", ", " ")
    if rng.random() < 0.3:
        text = text[:1].lower() + text[1:]
    if rng.random() < 0.4 and text.endswith("."):
        text = text[:-1]
    return text
