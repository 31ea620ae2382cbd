"""The rate limits and how they are written: "30/1h" is 30 hits an hour.

Pure Python, read by settings (no Django needed). A limit is named
"<scope>.<per>": the scope is what is being done (`submit` an appeal, `login`
with a password, `code` for the second factor, `lookup` of an appeal by
tracking code and access key); `per` is who is counted: the client's
`address` or the `account` (the signed-in citizen for `submit`, the user name
typed for `login`, the pending user for `code`, the tracking code for
`lookup`, where only failed lookups count).

Why these numbers. An address may be a whole office or a mobile operator's
shared address (carrier-grade NAT is common in Uzbekistan), so per-address
limits are loose and per-account limits tight. A citizen files a few appeals
a week at most; an official types a password a few times a day; the second
factor allows ten tries in ten minutes (django-otp also slows each device
down after a wrong code); a wrong access key ten times in an hour on one
tracking code ends guessing of that code's 40-bit key (see appeals/codes.py).
"""

import re
from dataclasses import dataclass

DEFAULTS = {
    "submit.address": "30/1h",
    "submit.account": "10/1h",
    "login.address": "30/10m",
    "login.account": "10/10m",
    "code.address": "30/10m",
    "code.account": "10/10m",
    "lookup.address": "60/10m",
    "lookup.account": "10/1h",
}

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*([smhd])\s*$")


@dataclass(frozen=True)
class Rate:
    hits: int
    seconds: int

    def __str__(self) -> str:
        return f"{self.hits}/{self.seconds}s"


def parse_rate(text: str) -> Rate:
    match = _RATE.match(text or "")
    if not match:
        raise ValueError(f"expected hits/period such as 30/1h or 10/15m, got {text!r}")
    hits, number, unit = int(match[1]), int(match[2] or 1), match[3]
    seconds = number * _UNITS[unit]
    if hits < 1 or seconds < 1:
        raise ValueError(f"a rate needs at least one hit in at least one second, got {text!r}")
    return Rate(hits, seconds)


def rates_from(overrides: str) -> dict[str, Rate]:
    """The defaults with "name=rate" overrides separated by commas, e.g.
    "submit.address=100/1h,lookup.account=5/1h"."""
    chosen = dict(DEFAULTS)
    for item in (overrides or "").split(","):
        if not item.strip():
            continue
        name, _, rate = item.partition("=")
        name = name.strip()
        if name not in DEFAULTS:
            raise ValueError(f"unknown limit {name!r}; known: {', '.join(DEFAULTS)}")
        chosen[name] = rate
    return {name: parse_rate(rate) for name, rate in chosen.items()}
