import pytest

from murojaat.language.apostrophes import normalise_apostrophes


@pytest.mark.parametrize("typed", ["o'zbek", "o`zbek", "o´zbek", "o’zbek", "oʻzbek", "oʼzbek", "o‘zbek"])
def test_every_apostrophe_of_o_becomes_one(typed):
    assert normalise_apostrophes(typed) == "o‘zbek"


def test_it_writes_g_sign_and_tutuq_belgisi_apart():
    assert normalise_apostrophes("tog'da ta'mir, bog`") == "tog‘da ta’mir, bog‘"


def test_it_restores_only_unambiguous_missing_signs():
    assert normalise_apostrophes("Kop yollar togri emas") == "Ko‘p yo‘llar to‘g‘ri emas"
    # oz (few) / o‘z (own) and bola (child) cannot be decided, so stay as typed.
    assert normalise_apostrophes("oz bola") == "oz bola"


def test_it_leaves_quotes_and_english_contractions_readable():
    assert normalise_apostrophes("'Salom' dedi") == "'Salom' dedi"
    assert normalise_apostrophes("don't") == "don’t"
