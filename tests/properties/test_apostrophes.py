"""One apostrophe normaliser, `murojaat.language.apostrophes.normalise_apostrophes`,
where there were three. Copies of the other two are the references here:

- `territories.spelling.uzbek_apostrophes` wrote the Uzbek names of the
  territory data build and of the mahalla import: every sign after o or g
  became ‘, every other sign ’;
- deadlines/calendar.py wrote the ʻ of the holidays package's Uzbek names as ‘;
- office/views.py `_apostrophes` turned every sign into ‘ for the
  organisation search, so that o'zbekiston finds O‘zbekiston.

What their callers relied on, a sign inside a word or after o/g at its end,
comes out the same. Where they differ, the new one is the one the names are
stored in: a tutuq (ma’naviyat) stays ’ rather than ‘, and a quote around a
word stays a quote.
"""

import json
import re
from pathlib import Path

import holidays
from hypothesis import example, given, settings
from hypothesis import strategies as st

from murojaat.language.apostrophes import normalise_apostrophes

TERRITORIES = Path(__file__).resolve().parents[2] / "murojaat" / "territories" / "data" / "territories.json"

_OLD_APOSTROPHES = "'`\u2018\u2019\u02bb\u02bc\u00b4"
_OLD_MARK = re.compile(f"([oOgG]?)[{_OLD_APOSTROPHES}]")


def old_uzbek_apostrophes(text):
    return _OLD_MARK.sub(lambda m: m.group(1) + ("\u2018" if m.group(1) else "\u2019"), text)


def old_office_apostrophes(text):
    return "".join("‘" if ch in "'`ʻʼ’" else ch for ch in text)


LETTERS = "abdefghijklmnopqrstuvxyzABDEFGHIJKLMNOPQRSTUVXYZ"
# A sign between two letters (Qo'ng'irot, ta'mir) or after o/g at a word's end (bog').
syllables = st.tuples(
    st.text(alphabet=st.sampled_from(LETTERS), min_size=1, max_size=6),
    st.sampled_from(_OLD_APOSTROPHES),
    st.text(alphabet=st.sampled_from(LETTERS), min_size=1, max_size=6),
).map("".join) | st.tuples(
    st.text(alphabet=st.sampled_from(LETTERS), max_size=6), st.sampled_from("oOgG"), st.sampled_from(_OLD_APOSTROPHES)
).map("".join)
words = st.lists(syllables, min_size=1, max_size=3).map("".join)
plain = st.text(alphabet=st.sampled_from(LETTERS + "0123456789-"), min_size=1, max_size=8)
names = st.lists(st.one_of(words, plain), min_size=1, max_size=4).map(" ".join)


def _well_formed(name: str) -> bool:
    """Every sign follows a letter and precedes one, or follows o/g and ends a word."""
    for i, char in enumerate(name):
        if char not in _OLD_APOSTROPHES:
            continue
        before = name[i - 1] if i else ""
        after = name[i + 1] if i + 1 < len(name) else " "
        inside = before in LETTERS and after in LETTERS
        ending = before in "oOgG" and after == " "
        if not (before and (inside or ending)):
            return False
    return True


@settings(max_examples=1000, deadline=None)
@given(names)
@example("Qo'ng'irot tumani")
@example("Tuproqqal'a tumani")
@example("Bog' mahallasi")
def test_uzbek_names_get_the_signs_the_territory_build_and_the_mahalla_import_gave(name):
    if _well_formed(name):
        assert normalise_apostrophes(name, restore_missing=False) == old_uzbek_apostrophes(name)


@settings(max_examples=1000, deadline=None)
@given(names)
@example("o'zbekiston")
@example("Farg`ona")
def test_o_and_g_typed_any_way_are_the_sign_the_organisation_search_looked_for(name):
    # Every o‘ and g‘ comes out as the office search wrote it (and o´ too,
    # which the office search left as typed).
    new, old = normalise_apostrophes(name, restore_missing=False), old_office_apostrophes(name)
    assert len(new) == len(old) == len(name)
    for i, char in enumerate(name):
        if char in _OLD_APOSTROPHES and i > 0 and name[i - 1] in "oOgG" and _well_formed(name):
            assert new[i] == "‘" and old[i] in ("‘", "´")


def test_the_committed_territory_names_come_out_as_they_were_built():
    # territories.json was built with the old fixer from names typed with ';
    # built again with the new one they come out the same.
    data = json.loads(TERRITORIES.read_text(encoding="utf-8"))
    uzbek = [row["name_uz"] for row in data["territories"]]
    assert len(uzbek) > 200
    for name in uzbek:
        typed = name.replace("‘", "'").replace("’", "'")
        assert normalise_apostrophes(typed, restore_missing=False) == old_uzbek_apostrophes(typed) == name


def test_the_holiday_names_come_out_as_the_calendar_wrote_them():
    uzbek = {
        part
        for year in range(2000, 2041)
        for name in holidays.country_holidays("UZ", years=year, language="uz").values()
        for part in name.split("; ")
    }
    assert any("\u02bb" in name for name in uzbek)
    for name in uzbek:
        assert normalise_apostrophes(name, restore_missing=False) == name.replace("\u02bb", "\u2018")
