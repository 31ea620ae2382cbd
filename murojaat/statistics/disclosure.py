"""What the public may see: small cells withheld so nobody can be re-identified.

Primary rule: a figure resting on 1 to 9 appeals is withheld (shown as null,
or an empty cell with a note). A count is its own base; a share, mean or
median rests on its denominator (see `Indicator.base`). Zero is published: it
points at nobody.

Secondary rule, for breakdowns: when exactly one value of a column is
withheld, the total minus the others would give it back, so the next smallest
non-zero figure of that column is withheld too.

Officials' dashboards read `selectors` directly and see exact figures; every
public page, API answer and download passes through here.
"""

from django.utils.translation import gettext as _

from murojaat.statistics.indicators import INDICATORS, SUPPRESSION_THRESHOLD, base_size


def suppression_note() -> str:
    """In the active language (a function: formatting a lazy string would fix the language at import)."""
    return _(
        "Figures resting on fewer than %(n)s appeals are withheld (empty) so that nobody can be identified."
    ) % {"n": SUPPRESSION_THRESHOLD}


def is_small(size: int) -> bool:
    return 0 < size < SUPPRESSION_THRESHOLD


def public_values(counts: dict, values: dict) -> tuple[dict, list[str]]:
    """Indicator values with the small ones replaced by None, and the keys withheld."""
    shown, withheld = {}, []
    for indicator in INDICATORS:
        if is_small(base_size(counts, indicator.base)):
            shown[indicator.key] = None
            withheld.append(indicator.key)
        else:
            shown[indicator.key] = values[indicator.key]
    return shown, withheld


def public_breakdown(rows: list[dict]) -> list[dict]:
    """Breakdown rows (from `selectors.breakdown_for`) as the public may see them:
    each row gets "public" (values or None) and "withheld" (keys)."""
    out = []
    for row in rows:
        shown, withheld = public_values(row["counts"], row["values"])
        out.append({**row, "public": shown, "withheld": withheld})
    for indicator in INDICATORS:
        withheld_rows = [r for r in out if indicator.key in r["withheld"]]
        if len(withheld_rows) != 1:
            continue
        others = [
            r for r in out
            if indicator.key not in r["withheld"] and base_size(r["counts"], indicator.base) > 0
        ]
        if others:
            smallest = min(others, key=lambda r: (base_size(r["counts"], indicator.base), r["value"]))
            smallest["public"][indicator.key] = None
            smallest["withheld"].append(indicator.key)
    return out
