"""The stored form of a text, and the language tools on real informal Uzbek."""

from pathlib import Path

import pytest

from murojaat.language.apostrophes import normalise_apostrophes
from murojaat.language.detection import detect_language
from murojaat.language.keys import search_key
from murojaat.language.normalise import normalise

REVIEWS = Path(__file__).resolve().parents[3] / "shared" / "data" / "uzbek-app-reviews"


def test_normalise_gives_plain_text_with_one_form_of_the_sign():
    assert normalise("<p>Ko'chamizda&nbsp;gaz <b>yoq</b></p>") == "Ko‘chamizda gaz yo‘q"


@pytest.mark.skipif(not REVIEWS.exists(), reason="../shared/data/uzbek-app-reviews is absent")
def test_real_informal_uzbek_reviews():
    lines = []
    for name in ("UZ_positive.txt", "UZ_negative.txt"):
        lines += [line.strip() for line in (REVIEWS / name).read_text(encoding="utf-8").splitlines()]
    long_lines = [line for line in lines if len(line.split()) >= 6]
    uzbek = sum(detect_language(line) == "uz-Latn" for line in long_lines)
    assert uzbek / len(long_lines) >= 0.9
    for line in lines:
        tidy = normalise_apostrophes(line)
        # No stray apostrophe variant is left after o or g, and the key ignores them.
        assert not any(f"{letter}{sign}" in tidy for letter in "oOgG" for sign in "'`´’ʻʼ")
        assert search_key(tidy) == search_key(line)
