"""The demo's appeal texts: every category in every language, no unfilled slot, same seed same text.

Most checks are on Karakalpak, the language the demo uses most in Karakalpakstan and
the last module written.
"""

import random
import re
from pathlib import Path

import pytest

from murojaat.demo.texts import (
    KINDS,
    compose,
    compose_answer,
    compose_appeal,
    compose_conclusion,
    compose_rating_comment,
    kaa,
    ru,
    uz,
)

CATEGORIES_DOC = Path(__file__).resolve().parents[2] / "docs" / "categories.md"
LEAF_CODES = re.findall(r"^\| [a-z-]+ \| ([a-z-]+) \|", CATEGORIES_DOC.read_text(encoding="utf-8"), re.M)
KARAKALPAK_LETTERS = set("áóúıńǵÁÓÚÍŃǴ")
# What compose.py reads from a language module.
MODULE_NAMES = ("GREETINGS", "ADDRESS_LINES", "CLOSINGS", "CLOSING_MARKERS", "STREETS", "FULL_NAMES",
                "SONS", "DAUGHTERS", "MAHALLAS", "DISTRICTS", "REGIONS", "date", "until", "APPEALS",
                "GENERIC_APPEALS", "ANSWERS", "GENERIC_ANSWERS", "CONCLUSIONS", "RATING_COMMENTS")
PLACE = {"district": "Nókis qalası", "region": "Qaraqalpaqstan Respublikası", "mahalla": "Berdaq MPJ"}


def _kaa_strings():
    """Every hand-written Karakalpak string that ends up in a demo text."""
    for by_kind in [*kaa.APPEALS.values(), kaa.GENERIC_APPEALS]:
        for templates in by_kind.values():
            for subject, body in templates:
                yield subject
                yield body
    for answers in [*kaa.ANSWERS.values(), kaa.GENERIC_ANSWERS]:
        yield from answers
    yield from kaa.CONCLUSIONS
    for comments in kaa.RATING_COMMENTS.values():
        yield from comments
    yield from kaa.GREETINGS
    yield from kaa.ADDRESS_LINES
    for closings in kaa.CLOSINGS.values():
        yield from closings


def test_the_categories_doc_is_read():
    assert len(LEAF_CODES) == 41
    assert "gas-supply" in LEAF_CODES and "mahalla-assembly" in LEAF_CODES


@pytest.mark.parametrize("module", [uz, kaa, ru], ids=["uz", "kaa", "ru"])
def test_every_leaf_category_has_templates_for_every_kind_and_answers(module):
    for code in LEAF_CODES:
        assert set(module.APPEALS[code]) == set(KINDS), code
        for kind in KINDS:
            assert module.APPEALS[code][kind], (code, kind)
        assert module.ANSWERS[code], code
    assert set(module.APPEALS) == set(LEAF_CODES)


def test_kaa_has_what_compose_reads_and_at_least_as_many_templates_as_uz():
    for name in MODULE_NAMES:
        assert hasattr(kaa, name), name
    assert set(kaa.CLOSINGS) == set(KINDS)
    assert set(kaa.RATING_COMMENTS) == {1, 2, 3, 4, 5}
    for code, by_kind in uz.APPEALS.items():
        for kind, templates in by_kind.items():
            assert len(kaa.APPEALS[code][kind]) >= len(templates), (code, kind)
        assert len(kaa.ANSWERS[code]) >= len(uz.ANSWERS[code]), code


def test_every_kaa_template_renders_with_no_slot_left():
    # Rendering each template directly reaches the ones a seeded sample would miss.
    rng = random.Random(3)
    for text in _kaa_strings():
        rendered = compose._render(text, "kaa", compose._Slots("kaa", kaa, rng, PLACE))
        assert "{" not in rendered and "}" not in rendered, text


@pytest.mark.parametrize("place", [PLACE, {}], ids=["with-place", "without-place"])
def test_composed_kaa_texts_have_no_unfilled_slot(place):
    for code in LEAF_CODES:
        for kind in KINDS:
            for seed in range(6):
                rng = random.Random(seed)
                appeal = compose_appeal(category_code=code, kind=kind, language="kaa", rng=rng, place=place)
                answer = compose_answer(category_code=code, language="kaa", rng=rng, place=place)
                for text in (appeal.subject, appeal.text, answer):
                    assert text.strip()
                    assert not re.search(r"[{}]", text), (code, kind, text)
    for seed in range(10):
        rng = random.Random(seed)
        assert "{" not in compose_conclusion(language="kaa", rng=rng)
        assert "{" not in compose_rating_comment(rating=seed % 5 + 1, language="kaa", rng=rng)


def test_kaa_texts_are_in_karakalpak_not_uzbek_spelling():
    strings = list(_kaa_strings())
    # Uzbek writes o‘ g‘ and ma’lumot with these; Karakalpak has its own letters instead.
    assert not [s for s in strings if "‘" in s or "’" in s]
    bodies = [body for by_kind in kaa.APPEALS.values() for ts in by_kind.values() for _, body in ts]
    assert all(KARAKALPAK_LETTERS & set(body) for body in bodies)
    for uzbek_word in ("so‘rayman", "mahallasi", "ko‘chasi", "iltimos", "hokim"):
        assert not [s for s in strings if uzbek_word in s.lower()], uzbek_word


def test_composed_kaa_appeals_mostly_keep_the_karakalpak_letters():
    rng = random.Random(11)
    texts = [compose_appeal(category_code=code, kind=kind, language="kaa", rng=rng, place=PLACE).text
             for code in LEAF_CODES for kind in KINDS for _ in range(3)]
    with_letters = [t for t in texts if KARAKALPAK_LETTERS & set(t)]
    # About one text in eight is "typed on a phone": some of those lose the letters.
    assert len(with_letters) / len(texts) > 0.85
    assert len(with_letters) < len(texts)


def test_kaa_street_names_take_the_case_endings_the_templates_add():
    assert all(street.endswith(" kóshesi") for street in kaa.STREETS)
    text = compose._render("{street}nde", "kaa", compose._Slots("kaa", kaa, random.Random(1), {}))
    assert text.endswith("kóshesinde")


def test_kaa_dates_read_as_karakalpak():
    assert kaa.date(5, 2) == "5-mart"
    assert kaa.until(15, 2) == "15-martqa shekem"
    assert kaa.until(1, 3) == "1-aprelge shekem"


def test_kaa_mahalla_name_loses_its_mpj_suffix():
    answers = [compose_answer(category_code="mahalla-assembly", language="kaa", rng=random.Random(seed),
                              place={"mahalla": "Berdaq MPJ"}) for seed in range(20)]
    naming_the_mahalla = [a for a in answers if "máhállesinde" in a]
    assert naming_the_mahalla
    assert all("Berdaq máhállesinde" in a for a in naming_the_mahalla)


def test_same_seed_gives_the_same_kaa_text_and_other_seeds_vary():
    def make(seed):
        rng = random.Random(seed)
        appeal = compose_appeal(category_code="gas-supply", kind="complaint", language="kaa", rng=rng,
                                place={"district": "Nókis qalası"})
        return appeal, compose_answer(category_code="gas-supply", language="kaa", rng=rng)

    assert make(1) == make(1)
    assert len({make(seed) for seed in range(10)}) > 5
