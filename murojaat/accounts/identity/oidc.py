"""Any standard OpenID Connect provider (another country's national IdP), by
configuration: the authorisation-code flow with the client secret posted to
the token endpoint, then the userinfo endpoint with the access token. The
claim named by OIDC_NATIONAL_ID_CLAIM is the account key. A generic provider
says nothing we can trust about how the person was proofed, so its sign-ins
count as unverified unless the userinfo claims `identity_verified: true`.
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
)


@dataclass(frozen=True)
class OidcProvider:
    authorize_url: str
    token_url: str
    userinfo_url: str
    client_id: str
    client_secret: str
    scope: str
    national_id_claim: str
    timeout: int
    name: str = "oidc"

    def authorization_url(self, *, state: str, redirect_uri: str) -> str:
        return authorization_url(self.authorize_url, response_type="code", client_id=self.client_id,
                                 redirect_uri=redirect_uri, scope=self.scope, state=state)

    def complete(self, *, code: str, redirect_uri: str) -> IdentityClaim:
        answer = call("token", self.token_url, timeout=self.timeout, form={
            "grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri,
            "client_id": self.client_id, "client_secret": self.client_secret,
        })
        token = access_token(answer, code_rejected=(answer.data or {}).get("error") == "invalid_grant")
        info = call("userinfo", self.userinfo_url, headers={"Authorization": f"Bearer {token}"},
                    timeout=self.timeout)
        if info.data is None:
            raise IdentityError(MALFORMED, "userinfo")
        if info.status != 200:
            raise IdentityError(REFUSED, "userinfo")
        national_id = str(info.data.get(self.national_id_claim) or "").strip()
        if not re.match(r"^\d{14}$", national_id):
            raise IdentityError(MALFORMED, "userinfo: no national id")

        def text(key):
            value = info.data.get(key)
            return value.strip()[:150] if isinstance(value, str) else ""

        return IdentityClaim(
            provider=self.name,
            national_id=national_id,
            full_name=text("name"),
            first_name=text("given_name"),
            last_name=text("family_name"),
            valid=info.data.get("identity_verified") is True,
            auth_method=text("acr")[:32],
            email=text("email"),
        )
