"""What this browser has proved: that it knew the access key of each appeal it followed.

The server-side session keeps, per tracking code, a token: an HMAC (keyed
by the site's SECRET_KEY) of the code and of the key's stored hash. Never the
key itself, so a leaked session table or backup gives nobody a citizen's key,
and a token is useless without the SECRET_KEY. Every later page fetches the
appeal through `selectors.appeal_for_applicant`, which checks the token
against the appeal's current key hash (`proves`). A handful of the most
recent appeals are remembered; the session ends them.
"""

import hmac

from django.utils.crypto import salted_hmac

from murojaat.appeals import codes
from murojaat.appeals.models import Appeal

SESSION_KEY = "tracking_proved"
RECEIPT_KEY = "tracking_receipt"
MAX_REMEMBERED = 10


def _token(code: str, access_key_hash: str) -> str:
    return salted_hmac("murojaat.tracking.proof", f"{code}:{access_key_hash}").hexdigest()


def remember(request, code: str, key: str) -> None:
    """Call only after the key was checked against the appeal."""
    code = codes.normalise(code)
    proved = {c: k for c, k in request.session.get(SESSION_KEY, {}).items() if c != code}
    proved[code] = _token(code, Appeal.hash_access_key(codes.normalise(key)))
    # Dicts keep insertion order: the oldest proofs go first.
    while len(proved) > MAX_REMEMBERED:
        proved.pop(next(iter(proved)))
    request.session[SESSION_KEY] = proved


def token_for(request, code: str) -> str:
    return request.session.get(SESSION_KEY, {}).get(codes.normalise(code), "")


def proves(appeal: Appeal, token: str) -> bool:
    """Whether `token` was made from this appeal's current key (a new key voids it)."""
    return bool(token) and hmac.compare_digest(token, _token(appeal.tracking_code, appeal.access_key_hash))


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
