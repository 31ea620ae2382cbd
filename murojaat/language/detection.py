"""Which language a text is in: uz-Latn, uz-Cyrl, kaa, ru or en.

From letters and a few rules, because language-ID libraries know Uzbek poorly
and Karakalpak not at all.
"""

import re
import unicodedata

from murojaat.language.apostrophes import APOSTROPHES, WORD

UZ_LATN, UZ_CYRL, KAA, RU, EN, UNDETERMINED = "uz-Latn", "uz-Cyrl", "kaa", "ru", "en", "und"
# Our locale codes (settings.LANGUAGES) for each detected tag.
LOCALE_FOR_TAG = {UZ_LATN: "uz", UZ_CYRL: "uz-cyrl", KAA: "kaa", RU: "ru", EN: "en"}

# Letters that only Karakalpak has, in each script (the search key reads a
# text with any of them as Karakalpak too).
KAA_CYRILLIC = frozenset("әөүұңӘӨҮҰҢ")
_UZ_CYRILLIC = frozenset("ўқғҳЎҚҒҲ")
# ы and щ never occur in Uzbek Cyrillic (which does have э, ъ and ё, so those
# prove nothing); Karakalpak has ы, but its own letters outweigh it.
_RU_ONLY = frozenset("ыщЫЩ")
KAA_LATIN = frozenset("áóúıńǵÁÓÚÍŃǴ")
_UZ_LATIN_SIGN = re.compile(rf"[oOgG][{APOSTROPHES}]")

_RU_WORDS = frozenset(
    "и в не на что по с у нас это как для от к из за так но же мы вы они он она есть нет уже "
    "очень просим прошу пожалуйста здравствуйте улица улице дом дома года который которые".split()
)
_UZ_CYRL_WORDS = frozenset(
    "ва бу билан учун эмас ҳам мен биз жуда керак илтимос туман шаҳар маҳалла уй йўқ бор "
    "ёрдам беринг ҳокимлиги кўча".split()
)
_UZ_LATN_WORDS = frozenset(
    "va bu bilan uchun emas ham men biz juda kerak iltimos tuman shahar mahalla uy yo‘q bor "
    "yordam bering hokimligi ko‘cha assalomu alaykum rahmat yaxshi qilib uchun bizning mening "
    "edi ekan qanday nima".split()
)
_KAA_WORDS = frozenset(
    "hám menen ushın emes bizdiń meniń jol kóshe awıl qala rayonı járdem beriń sorap "
    "hákimligi".split()
)
_EN_WORDS = frozenset(
    "the and is are of to in for please not with my our there no we you this that it be have "
    "has was were road water street".split()
)
_UZ_LATN_SUFFIXES = ("lar", "ning", "dagi", "miz", "ingiz", "imiz", "ga", "da", "dan", "ni", "mi")


def detect_language(text: str) -> str:
    """One of uz-Latn, uz-Cyrl, kaa, ru, en; "und" when there are no letters.

    The script is the majority of letters. Within Cyrillic, letters decide
    first (Karakalpak ә ө ү ң, Uzbek ў қ ғ ҳ, Russian-only ы щ), then common
    words; with no evidence Cyrillic is Russian. Within Latin, Karakalpak
    letters (á ó ú ı ń ǵ), the o‘/g‘ sign, q without u and Uzbek endings vote
    against English words; with no evidence it is Uzbek, the platform's default.
    """
    text = unicodedata.normalize("NFC", text or "")
    cyrillic = latin = 0
    for char in text:
        if char.isalpha():
            if "\u0400" <= char <= "\u04ff":
                cyrillic += 1
            elif char.isascii() or char in KAA_LATIN or "\u00c0" <= char <= "\u024f":
                latin += 1
    if not cyrillic and not latin:
        return UNDETERMINED
    words = [w.lower() for w in WORD.findall(text)]
    if cyrillic >= latin:
        return _cyrillic_language(text, words)
    return _latin_language(text, words)


def _cyrillic_language(text: str, words: list[str]) -> str:
    kaa = uz = ru = 0.0
    for char in text:
        if char in KAA_CYRILLIC:
            kaa += 3
        elif char in _UZ_CYRILLIC:
            uz += 2
        elif char in _RU_ONLY:
            ru += 2
    for word in words:
        ru += word in _RU_WORDS
        uz += word in _UZ_CYRL_WORDS
    # Karakalpak shares қ ғ ў ҳ with Uzbek, so a few of its own letters
    # outweigh many shared ones.
    if kaa and kaa * 5 >= uz:
        return KAA
    return UZ_CYRL if uz > ru else RU


def _latin_language(text: str, words: list[str]) -> str:
    kaa = sum(3 for char in text if char in KAA_LATIN)
    kaa += sum(1 for w in words if w in _KAA_WORDS)
    if kaa >= 3:
        return KAA
    uz = 2 * len(_UZ_LATIN_SIGN.findall(text))
    en = 0.0
    for word in words:
        if word in _EN_WORDS:
            en += 1.5
        elif word in _UZ_LATN_WORDS or word.replace("'", "‘") in _UZ_LATN_WORDS:
            uz += 1.5
        elif len(word) > 4 and word.endswith(_UZ_LATN_SUFFIXES):
            uz += 0.5
        if "q" in word and "qu" not in word:
            uz += 0.5
    return EN if en > uz else UZ_LATN
