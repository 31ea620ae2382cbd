"""The identity-provider boundary: what every provider gives back, and how it fails.

A provider sends the browser to its sign-in page (`authorization_url`) and,
when the browser comes back with a code, turns that code into an
`IdentityClaim` (`complete`), dropping whatever token it needed on the way.
Round trips are logged with the operation, HTTP status, duration and the
provider's own error code: never a token, a code, a PINFL or a secret.
"""

import json
import logging
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _

logger = logging.getLogger("murojaat.identity")


@dataclass(frozen=True)
class IdentityClaim:
    """One person as a provider asserts them. `national_id` is the PINFL."""

    provider: str
    national_id: str
    full_name: str = ""
    first_name: str = ""
    last_name: str = ""
    middle_name: str = ""
    valid: bool = False
    auth_method: str = ""
    phone: str = ""
    email: str = ""
    legal_entities: list = field(default_factory=list)
    asserted_legal_tin: str = ""


class IdentityError(Exception):
    """A sign-in that did not happen. `reason` is one of `REASONS`."""

    def __init__(self, reason: str, detail: str = ""):
        assert reason in REASONS, reason
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


REFUSED, EXPIRED, STATE, UNAVAILABLE, MALFORMED = "refused", "expired", "state", "unavailable", "malformed"
# What the reader is told, in their language; none of these signs anyone in.
REASONS = {
    REFUSED: _("The identity provider did not confirm who you are, so you are not signed in."),
    EXPIRED: _("The sign-in took too long or was already used. Start again."),
    STATE: _(
        "This answer from the identity provider does not belong to the sign-in started in this browser, "
        "so it was ignored. Start again."
    ),
    UNAVAILABLE: _("The identity provider is not answering just now. Try again in a few minutes."),
    MALFORMED: _("The identity provider sent an answer we could not read, so you are not signed in."),
}


class IdentityProvider(Protocol):
    name: str

    def authorization_url(self, *, state: str, redirect_uri: str) -> str: ...

    def complete(self, *, code: str, redirect_uri: str) -> IdentityClaim: ...


@dataclass
class Answer:
    status: int
    data: dict | None  # None when the body is not a JSON object


def call(operation: str, url: str, *, form: dict | None = None, headers: dict | None = None,
         timeout: float = 10) -> Answer:
    """One round trip: POST `form` (or GET), the answer's JSON object if any.
    Unreachable or a 5xx raises UNAVAILABLE; the log line has no payload."""
    body = urllib.parse.urlencode(form).encode() if form is not None else None
    request = urllib.request.Request(url, data=body, headers=headers or {}, method="POST" if form else "GET")
    started = time.monotonic()
    status = 0
    try:
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (configured URL)
                status, raw = response.status, response.read(1_000_000)
        except urllib.error.HTTPError as exc:
            status, raw = exc.code, exc.read(1_000_000)
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        logger.warning("identity %s: unreachable (%s) in %.0f ms", operation, type(exc).__name__,
                       (time.monotonic() - started) * 1000)
        raise IdentityError(UNAVAILABLE, operation) from None
    try:
        data = json.loads(raw)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        data = None
    provider_code = ""
    if data and data.get("error"):
        provider_code = f" (error {str(data['error'])[:40]})"
    elif data and "ret_cd" in data:
        provider_code = f" (ret_cd {str(data['ret_cd'])[:8]})"
    elif data is None:
        provider_code = " (not a JSON object)"
    logger.info("identity %s: HTTP %s%s in %.0f ms", operation, status, provider_code,
                (time.monotonic() - started) * 1000)
    if status >= 500:
        raise IdentityError(UNAVAILABLE, operation)
    return Answer(status, data)


def authorization_url(url: str, *, response_type: str, client_id: str, redirect_uri: str, scope: str,
                      state: str) -> str:
    """Where the browser is sent to sign in (the provider's own parameter names)."""
    query = urlencode({"response_type": response_type, "client_id": client_id, "redirect_uri": redirect_uri,
                       "scope": scope, "state": state})
    return f"{url}?{query}"


def access_token(answer: Answer, *, code_rejected: bool) -> str:
    """The token of a code exchange's answer. A rejected code (unknown, used,
    too old) is EXPIRED, any other refusal REFUSED, an unreadable answer MALFORMED."""
    if answer.data is None:
        raise IdentityError(MALFORMED, "token")
    if answer.status != 200:
        raise IdentityError(EXPIRED if code_rejected else REFUSED, "token")
    token = answer.data.get("access_token")
    if not isinstance(token, str) or not token:
        raise IdentityError(MALFORMED, "token")
    return token
