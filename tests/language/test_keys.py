import alifbo
import pytest

from murojaat.language.keys import search_key

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
