"""Stored signatures are compared with new ones for years: the same text must
give the same minhashes and bands in every version, or duplicates of older
appeals go unnoticed until `murojaat search reindex`. These values were
written by the first version of `appeals/similar.py` (now `search/similar.py`)."""

from types import SimpleNamespace

from murojaat.language.keys import search_key
from murojaat.search import similar

TEXT = "Ko‘chamizdagi yo‘l uch oydan beri buzilgan. Iltimos, ta’mirlab bering."
BANDS = [
    319778930, -1166201234, -251530922, -217384271, 118649940, 648361458, -1454816193, -1608133927,
    689661584, 592679600, 1386043439, 555895874, -1503924598, -1825526948, -818660339, -258213661,
]


def test_a_text_has_the_signature_it_always_had():
    key = search_key(TEXT)
    fields = similar.signature_fields(appeal=SimpleNamespace(pk=1, territory_id=2, received_at=None), key_text=key)

    assert key == "kochamizdagi yol uch oydan beri buzilgan iltimos tamirlab bering"
    assert [fields[f"band{i}"] for i in range(16)] == BANDS
    assert fields["minhashes"][:16].hex() == "0042353c076b491787490e1558d5d900"
    assert list(similar.unpack(fields["minhashes"])) == similar.minhashes(key)
    assert similar.bands(similar.minhashes(key)) == BANDS


def test_a_text_without_words_has_the_largest_minhashes():
    assert similar.minhashes("") == [0xFFFFFFFF] * 64
