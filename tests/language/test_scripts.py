from murojaat.language.scripts import to_cyrillic, to_latin


def test_it_transliterates_uzbek_both_ways():
    assert to_cyrillic("Qo‘ng‘irot tumani, ko'cha") == "Қўнғирот тумани, кўча"
    assert to_latin("Қўнғирот тумани, кўча") == "Qo‘ng‘irot tumani, ko‘cha"


def test_it_transliterates_karakalpak_with_its_own_letters():
    assert to_cyrillic("Nókis qalası", language="kaa") == "Нөкис қаласы"
    assert to_latin("Нөкис қаласы") == "Nókis qalası"


def test_russian_and_english_are_not_transliterated():
    assert to_latin("Нет света") == "Нет света"
    assert to_cyrillic("No light", language="en") == "No light"
