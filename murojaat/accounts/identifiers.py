"""Personal (PINFL) and taxpayer (TIN) identification numbers of Uzbekistan.

PINFL (JShShIR) has 14 digits: a digit for sex and century (1-6), the birth
date as DDMMYY, a 3-digit district code, a 3-digit serial and a check digit:
the sum of the first 13 digits weighted 7, 3, 1, 7, 3, 1, ... modulo 10.
The TIN (STIR/INN) has 9 digits; legal entities' TINs begin with 2 or 3.
"""

import re
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_PINFL_WEIGHTS = (7, 3, 1) * 5
# sex/century digit -> (century base, sex)
_PINFL_CENTURY = {"1": (1800, "male"), "2": (1800, "female"), "3": (1900, "male"),
                  "4": (1900, "female"), "5": (2000, "male"), "6": (2000, "female")}


@dataclass(frozen=True)
class PinflFacts:
    birth_date: date
    sex: str  # "male" or "female"


def pinfl_check_digit(first13: str) -> int:
    return sum(int(d) * w for d, w in zip(first13, _PINFL_WEIGHTS, strict=False)) % 10


def parse_pinfl(value: str) -> PinflFacts:
    """Validate a PINFL and return what it encodes; ValidationError if invalid."""
    value = (value or "").strip()
    if not re.fullmatch(r"\d{14}", value):
        raise ValidationError(_("A PINFL has exactly 14 digits."), code="pinfl_format")
    if value[0] not in _PINFL_CENTURY:
        raise ValidationError(_("This PINFL does not exist: its first digit must be 1 to 6."), code="pinfl_century")
    century, sex = _PINFL_CENTURY[value[0]]
    try:
        born = date(century + int(value[5:7]), int(value[3:5]), int(value[1:3]))
    except ValueError:
        raise ValidationError(_("This PINFL does not exist: it holds no valid birth date."), code="pinfl_date") from None
    if pinfl_check_digit(value[:13]) != int(value[13]):
        raise ValidationError(_("This PINFL is mistyped: its check digit does not match."), code="pinfl_checksum")
    return PinflFacts(birth_date=born, sex=sex)


def validate_pinfl(value: str) -> None:
    parse_pinfl(value)


def make_pinfl(*, birth_date: date, sex: str, district: int = 123, serial: int = 1) -> str:
    """Build a valid PINFL (for demo data and tests; never for real people)."""
    century_digit = {(1800, "male"): "1", (1800, "female"): "2", (1900, "male"): "3",
                     (1900, "female"): "4", (2000, "male"): "5", (2000, "female"): "6"}
    first = century_digit[(birth_date.year // 100 * 100, sex)]
    body = f"{first}{birth_date:%d%m}{birth_date.year % 100:02d}{district % 1000:03d}{serial % 1000:03d}"
    return body + str(pinfl_check_digit(body))


def validate_tin(value: str) -> None:
    value = (value or "").strip()
    if not re.fullmatch(r"\d{9}", value):
        raise ValidationError(_("A TIN has exactly 9 digits."), code="tin_format")
    if value[0] == "0":
        raise ValidationError(_("A TIN cannot begin with 0."), code="tin_format")


def validate_legal_entity_tin(value: str) -> None:
    validate_tin(value)
    if value.strip()[0] not in "23":
        raise ValidationError(_("The TIN of a legal entity begins with 2 or 3."), code="tin_legal_entity")
