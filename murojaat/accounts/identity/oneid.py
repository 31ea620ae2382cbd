"""OneID (id.egov.uz) as relying parties speak it; see
research/integrations.md §1. One URL, `Authorization.do`, for every step; the
steps differ by parameters: the browser's `response_type=one_code`, then
server POSTs with `grant_type=one_authorization_code`,
`one_access_token_identify` and `one_log_out`. The answer's `ret_cd` is
checked even on HTTP 200, the PINFL (`pin`) is the only stable key, and the
access token is logged out and forgotten as soon as the person is known.
"""

import re
from dataclasses import dataclass

from murojaat.accounts.identity.base import (
    MALFORMED,
    REFUSED,
    IdentityClaim,
    IdentityError,
    access_token,
    authorization_url,
    call,
    logger,
)

PINFL = re.compile(r"^\d{14}$")
TIN = re.compile(r"^\d{9}$")


@dataclass(frozen=True)
class OneIdProvider:
    name: str  # "oneid", or "demo" against the emulator
    url: str
    client_id: str
    client_secret: str
    scope: str
    timeout: int

    def authorization_url(self, *, state: str, redirect_uri: str) -> str:
        return authorization_url(self.url, response_type="one_code", client_id=self.client_id,
                                 redirect_uri=redirect_uri, scope=self.scope, state=state)

    def _post(self, operation: str, **form):
        form = {"client_id": self.client_id, "client_secret": self.client_secret, **form}
        return call(operation, self.url, form=form, timeout=self.timeout)

    def complete(self, *, code: str, redirect_uri: str) -> IdentityClaim:
        token = self._exchange(code, redirect_uri)
        try:
            return self._identify(token)
        finally:
            self._log_out(token)

    def _exchange(self, code: str, redirect_uri: str) -> str:
        answer = self._post("token", grant_type="one_authorization_code", redirect_uri=redirect_uri, code=code)
        # A code that is unknown, used or too old; a bad client is a refusal.
        error = str((answer.data or {}).get("error", "")).upper()
        return access_token(answer, code_rejected="CODE" in error or "GRANT" in error)

    def _identify(self, token: str) -> IdentityClaim:
        answer = self._post("identify", grant_type="one_access_token_identify", access_token=token, scope=self.scope)
        data = answer.data
        if data is None:
            raise IdentityError(MALFORMED, "identify")
        if answer.status != 200 or str(data.get("ret_cd", "")) != "0":
            raise IdentityError(REFUSED, "identify")
        return claim_from_identify(self.name, data)

    def _log_out(self, token: str) -> None:
        try:
            self._post("logout", grant_type="one_log_out", access_token=token, scope=self.scope)
        except IdentityError:
            # The person is known already; an unreachable logout only leaves
            # the provider's token to expire there. It is not kept here.
            logger.info("identity logout: not confirmed")


def _truthy(value) -> bool:
    """`valid` comes as a bool or as the string "true"/"false"."""
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() == "true"


def legal_entities(items) -> list[dict]:
    """`legal_info` in either spelling ({le_tin, le_name} or {tin, acron_UZ})."""
    entities = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        tin = str(item.get("le_tin") or item.get("tin") or "").strip()
        if not TIN.match(tin) or any(e["tin"] == tin for e in entities):
            continue
        name = str(item.get("le_name") or item.get("acron_UZ") or "").strip()[:255]
        entities.append({"tin": tin, "name": name, "is_basic": _truthy(item.get("is_basic", False))})
    return entities


def claim_from_identify(provider: str, data: dict) -> IdentityClaim:
    pin = str(data.get("pin") or "").strip()
    if not PINFL.match(pin):
        # A non-resident without a PINFL, or a broken answer: no account key.
        raise IdentityError(MALFORMED, "identify: no PINFL")
    auth_method = str(data.get("auth_method") or "")[:32]
    asserted = str(data.get("pkcs_legal_tin") or "").strip()
    if auth_method != "LEPKCSMETHOD" or not TIN.match(asserted):
        asserted = ""

    def text(key: str) -> str:
        value = data.get(key)
        return value.strip()[:150] if isinstance(value, str) else ""

    return IdentityClaim(
        provider=provider,
        national_id=pin,
        full_name=text("full_name"),
        first_name=text("first_name"),
        # Sources disagree on sur_name/mid_name; full_name is
        # "Surname Given Patronymic", so the surname is taken from it.
        last_name=(text("full_name").split() or [""])[0],
        valid=_truthy(data.get("valid", False)),
        auth_method=auth_method,
        phone=text("mob_phone_no")[:32],
        email=text("email"),
        legal_entities=legal_entities(data.get("legal_info")),
        asserted_legal_tin=asserted,
    )
