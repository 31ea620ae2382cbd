"""What this browser has proved: the access key of each appeal it followed.

The key is kept in the server-side session (never in a URL, never in a
cookie of its own), so every later page fetches the appeal the same way the
API does, through `selectors.appeal_for_applicant` with the code and key. A
handful of the most recent appeals are remembered; the session ends them.
"""

from murojaat.appeals import codes

SESSION_KEY = "tracking_proved"
RECEIPT_KEY = "tracking_receipt"
MAX_REMEMBERED = 10


def remember(request, code: str, key: str) -> None:
    code = codes.normalise(code)
    proved = {c: k for c, k in request.session.get(SESSION_KEY, {}).items() if c != code}
    proved[code] = codes.normalise(key)
    # Dicts keep insertion order: the oldest proofs go first.
    while len(proved) > MAX_REMEMBERED:
        proved.pop(next(iter(proved)))
    request.session[SESSION_KEY] = proved


def key_for(request, code: str) -> str:
    return request.session.get(SESSION_KEY, {}).get(codes.normalise(code), "")


def forget(request, code: str) -> None:
    proved = dict(request.session.get(SESSION_KEY, {}))
    if proved.pop(codes.normalise(code), None) is not None:
        request.session[SESSION_KEY] = proved


def keep_receipt(request, code: str, key: str) -> None:
    """A new appeal's key, to be shown once on the next page."""
    request.session[RECEIPT_KEY] = {"code": codes.normalise(code), "key": codes.normalise(key)}


def take_receipt(request, code: str) -> str:
    """The key kept for `code`, removed as it is read ("" when there is none)."""
    receipt = request.session.get(RECEIPT_KEY)
    if not receipt or receipt.get("code") != codes.normalise(code):
        return ""
    del request.session[RECEIPT_KEY]
    return receipt.get("key", "")
