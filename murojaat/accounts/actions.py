"""Writes on a person's own account: notification settings and sessions."""

from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils.translation import gettext as _

from murojaat.accounts.models import User, UserSession
from murojaat.audit.chain import audit_record
from murojaat.core.errors import InvalidInput


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
