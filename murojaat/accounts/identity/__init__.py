"""Signing in through a national identity provider, chosen by settings.

`IDENTITY_PROVIDER`: "oneid" (OneID's own protocol, `oneid.py`), "oidc" (any
standard OpenID Connect provider, `oidc.py`), "demo" (OneID's protocol against
the local emulator, `emulator.py`, which `make demo` and the tests start) or
"none". The views (accounts/views.py) bind `state` to the session and hand the
claim to `accounts.actions.user_sign_in_with_identity`.

Why not django-allauth: its OAuth2 client can be bent to OneID's
`one_code`/`one_authorization_code` (a custom client class), but its social
login completes with its own `login()` and stores tokens and "social
accounts" in its own tables; here a OneID sign-in must go through the same
pending second-factor step as a password (accounts/second_factor.py), the
token must be logged out and never stored, and the account key is the PINFL
on our User. Fighting allauth's pipeline for that is more code than the two
small adapters here, and it would add three apps and their migrations.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied

from murojaat.accounts.identity.base import REASONS, IdentityClaim, IdentityError, IdentityProvider

__all__ = ["REASONS", "IdentityClaim", "IdentityError", "IdentityProvider", "provider", "require_verified_person"]


def provider() -> IdentityProvider | None:
    """The configured provider, or None when signing in with one is off."""
    chosen = settings.IDENTITY_PROVIDER
    if chosen in ("oneid", "demo"):
        from murojaat.accounts.identity.oneid import OneIdProvider

        return OneIdProvider(
            name=chosen,
            url=settings.ONEID_URL,
            client_id=settings.ONEID_CLIENT_ID,
            client_secret=settings.ONEID_CLIENT_SECRET,
            scope=settings.ONEID_SCOPE,
            timeout=settings.IDENTITY_TIMEOUT_SECONDS,
        )
    if chosen == "oidc":
        from murojaat.accounts.identity.oidc import OidcProvider

        return OidcProvider(
            authorize_url=settings.OIDC_AUTHORIZE_URL,
            token_url=settings.OIDC_TOKEN_URL,
            userinfo_url=settings.OIDC_USERINFO_URL,
            client_id=settings.OIDC_CLIENT_ID,
            client_secret=settings.OIDC_CLIENT_SECRET,
            scope=settings.OIDC_SCOPE,
            national_id_claim=settings.OIDC_NATIONAL_ID_CLAIM,
            timeout=settings.IDENTITY_TIMEOUT_SECONDS,
        )
    return None


def require_verified_person(user) -> None:
    """For actions that need a proofed person (a petition's signature, a vote,
    a paid service): refuse anyone whose identity a provider did not verify."""
    if not getattr(user, "is_authenticated", False) or not user.is_verified_person:
        raise PermissionDenied("a verified identity is required")
