import pytest

from murojaat.language.detection import detect_language


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
