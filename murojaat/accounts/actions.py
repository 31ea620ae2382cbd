"""Writes to accounts: each checks, changes, and records itself in the audit trail."""

import secrets

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from murojaat.accounts.identity.base import REFUSED, IdentityClaim, IdentityError
from murojaat.audit.chain import audit_record


def user_sign_in_with_identity(claim: IdentityClaim):
    """The account of the person a provider vouched for, keyed on the PINFL:
    created at the first sign-in, found at every later one. An account that
    already holds this PINFL (a password account, an official's) is the same
    person: it is linked, never duplicated. The level of assurance and the
    legal entities are refreshed from the claim each time; no token is kept."""
    User = get_user_model()
    with transaction.atomic():
        user = User.objects.select_for_update().filter(pinfl=claim.national_id).first()
        created = user is None
        if created:
            user = User(
                username=f"id-{secrets.token_hex(6)}",
                kind=User.Kind.CITIZEN,
                pinfl=claim.national_id,
                first_name=claim.first_name.title(),
                last_name=claim.last_name.title(),
                email=claim.email,
                phone=claim.phone,
            )
            user.set_unusable_password()
        elif not user.is_active:
            raise IdentityError(REFUSED, "account inactive")
        user.identity_provider = claim.provider
        user.identity_valid = claim.valid
        user.identity_auth_method = claim.auth_method
        user.identity_checked_at = timezone.now()
        user.legal_entities = list(claim.legal_entities)
        user.asserted_legal_tin = claim.asserted_legal_tin
        user.save()
        audit_record(
            action="account.created_by_identity" if created else "account.signed_in_by_identity",
            actor=user,
            object_type="user",
            object_id=str(user.pk),
            payload={"provider": claim.provider, "valid": claim.valid, "auth_method": claim.auth_method},
        )
    return user
