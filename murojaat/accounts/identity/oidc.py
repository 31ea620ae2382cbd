"""Any standard OpenID Connect provider (another country's national IdP), by
configuration: the authorisation-code flow with the client secret posted to
the token endpoint, then the userinfo endpoint with the access token. The
claim named by OIDC_NATIONAL_ID_CLAIM is the account key. A generic provider
says nothing we can trust about how the person was proofed, so its sign-ins
count as unverified unless the userinfo claims `identity_verified: true`.
"""

import re
from urllib.parse import urlencode

from murojaat.accounts.identity.base import EXPIRED, MALFORMED, REFUSED, IdentityClaim, IdentityError, call


class OidcProvider:
    name = "oidc"

    def __init__(self, *, authorize_url, token_url, userinfo_url, client_id, client_secret, scope,
                 national_id_claim, timeout):
        self.authorize_url = authorize_url
        self.token_url = token_url
        self.userinfo_url = userinfo_url
        self.client_id = client_id
        self.client_secret = client_secret
        self.scope = scope
        self.national_id_claim = national_id_claim
        self.timeout = timeout

    def authorization_url(self, *, state: str, redirect_uri: str) -> str:
        query = urlencode({
            "response_type": "code",
            "client_id": self.client_id,
            "redirect_uri": redirect_uri,
            "scope": self.scope,
            "state": state,
        })
        return f"{self.authorize_url}?{query}"

    def complete(self, *, code: str, redirect_uri: str) -> IdentityClaim:
        answer = call("token", self.token_url, timeout=self.timeout, form={
            "grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri,
            "client_id": self.client_id, "client_secret": self.client_secret,
        })
        if answer.data is None:
            raise IdentityError(MALFORMED, "token")
        if answer.status != 200:
            raise IdentityError(EXPIRED if answer.data.get("error") == "invalid_grant" else REFUSED, "token")
        token = answer.data.get("access_token")
        if not isinstance(token, str) or not token:
            raise IdentityError(MALFORMED, "token")
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
