"""Writes to accounts: each checks, changes, and records itself in the audit trail (signing in
through an identity provider, a person's notification settings and sessions)."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from murojaat.accounts.identity.base import REFUSED, IdentityClaim, IdentityError
from murojaat.accounts.models import User, UserSession
from murojaat.accounts.selectors import ACTING_AS_KEY, acting_choices
from murojaat.audit.chain import audit_record
from murojaat.core.errors import InvalidInput


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


def notification_settings_change(user: User, *, sms: bool, email: bool, language: str) -> User:
    """Which channels may reach this person, and in which language."""
    if language and language not in dict(settings.LANGUAGES):
        message = _("Choose a language from the list.")
        raise InvalidInput(message, fields={"language": message})
    with transaction.atomic():
        User.objects.filter(pk=user.pk).update(notify_sms=sms, notify_email=email, notify_language=language)
        user.notify_sms, user.notify_email, user.notify_language = sms, email, language
        audit_record(
            action="account.notifications_changed", actor=user, object_type="user", object_id=str(user.pk),
            payload={"sms": sms, "email": email, "language": language},
        )
    return user


def session_record(user: User, *, session_key: str, user_agent: str = "") -> None:
    """Remember a new browser session of this person (called at every sign-in)."""
    if not session_key or not user.pk:
        return
    UserSession.objects.update_or_create(
        session_key=session_key, defaults={"user": user, "user_agent": user_agent[:200]}
    )


def sessions_end_all(user: User) -> int:
    """Sign this person out in every browser: delete each session they opened."""
    with transaction.atomic():
        keys = list(UserSession.objects.filter(user=user).values_list("session_key", flat=True))
        Session.objects.filter(session_key__in=keys).delete()
        UserSession.objects.filter(user=user).delete()
        audit_record(
            action="account.signed_out_everywhere", actor=user, object_type="user", object_id=str(user.pk),
            payload={"sessions": len(keys)},
        )
    return len(keys)


def acting_as_choose(user: User, session, *, tin: str) -> dict | None:
    """Act for one of the legal entities this person represents (`tin`), or as
    themselves (empty `tin`), in this browser session. Only a TIN among their
    own legal entities is accepted; anything else changes nothing."""
    tin = (tin or "").strip()
    entity = next((e for e in acting_choices(user) if e["tin"] == tin), None)
    if tin and entity is None:
        message = _("Choose yourself or one of the organisations you represent.")
        raise InvalidInput(message, fields={"tin": message})
    previous = session.get(ACTING_AS_KEY, "")
    with transaction.atomic():
        audit_record(
            action="account.acting_as_chosen", actor=user, object_type="user", object_id=str(user.pk),
            payload={"tin": tin, "previous": previous, "asserted": bool(entity and entity["asserted"])},
        )
    if tin:
        session[ACTING_AS_KEY] = tin
    else:
        session.pop(ACTING_AS_KEY, None)
    return entity
