from murojaat.language.scripts import reading_in_other_script, to_cyrillic, to_latin


def test_it_transliterates_uzbek_both_ways():
    assert to_cyrillic("Qo‘ng‘irot tumani, ko'cha") == "Қўнғирот тумани, кўча"
    assert to_latin("Қўнғирот тумани, кўча") == "Qo‘ng‘irot tumani, ko‘cha"


def test_it_transliterates_karakalpak_with_its_own_letters():
    assert to_cyrillic("Nókis qalası", language="kaa") == "Нөкис қаласы"
    assert to_latin("Нөкис қаласы") == "Nókis qalası"


def test_russian_and_english_are_not_transliterated():
    assert to_latin("Нет света") == "Нет света"
    assert to_cyrillic("No light", language="en") == "No light"


def test_the_pages_show_a_reading_in_the_other_script_for_uzbek_and_karakalpak_only():
    assert reading_in_other_script("Қўнғирот тумани, кўча") == "Qo‘ng‘irot tumani, ko‘cha"
    assert reading_in_other_script("Nókis qalası jolı") == to_cyrillic("Nókis qalası jolı", language="kaa")
    assert reading_in_other_script("Нет света") == reading_in_other_script("No light in the street") == ""
    assert reading_in_other_script("") == reading_in_other_script("12345") == ""
