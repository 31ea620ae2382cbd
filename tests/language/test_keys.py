import alifbo
import pytest

from murojaat.language.keys import fingerprint, query_terms, search_key

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


def test_the_same_letter_however_typed_has_one_fingerprint():
    assert fingerprint("Ko'chamizda GAZ yo‘q!") == fingerprint("Кўчамизда газ йўқ") == fingerprint("ko‘chamizda  gaz yoq")
    assert fingerprint("Gaz yo‘q") != fingerprint("Suv yo‘q")
    assert fingerprint(None) == fingerprint("")


def test_query_terms_are_the_key_words_in_order_without_repeats():
    assert query_terms("Gaz, gaz va ГАЗ yo'q") == ["gaz", "va", "yoq"]
    assert query_terms(" ".join(f"w{i}" for i in range(20)), limit=3) == ["w0", "w1", "w2"]
