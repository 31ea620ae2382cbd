"""The message catalogues: complete, compiled, and in the right script.

Every user-facing string must read in Uzbek (Latin and Cyrillic), Karakalpak
and Russian; English is the source language, so its msgstrs stay empty.
"""

import gettext as stdlib_gettext
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

from tests.i18n.pofile import Entry, header_fields, read_po

LOCALE_DIR = Path(settings.BASE_DIR) / "murojaat" / "locale"
# Django's locale directory -> the language code a browser sends.
TRANSLATED = {"uz": "uz", "uz_Cyrl": "uz-cyrl", "kaa": "kaa", "ru": "ru"}
ALL_DIRS = [*TRANSLATED, "en"]

PLACEHOLDER = re.compile(r"%\(\w+\)[sdr]|%[sdr]|\{[^{}]*\}")
# What stays in Latin letters in a Cyrillic text: placeholders, field names,
# command options, addresses, an HTTP header, file formats and product names.
KEPT_LATIN = re.compile(
    PLACEHOLDER.pattern
    + r"|<[^<>]+>|\"code\""  # HTML tags; an API field name quoted in a message
    + r"|[\w.+-]*[_@][\w.+-]*\w|--\w+|Idempotency-Key"
    + r"|\b(?:PDF|JPEG|PNG|DOCX|JSON|API|SMS|Telegram|OneID|Word|holidays|Murojaat|NUL)\b"
    # Apps, file formats and words readers meet in Latin letters on their screens, and the
    # example tracking code.
    + r"|\b(?:Google|Microsoft|Authenticator|FreeOTP|CSV|XLSX|Excel|QR|ID|cookie)\b"
    + r"|\b[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}\b"
)
LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u2018\u2019\u02bb\u02bc]")


def catalogue(directory: str) -> list[Entry]:
    return read_po(LOCALE_DIR / directory / "LC_MESSAGES" / "django.po")


def messages(directory: str) -> list[Entry]:
    return [e for e in catalogue(directory) if not e.is_header]


def where(entry: Entry) -> str:
    return f"line {entry.line}: {entry.msgid!r}"


def test_there_is_one_project_catalogue_per_language():
    dirs = sorted(p.parent.parent.name for p in LOCALE_DIR.glob("*/LC_MESSAGES/django.po"))
    assert dirs == sorted(ALL_DIRS)
    app_catalogues = [
        p for p in (Path(settings.BASE_DIR) / "murojaat").glob("*/locale/*/LC_MESSAGES/django.po")
        if p.parents[2] != LOCALE_DIR
    ]
    assert app_catalogues == [], "makemessages writes into an app's own locale/ folder; keep one catalogue"


def test_all_catalogues_hold_the_same_messages():
    keys = {d: {(e.msgctxt, e.msgid) for e in messages(d)} for d in ALL_DIRS}
    assert keys["uz"], "the catalogues are empty"
    for directory in ALL_DIRS:
        assert keys[directory] == keys["uz"], f"{directory}: run makemessages for every language"


@pytest.mark.parametrize(
    ("directory", "nplurals"), [("uz", 1), ("uz_Cyrl", 1), ("kaa", 1), ("ru", 3), ("en", 2)]
)
def test_headers_name_the_language_and_its_plural_forms(directory, nplurals):
    fields = header_fields(catalogue(directory))
    assert fields["Language"] == directory
    assert fields["Content-Type"] == "text/plain; charset=UTF-8"
    assert fields["Plural-Forms"].startswith(f"nplurals={nplurals};")
    if directory == "ru":  # 1 обращение, 2 обращения, 5 обращений, 21 обращение, 11 обращений
        plural = stdlib_gettext.c2py(fields["Plural-Forms"].split("plural=")[1].rstrip(";"))
        assert [plural(n) for n in (1, 2, 5, 21, 11, 22, 111)] == [0, 1, 2, 0, 2, 1, 2]


@pytest.mark.parametrize("directory", list(TRANSLATED))
def test_every_message_is_translated_and_not_fuzzy(directory):
    untranslated = [where(e) for e in messages(directory) if not all(e.msgstr) or not e.msgstr]
    fuzzy = [where(e) for e in messages(directory) if "fuzzy" in e.flags]
    assert untranslated == []
    assert fuzzy == [], "check each fuzzy entry, then remove its flag"
    assert "fuzzy" not in next(e for e in catalogue(directory) if e.is_header).flags


@pytest.mark.parametrize("directory", list(TRANSLATED))
def test_plural_messages_have_every_form(directory):
    nplurals = int(header_fields(catalogue(directory))["Plural-Forms"].split(";")[0].split("=")[1])
    wrong = [where(e) for e in messages(directory) if e.msgid_plural is not None and len(e.msgstr) != nplurals]
    assert wrong == []


@pytest.mark.parametrize("directory", list(TRANSLATED))
def test_translations_keep_the_placeholders_of_the_source(directory):
    wrong = []
    for entry in messages(directory):
        sources = [entry.msgid] if entry.msgid_plural is None else [entry.msgid, entry.msgid_plural]
        expected = sorted(PLACEHOLDER.findall(sources[-1]))
        for text in entry.msgstr:
            if sorted(PLACEHOLDER.findall(text)) != expected:
                wrong.append(f"{where(entry)} -> {text!r}")
    assert wrong == []


HTML_TAG = re.compile(r"<[^<>]+>")


@pytest.mark.parametrize("directory", list(TRANSLATED))
def test_translations_keep_the_markup_of_the_source(directory):
    """<strong> must stay <strong> (a transliteration once made it <стронг>)."""
    wrong = []
    for entry in messages(directory):
        expected = sorted(HTML_TAG.findall(entry.msgid))
        for text in entry.msgstr:
            if sorted(HTML_TAG.findall(text)) != expected:
                wrong.append(f"{where(entry)} -> {text!r}")
    assert wrong == []


def test_english_is_the_source_and_stays_untranslated():
    assert [where(e) for e in messages("en") if any(e.msgstr)] == []


@pytest.mark.parametrize("directory", list(TRANSLATED))
def test_the_compiled_catalogue_matches_the_po_file(directory):
    """A .po edited without compilemessages would ship old text."""
    language = TRANSLATED[directory]
    nplurals = int(header_fields(catalogue(directory))["Plural-Forms"].split(";")[0].split("=")[1])
    plural_expr = header_fields(catalogue(directory))["Plural-Forms"].split("plural=")[1].rstrip(";")
    plural = stdlib_gettext.c2py(plural_expr)
    stale = []
    with translation.override(language):
        for entry in messages(directory):
            if entry.msgid_plural is None:
                got = (translation.pgettext(entry.msgctxt, entry.msgid) if entry.msgctxt is not None
                       else translation.gettext(entry.msgid))
                if got != entry.msgstr[0]:
                    stale.append(f"{where(entry)}: .mo gives {got!r}")
                continue
            for n in (1, 2, 5, 21):
                expected = entry.msgstr[min(plural(n), nplurals - 1)]
                got = (translation.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, n)
                       if entry.msgctxt is not None else translation.ngettext(entry.msgid, entry.msgid_plural, n))
                if got != expected:
                    stale.append(f"{where(entry)} n={n}: .mo gives {got!r}")
    assert stale == [], "run: .venv/bin/murojaat compilemessages --ignore '.venv/*'"


def test_uzbek_cyrillic_is_written_in_cyrillic():
    latin = []
    for entry in messages("uz_Cyrl"):
        for text in entry.msgstr:
            if LATIN_LETTER.search(KEPT_LATIN.sub("", text)):
                latin.append(f"{where(entry)} -> {text!r}")
    assert latin == [], "run scripts/derive_uz_cyrl.py after translating uz"
    letters = "".join(e.msgstr[0] for e in messages("uz_Cyrl"))
    assert set("ўқғҳ") <= set(letters), "Uzbek Cyrillic has ў, қ, ғ and ҳ"


def test_russian_is_written_in_cyrillic():
    latin = [where(e) for e in messages("ru") for t in e.msgstr if LATIN_LETTER.search(KEPT_LATIN.sub("", t))]
    assert latin == []


def test_karakalpak_is_written_in_karakalpak_latin_not_uzbek():
    entries = messages("kaa")
    letters = set("".join(e.msgstr[0] for e in entries))
    assert set("áóúıńǵ") <= letters, "Karakalpak Latin has á, ó, ú, ı, ń and ǵ"
    # Uzbek's o‘ and g‘ do not exist in Karakalpak: a string with them was left in Uzbek.
    uzbek = [where(e) for e in entries for t in e.msgstr if re.search(r"[oOgG][\u2018\u02bb]", t)]
    assert uzbek == []
    cyrillic = [where(e) for e in entries for t in e.msgstr if re.search(r"[\u0400-\u04ff]", t)]
    assert cyrillic == []


def test_translations_differ_from_english_where_words_are_translated():
    """A msgstr copied from the msgid is a forgotten translation, unless it is a name."""
    # The same word in every language: names, and words Uzbek and Karakalpak share with English.
    names = {"Murojaat", "SMS", "Telegram", "OneID", "mahalla", "Mahalla", "administrator"}
    for directory in ("uz", "kaa", "ru"):
        copied = [where(e) for e in messages(directory)
                  if e.msgstr[0] == e.msgid and e.msgid not in names and not PLACEHOLDER.fullmatch(e.msgid)]
        assert copied == [], directory
