from datetime import date

import pytest
from django.core.exceptions import ValidationError

from murojaat.accounts.identifiers import (
    make_pinfl,
    parse_pinfl,
    validate_legal_entity_tin,
    validate_pinfl,
    validate_tin,
)


def test_a_pinfl_tells_birth_date_and_sex():
    pinfl = make_pinfl(birth_date=date(1990, 5, 17), sex="female", district=224, serial=15)
    facts = parse_pinfl(pinfl)
    assert facts.birth_date == date(1990, 5, 17) and facts.sex == "female"
    assert pinfl[0] == "4"  # a woman born in the 20th century


@pytest.mark.parametrize(
    "value, code",
    [
        ("1234567890123", "pinfl_format"),
        ("3170590A123151", "pinfl_format"),
        ("7170590224015" + "0", "pinfl_century"),
        ("3310290224015" + "0", "pinfl_date"),  # 31 February
    ],
)
def test_malformed_pinfls_are_refused_with_a_reason(value, code):
    with pytest.raises(ValidationError) as caught:
        validate_pinfl(value)
    assert caught.value.code == code


def test_a_single_mistyped_digit_is_caught_by_the_check_digit():
    pinfl = make_pinfl(birth_date=date(1975, 12, 1), sex="male", serial=3)
    wrong = pinfl[:-1] + str((int(pinfl[-1]) + 1) % 10)
    with pytest.raises(ValidationError) as caught:
        validate_pinfl(wrong)
    assert caught.value.code == "pinfl_checksum"


def test_tins():
    validate_tin("305123456")
    validate_legal_entity_tin("205123456")
    for bad in ("12345678", "0123456789", "012345678", "30512345x"):
        with pytest.raises(ValidationError):
            validate_tin(bad)
    with pytest.raises(ValidationError):
        validate_legal_entity_tin("405123456")  # an individual entrepreneur's range
