"""Understanding appeal text in any of the country's scripts.

One module for what every other feature needs before it looks at words:
- `strip_html`: plain text from what web forms and imports send (tags, &nbsp;);
- `detect_language`: uz-Latn, uz-Cyrl, kaa, ru or en from letters and a few
  rules (language-ID libraries know Uzbek poorly and Karakalpak not at all);
- `normalise_apostrophes`: the one o‘ and g‘ that our pages use, however typed;
- `to_latin` / `to_cyrillic`: transliteration through alifbo (Uzbek, wrapped
  by `murojaat.core.scripts`) and kaalin (Karakalpak);
- `search_key`: a loose Latin skeleton in which Latin and Cyrillic spellings
  of a word meet (`chiqindi` and `чиқинди` both give `chiqindi`).

Why our own `search_key` and not `alifbo.fold_search_key_loose`: alifbo's key
does meet across scripts, but it runs its full conversion pipeline and takes
tens of milliseconds for a paragraph; the router and the search index fold
every appeal, so we fold with one translation table instead (microseconds).
The tests check that both keys agree on which spellings are the same word.
"""

import functools
import re
import unicodedata
from html import unescape
from html.parser import HTMLParser

import kaalin

from murojaat.core import scripts

UZ_LATN, UZ_CYRL, KAA, RU, EN, UNDETERMINED = "uz-Latn", "uz-Cyrl", "kaa", "ru", "en", "und"
# Our locale codes (settings.LANGUAGES) for each detected tag.
LOCALE_FOR_TAG = {UZ_LATN: "uz", UZ_CYRL: "uz-cyrl", KAA: "kaa", RU: "ru", EN: "en"}


# --- HTML -------------------------------------------------------------------

_BLOCK_TAGS = frozenset("p br div li tr td th h1 h2 h3 h4 h5 h6 ul ol table blockquote pre hr".split())
_SKIPPED_TAGS = frozenset(("script", "style"))


class _TextCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skipping:
            self.parts.append(data)


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\s*\n\s*")


def strip_html(text: str) -> str:
    """Plain text: tags dropped (block tags become line breaks), entities
    decoded, non-breaking and repeated spaces folded to one space."""
    if not text:
        return ""
    if "<" in text:
        collector = _TextCollector()
        collector.feed(text)
        collector.close()
        text = "".join(collector.parts)
    elif "&" in text:
        text = unescape(text)
    text = _SPACES.sub(" ", text)
    return _BLANK_LINES.sub("\n", text).strip()


# --- apostrophes ------------------------------------------------------------

# Everything people type for the o‘/g‘ sign and the tutuq belgisi (’).
APOSTROPHES = "'`´‘’ʻʼ′＇"
OKINA = "\u2018"  # o‘ g‘ as our pages write them
TUTUQ = "\u2019"  # ta’lim, ma’lumot
# A sign between two letters, or after o/g at the end of a word (bog‘).
_APOSTROPHE_AFTER_LETTER = re.compile(rf"([A-Za-z])[{APOSTROPHES}](?=[A-Za-z])|([oOgG])[{APOSTROPHES}](?![\w])")

# Words that people type without the sign and that cannot be another word.
# Kept short on purpose: "oz" (few) and "o‘z" (own), "bola" (child) and
# "bo‘la", "qol" (stay) and "qo‘l" (hand) are ambiguous and left alone.
_MISSING_APOSTROPHE = {
    "ozbek": "o‘zbek", "ozbekiston": "o‘zbekiston", "ozbekistonda": "o‘zbekistonda",
    "ozbekcha": "o‘zbekcha", "kop": "ko‘p", "kopchilik": "ko‘pchilik", "yoq": "yo‘q",
    "yol": "yo‘l", "yollar": "yo‘llar", "yolda": "yo‘lda", "yollari": "yo‘llari",
    "togri": "to‘g‘ri", "notogri": "noto‘g‘ri", "boladi": "bo‘ladi", "bolmaydi": "bo‘lmaydi",
    "bolgan": "bo‘lgan", "bolib": "bo‘lib", "bolsa": "bo‘lsa", "boldi": "bo‘ldi",
    "bolyapti": "bo‘lyapti", "korsatish": "ko‘rsatish", "korsatma": "ko‘rsatma",
    "kocha": "ko‘cha", "kochasi": "ko‘chasi", "kochada": "ko‘chada", "kochamiz": "ko‘chamiz",
    "ogil": "o‘g‘il", "ogli": "o‘g‘li", "orniga": "o‘rniga",
    "oqituvchi": "o‘qituvchi", "oquvchi": "o‘quvchi", "oquvchilar": "o‘quvchilar",
    "tolov": "to‘lov", "tolovi": "to‘lovi", "tolash": "to‘lash", "ozgartirish": "o‘zgartirish",
    "sorov": "so‘rov", "sorab": "so‘rab", "zor": "zo‘r",
}
_WORD = re.compile(r"\w+", re.UNICODE)


def normalise_apostrophes(text: str, *, restore_missing: bool = True) -> str:
    """o‘ and g‘ written with ‘ (U+2018), the tutuq with ’ (U+2019), whatever
    the citizen typed; with `restore_missing`, a few common words typed with no
    sign at all get it back when no other word is spelt that way."""

    def sign(match: re.Match) -> str:
        letter = match.group(1) or match.group(2)
        return letter + (OKINA if letter in "oOgG" else TUTUQ)

    text = _APOSTROPHE_AFTER_LETTER.sub(sign, text)
    if restore_missing:
        text = _WORD.sub(_restore_word, text)
    return text


def _restore_word(match: re.Match) -> str:
    word = match.group(0)
    fixed = _MISSING_APOSTROPHE.get(word.lower())
    if not fixed or fixed == word.lower():
        return word
    if word.isupper() and len(word) > 1:
        return fixed.upper()
    return fixed[0].upper() + fixed[1:] if word[0].isupper() else fixed


# --- language and script ----------------------------------------------------

_KAA_CYRILLIC = frozenset("әөүұңӘӨҮҰҢ")
_UZ_CYRILLIC = frozenset("ўқғҳЎҚҒҲ")
# ы and щ never occur in Uzbek Cyrillic (which does have э, ъ and ё, so those
# prove nothing); Karakalpak has ы, but its own letters outweigh it.
_RU_ONLY = frozenset("ыщЫЩ")
_KAA_LATIN = frozenset("áóúıńǵÁÓÚÍŃǴ")
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
            elif char.isascii() or char in _KAA_LATIN or "\u00c0" <= char <= "\u024f":
                latin += 1
    if not cyrillic and not latin:
        return UNDETERMINED
    words = [w.lower() for w in _WORD.findall(text)]
    if cyrillic >= latin:
        return _cyrillic_language(text, words)
    return _latin_language(text, words)


def _cyrillic_language(text: str, words: list[str]) -> str:
    kaa = uz = ru = 0.0
    for char in text:
        if char in _KAA_CYRILLIC:
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
    kaa = sum(3 for char in text if char in _KAA_LATIN)
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


# --- transliteration --------------------------------------------------------


def to_latin(text: str, *, language: str | None = None) -> str:
    """Uzbek or Karakalpak text in Latin script (already-Latin text unchanged)."""
    language = language or detect_language(text)
    if language == KAA:
        return kaalin.cyrillic2latin(text) if scripts.is_cyrillic(text) else text
    if language == UZ_CYRL or (language not in (RU, EN) and scripts.is_cyrillic(text)):
        # alifbo writes the sign as ʻ (U+02BB); our pages use ‘.
        return normalise_apostrophes(scripts.cyrillic_to_latin(text), restore_missing=False)
    return text


def to_cyrillic(text: str, *, language: str | None = None) -> str:
    """Uzbek or Karakalpak text in Cyrillic script (already-Cyrillic text unchanged)."""
    language = language or detect_language(text)
    if scripts.is_cyrillic(text) or language in (RU, EN):
        return text
    if language == KAA:
        return kaalin.latin2cyrillic(text)
    return scripts.latin_to_cyrillic(normalise_apostrophes(text, restore_missing=False))


# --- normalised text and the search key -------------------------------------


def normalise(text: str) -> str:
    """What we store and show: plain text, NFC, one form of o‘/g‘, single spaces.
    The script is kept as the citizen wrote it."""
    text = unicodedata.normalize("NFC", strip_html(text))
    return normalise_apostrophes(text, restore_missing=detect_language(text) == UZ_LATN)


# Cyrillic letters to the Latin skeleton. Uzbek values; Russian letters land
# on their usual transliteration, which is all a key needs (the same word in
# the same script always gives the same key).
_CYRILLIC_TO_SKELETON = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "j", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "x", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh",
    "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ў": "o", "қ": "q", "ғ": "g",
    "ҳ": "h", "ә": "a", "ө": "o", "ү": "u", "ұ": "u", "ң": "n", "і": "i", "һ": "h",
}
# In Karakalpak Cyrillic ў is the consonant w (kaalin: ў -> w), not Uzbek o‘.
_KAA_OVERRIDES = {"ў": "w"}
# New (2026) and Karakalpak Latin letters to the same skeleton as 1995 Uzbek.
_LATIN_TO_SKELETON = {"ş": "sh", "ç": "ch", "ñ": "ng", "ı": "i"}
# What the key does to the rest of ASCII, in the same pass: signs dropped,
# every other character that is not a letter or digit made a space. Listing
# every ASCII character also makes `str.translate` find most characters in
# the table: a character it does not find costs it a raised KeyError, which
# made translating a text two to three times slower.
_ASCII_TO_KEY = {char: char if char.isalnum() else " " for char in map(chr, range(128))}
_DROPPED = dict.fromkeys(APOSTROPHES, "")
_SKELETON = str.maketrans({**_ASCII_TO_KEY, **_DROPPED, **_CYRILLIC_TO_SKELETON, **_LATIN_TO_SKELETON})
_KAA_SKELETON = str.maketrans(
    {**_ASCII_TO_KEY, **_DROPPED, **_CYRILLIC_TO_SKELETON, **_KAA_OVERRIDES, **_LATIN_TO_SKELETON}
)
# Cyrillic е says "ye" at the start of a word and after a vowel or a hard or
# soft sign (ер = yer, съезд = syezd): everywhere except after a consonant.
_KAA_LETTERS = _KAA_CYRILLIC | _KAA_LATIN
_CYRILLIC_YE = re.compile(r"(?<![бвгджзйклмнпрстфхцчшщқғҳңa-z0-9])е")
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def search_key(text: str, *, language: str | None = None) -> str:
    """A lowercase Latin skeleton without signs or diacritics in which the
    Latin and Cyrillic spellings of a word meet: `chiqindi` / `чиқинди`,
    `o‘zbek` / `ozbek` / `ўзбек`, `Qo‘ng‘irot` / `Қўнғирот`, `Nókis` / `Нөкис`.
    Words are separated by single spaces; punctuation is dropped."""
    text = strip_html(text).lower() if "<" in text or "&" in text else text.lower()
    if language is None:
        # isdisjoint walks the text in C: a per-letter Python loop here was a
        # third of the cost of training the router on 100,000 appeals.
        language = KAA if not _KAA_LETTERS.isdisjoint(text) else None
    if "е" in text:
        text = _CYRILLIC_YE.sub("ye", text)
    # One pass: Cyrillic and new Latin letters to the skeleton, signs dropped,
    # ASCII punctuation and spaces to spaces.
    text = text.translate(_KAA_SKELETON if language == KAA else _SKELETON)
    if text.isascii():
        # Only letters, digits and spaces are left.
        return " ".join(text.split())
    # Remaining diacritics (o‘ written as ö, á, ǵ, ń ...) are dropped.
    text = "".join(_bare_letter(c) if not c.isascii() else c for c in text)
    return _NON_WORD.sub(" ", text).strip()


@functools.lru_cache(maxsize=4096)
def _bare_letter(char: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
