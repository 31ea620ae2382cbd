from pathlib import Path

import alifbo
import pytest

from murojaat.language.normalise import (
    detect_language,
    normalise,
    normalise_apostrophes,
    search_key,
    strip_html,
    to_cyrillic,
    to_latin,
)

REVIEWS = Path(__file__).resolve().parents[3] / "shared" / "data" / "uzbek-app-reviews"


@pytest.mark.parametrize(
    "text, language",
    [
        ("Assalomu alaykum, ko‘chamizdagi yo‘l buzilgan, iltimos ta’mirlab bering.", "uz-Latn"),
        ("Mahallamizda gaz yoq, qishda bolalar sovuqda qolmoqda", "uz-Latn"),
        ("Ассалому алайкум, кўчамиздаги йўл бузилган, илтимос таъмирлаб беринг.", "uz-Cyrl"),
        ("Газ йўқ", "uz-Cyrl"),
        ("Awılımızda jol buzılǵan, járdem beriń.", "kaa"),
        ("Қарақалпақстан Республикасы, Нөкис қаласы, жол бузылған", "kaa"),
        ("Бизиң аўылда жол жоқ", "kaa"),
        ("Здравствуйте, у нас на улице нет света уже неделю", "ru"),
        ("Прошу отремонтировать дорогу", "ru"),
        ("The road in our street is broken, please repair it.", "en"),
        ("12345 !!!", "und"),
    ],
)
def test_it_detects_language_and_script(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize("typed", ["o'zbek", "o`zbek", "o´zbek", "o’zbek", "oʻzbek", "oʼzbek", "o‘zbek"])
def test_every_apostrophe_of_o_becomes_one(typed):
    assert normalise_apostrophes(typed) == "o‘zbek"


def test_it_writes_g_sign_and_tutuq_belgisi_apart():
    assert normalise_apostrophes("tog'da ta'mir, bog`") == "tog‘da ta’mir, bog‘"


def test_it_restores_only_unambiguous_missing_signs():
    assert normalise_apostrophes("Kop yollar togri emas") == "Ko‘p yo‘llar to‘g‘ri emas"
    # oz (few) / o‘z (own) and bola (child) cannot be decided, so stay as typed.
    assert normalise_apostrophes("oz bola") == "oz bola"


def test_it_leaves_quotes_and_english_contractions_readable():
    assert normalise_apostrophes("'Salom' dedi") == "'Salom' dedi"
    assert normalise_apostrophes("don't") == "don’t"


def test_strip_html_keeps_the_words_and_line_breaks():
    html = '<p style="x">Yo‘l&nbsp;buzilgan&nbsp;</p><p>Tom &amp; Jerry<br>ikki</p><script>alert(1)</script>'
    assert strip_html(html) == "Yo‘l buzilgan\nTom & Jerry\nikki"
    assert strip_html("5 &lt; 6") == "5 < 6"
    assert strip_html("") == ""


def test_normalise_gives_plain_text_with_one_form_of_the_sign():
    assert normalise("<p>Ko'chamizda&nbsp;gaz <b>yoq</b></p>") == "Ko‘chamizda gaz yo‘q"


def test_it_transliterates_uzbek_both_ways():
    assert to_cyrillic("Qo‘ng‘irot tumani, ko'cha") == "Қўнғирот тумани, кўча"
    assert to_latin("Қўнғирот тумани, кўча") == "Qo‘ng‘irot tumani, ko‘cha"


def test_it_transliterates_karakalpak_with_its_own_letters():
    assert to_cyrillic("Nókis qalası", language="kaa") == "Нөкис қаласы"
    assert to_latin("Нөкис қаласы") == "Nókis qalası"


def test_russian_and_english_are_not_transliterated():
    assert to_latin("Нет света") == "Нет света"
    assert to_cyrillic("No light", language="en") == "No light"


SAME_WORD = [
    ("chiqindi", "чиқинди"),
    ("o‘zbek", "ўзбек"),
    ("ozbek", "O'ZBEK"),
    ("Qo‘ng‘irot", "Қўнғирот"),
    ("shahar", "шаҳар"),
    ("yer", "ер"),
    ("ta’mirlash", "таъмирлаш"),
    ("yomg‘ir", "ёмғир"),
    ("hokimligi", "ҳокимлиги"),
    ("xona", "хона"),
    ("Nókis", "Нөкис"),
    ("ońlaw", "оңлаў"),
]


@pytest.mark.parametrize("latin, cyrillic", SAME_WORD)
def test_latin_and_cyrillic_spellings_meet_in_the_search_key(latin, cyrillic):
    assert search_key(latin) == search_key(cyrillic)


@pytest.mark.parametrize("latin, cyrillic", [p for p in SAME_WORD if "ng" not in p[0] and "ń" not in p[0]
                                             and "ó" not in p[0]])
def test_our_search_key_agrees_with_alifbo_on_uzbek(latin, cyrillic):
    # alifbo's own key is the reference for Uzbek; ours must merge the same words.
    assert alifbo.fold_search_key_loose(latin) == alifbo.fold_search_key_loose(cyrillic)


def test_search_key_keeps_different_words_apart_and_drops_markup():
    assert search_key("gaz") != search_key("suv")
    assert search_key("<p>Gaz&nbsp;yo‘q!</p>") == "gaz yoq"


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
