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
    return "".join(secrets.choice(ALPHABET) for _ in range(n))


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
