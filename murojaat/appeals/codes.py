"""Tracking codes and access keys that people read out over the phone.

Crockford's base32 alphabet has no I, L, O or U, so nothing is mistaken for
1, 0 or V, and a code read as "o" or "l" still resolves. A tracking code is 12
symbols (60 bits, "K7MX-4QTP-9WR2"): it cannot be enumerated, and on its own
it shows nothing without the 8-symbol access key.
"""

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def _random(n: int) -> str:
    # One draw of 5n random bits, cut into n symbols of the 32-letter alphabet:
    # the same uniform symbols as n calls of secrets.choice, at a tenth of the cost.
    bits = secrets.randbits(5 * n)
    return "".join(ALPHABET[(bits >> (5 * i)) & 31] for i in range(n))


def new_tracking_code() -> str:
    return _random(12)


def new_access_key() -> str:
    return _random(8)


def normalise(code: str) -> str:
    """What a person typed or said -> the stored form (no dashes, upper case)."""
    cleaned = "".join(ch for ch in (code or "").upper() if ch.isalnum())
    return cleaned.translate(_READ_AS)


def display(code: str, group: int = 4) -> str:
    return "-".join(code[i : i + group] for i in range(0, len(code), group))
